"""Commands that write names: romanize, add, edit, remove, validate."""

from __future__ import annotations

import dataclasses
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal, NoReturn, cast

import typer

from zhgloss.cli.common import (
    EXIT_NOT_FOUND,
    EXIT_USAGE,
    ChoiceType,
    DbOpt,
    JsonOpt,
    app,
    batch_queries,
    choice_option,
    confirm_or_stop,
    count,
    echo_data,
    fail,
    is_terminal,
    reported_errors,
    to_json,
    type_option,
)
from zhgloss.errors import RomanizationError, UsageError
from zhgloss.model import KNOWN_TYPES, normalize_type
from zhgloss.script import names_nothing

if TYPE_CHECKING:
    from zhgloss.model import Entry, Role
    from zhgloss.store import Glossary
    from zhgloss.validate import Problem


YesOpt = Annotated[bool, typer.Option("--yes", "-y", help="Do not ask; go ahead.")]
ForceOpt = Annotated[bool, typer.Option("--force", help="Save even if 'zhgloss validate' finds errors in the entry.")]
TypeOpt = Annotated[
    str | None,
    type_option("--type", "-t", help="Entry type"),
]
EnOpt = Annotated[str | None, typer.Option("--en", help="Preferred English form [people and places: from the pinyin].")]
PinyinOpt = Annotated[str | None, typer.Option("--pinyin", help="Tone-marked pinyin [from the characters].")]
ZhHantOpt = Annotated[str | None, typer.Option("--zh-hant", help="Traditional characters [OpenCC s2tw].")]
AliasOpt = Annotated[list[str] | None, typer.Option("--alias", "-a", help="Another English form (repeatable).")]
ZhAliasOpt = Annotated[list[str] | None, typer.Option("--zh-alias", help="Another Chinese form (repeatable).")]
RoleOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--role",
        "-r",
        help="A role as TITLE[@ORG][:FROM..TO], e.g. 'CEO@kingsoft:1998..2007' (ORG: entry id or name; repeatable).",
    ),
]
NoteOpt = Annotated[str | None, typer.Option("--note", help="A note for translators.")]
RefersOpt = Annotated[
    str | None,
    typer.Option(
        "--refers-to",
        help="The entry this one is another name for (a nickname's person, a stock code's company): its id, or a "
        "form of it (Chinese or English) that names one entry.",
    ),
]
SourceOpt = Annotated[list[str] | None, typer.Option("--source", help="Where the name was found (repeatable).")]


def _refers_to(value: str, existing: list[Entry]) -> str:
    """The entry id --refers-to `value` names (`curate.resolve_refers_to`), said on stderr when `value` was a name."""
    from zhgloss.curate import resolve_refers_to

    found = resolve_refers_to(value, existing)
    if found != value:
        label = next(e.label for e in existing if e.id == found)
        typer.echo(f"note: --refers-to {value}: entry {found} ({label})", err=True)
    return found


def _roles(specs: list[str] | None) -> list[Role]:
    from zhgloss.curate import parse_role

    return [parse_role(spec) for spec in specs or []]


def _card(entry: Entry) -> str:
    from zhgloss.cli.glossary import render_entry

    return render_entry(entry)


def _report(
    problems: list[Problem],
    force: bool,
    entry_id: str | None = None,
    command: str = "edit",
    db: Path | None = None,
) -> None:
    """Show lint problems on stderr, naming entries other than `entry_id`; stop (exit 2) on errors unless `force`.

    `command` is the one being run (add, edit). A problem of the entry itself whose fix is a `zhgloss edit` of it
    says to run `command` again with those options instead: after a refused `add` the entry does not exist, and a
    refused edit's other changes were not saved either.
    """
    refused = any(p.severity == "error" for p in problems) and not force
    for problem in problems:
        message = problem.message
        if refused and problem.entry_id == entry_id:
            message = _again_with(message, problem.entry_id, command)
        message = on_db(message, db)
        line = f"{problem.severity}: {problem.field}: {message}"
        typer.echo(line if problem.entry_id == entry_id else f"{problem.entry_id}: {line}", err=True)
    if refused:
        fail("not saved: the entry has the errors above (fix them, or pass --force to save anyway)", EXIT_USAGE)


_COMMAND_RE = re.compile(r"\bzhgloss (?=(?:edit|add|remove|import|validate|lookup)\b)(?!\w+ again\b)(?!\w+ --help\b)")
"""A ready-made command in a message: "zhgloss " before a command that opens a glossary. Not "run zhgloss add again
with ...": that is the user's own command line, --db and all; nor "zhgloss edit --help", which opens none."""


def on_db(message: str, path: Path | None) -> str:
    """`message` with each ready-made command in it ("zhgloss edit ID ...", "zhgloss add ...") run on the glossary
    at `path`: "zhgloss --db PATH edit ID ...", PATH quoted once for a POSIX shell (`validate.shell_quote`).

    `path` is the run's --db as given (or $ZHGLOSS_DB's); None (neither given: the usual glossary, which a command
    without --db opens too) leaves `message` as it is. A fix printed without it went to another glossary (U38-26).
    A command the message sets in single quotes ("use 'zhgloss edit wang-yong' to change it") loses them where the
    path is quoted: quotes inside quotes are no longer one string to copy (the review's R39-22), and the command
    stands bare, as validate's fixes do.
    """
    from zhgloss.validate import shell_quote

    if path is None or "zhgloss " not in message:
        return message
    db = shell_quote(str(path))
    matches = list(_COMMAND_RE.finditer(message))
    strip: set[int] = set()  # the quotes around a command, where the path is quoted
    for match in matches if db != str(path) else []:
        close = message.find("'", match.end())
        if match.start() > 0 and message[match.start() - 1] == "'" and close != -1:
            strip |= {match.start() - 1, close}

    def piece(start: int, end: int) -> str:
        return "".join(message[i] for i in range(start, end) if i not in strip)

    out: list[str] = []
    at = 0
    for match in matches:
        out += [piece(at, match.start()), f"zhgloss --db {db} "]
        at = match.end()
    out.append(piece(at, len(message)))
    return "".join(out)


def _fail(message: str, db: Path | None, code: int = EXIT_USAGE) -> NoReturn:
    """`fail` of a command run on glossary `db`: the commands in `message` name it (`on_db`)."""
    fail(on_db(message, db), code)


@contextmanager
def _reported(db: Path | None) -> Iterator[None]:
    """`reported_errors` of a command run on glossary `db`: a library error's one line on stderr, with its exit
    code, and its ready-made commands (a --refers-to of no entry: "zhgloss add ...") naming `db` (`on_db`)."""
    from zhgloss.cli.common import exit_code_for, hint_for
    from zhgloss.errors import ZhglossError

    try:
        yield
    except ZhglossError as exc:
        hint = hint_for(exc)
        typer.echo(on_db(f"Error: {exc}" + (f"; {hint}" if hint else ""), db), err=True)
        raise typer.Exit(exit_code_for(exc)) from None


def _again_with(message: str, entry_id: str, command: str) -> str:
    """`message` with each fix "(zhgloss edit ID OPTIONS)" for entry `entry_id` told as "(run COMMAND again with
    OPTIONS)": the last one ending the message, and any before it (a message may offer two ways: --adopted, or a
    one-word --pinyin); a message with no such fix comes back as it is."""
    fix = f"(zhgloss edit {entry_id} "
    at = message.rfind(fix)
    if at == -1 or not message.endswith(")"):
        return message
    options = message[at + len(fix) : -1]
    earlier = re.sub(
        re.escape(fix) + r"([^()]*)\)", lambda m: f"(run zhgloss {command} again with {m[1]})", message[:at]
    )
    return f"{earlier}(run zhgloss {command} again with {options})"


# romanize -------------------------------------------------------------------


@app.command()
def romanize(
    names: Annotated[
        list[str],
        typer.Argument(
            metavar="NAME", help="Chinese personal names; '-' reads one per line from stdin.", show_default=False
        ),
    ],
    tones: Annotated[bool, typer.Option("--tones/--no-tones", help="Write tone marks.")] = True,
    order: Annotated[
        str,
        choice_option(
            "--order", choices=("chinese", "western"), help="chinese: surname first; western: given name first."
        ),
    ] = "chinese",
    numbers: Annotated[
        bool, typer.Option("--numbers", help="Write numbered syllables (zeng1 guo2 fan1) instead.")
    ] = False,
    surname: Annotated[
        str | None,
        typer.Option(
            "--surname",
            help="The surname's characters, where the split is not the usual one (东 in 东方明); "
            "two surnames make a double surname (刘杨: Liú-Yáng).",
        ),
    ] = None,
    db: DbOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Write Chinese personal names in pinyin (GB/T 28039).

    Names are written the way names are written.
    The surname is read as a surname (单 Shàn, 曾 Zēng, 解 Xiè) and kept apart; compound
    surnames stay whole (欧阳 Ōuyáng); the given name is joined, with an apostrophe where a
    syllable starts with a, o or e (Hǎi'ōu). Traditional characters are accepted; a space
    after the surname sets the split by hand, and --surname with two surnames writes the double
    surname with a hyphen (刘杨帆 --surname 刘杨: Liú-Yáng Fān). A name the glossary or CC-CEDICT
    knows is read as they write it; otherwise a character with another reading in names is noted
    (朝 Zhāo/Cháo; 'alternatives' in --json). Notes (ü spellings, readings) go to stderr.

    Example: zhgloss romanize 曾国藩 欧阳修 吕布 --order western
    """
    from zhgloss.pinyin import romanize as romanize_name
    from zhgloss.store import Glossary

    with reported_errors():
        queries = batch_queries(names)
    # One result per query, None for a blank line or a name that failed: a blank line out, so
    # output lines up with input; the failures are reported on stderr and make the exit code 2.
    results: list[Any] = []
    failed = False
    name_order = cast("Literal['chinese', 'western']", order)
    with reported_errors(), Glossary.open(db, read_only=True) as gloss:
        for name in queries:
            if not name:
                results.append(None)
                continue
            try:
                results.append(
                    romanize_name(name, tones=tones, order=name_order, surname=surname, known=gloss.person_reading)
                )
            except RomanizationError as exc:
                typer.echo(f"Error: {exc}", err=True)
                results.append(None)
                failed = True
            except UsageError as exc:
                fail(str(exc))
    if as_json:
        echo_data(to_json([r.to_dict() if r is not None else None for r in results]))
    else:
        for result in results:
            if result is None:
                echo_data("")
                continue
            echo_data(result.pinyin_numbered if numbers else result.pinyin)
            for note in result.notes:
                typer.echo(f"note: {result.zh}: {note}", err=True)
    if failed:
        raise typer.Exit(EXIT_USAGE)


# add ----------------------------------------------------------------------


def _ask(label: str, current: str | None, required: bool = False) -> str | None:
    """Prompt for one field, offering `current`; an empty answer keeps it, '-' clears an optional one.

    A required field answered with punctuation alone ('-', which clears only an optional field) is
    asked again at once, rather than refused after the other questions with all the answers lost.
    """
    while True:
        answer: str = typer.prompt(label, default=current or "", show_default=bool(current), err=True)
        answer = answer.strip()
        if answer == "-" and not required:
            return None
        value = answer or current
        if not required or (value is not None and not names_nothing(value)):
            return value
        typer.echo(f"the {label} is needed: type it ('-' clears only an optional field)", err=True)


def _interview(entry: Entry, fields: dict[str, Any], given: set[str]) -> dict[str, Any]:
    """Ask on the terminal for the fields not given as flags, offering what zhgloss filled in; return the new fields."""
    from zhgloss.curate import parse_role

    out = dict(fields)
    if "en" not in given:
        out["en"] = _ask("English", entry.en, required=True)
    if "pinyin" not in given:
        out["pinyin"] = _ask("pinyin", entry.pinyin)
    if "zh_hant" not in given:
        out["zh_hant"] = _ask("traditional", entry.zh_hant)
    if "aliases" not in given:
        more = _ask("other English forms (separated by ;)", "; ".join(entry.aliases))
        out["aliases"] = [a.strip() for a in (more or "").split(";") if a.strip()]
    if "roles" not in given:
        roles = list(fields["roles"])
        while spec := _ask("a role as TITLE[@ORG][:FROM..TO] (Enter when done)", None):
            roles.append(parse_role(spec))
        out["roles"] = roles
    if "note" not in given:
        out["note"] = _ask("note", entry.note)
    return out


@app.command()
def add(
    zh: Annotated[
        str,
        typer.Argument(metavar="CHINESE", help="The name in Chinese (simplified or traditional).", show_default=False),
    ],
    kind: TypeOpt = None,
    en: EnOpt = None,
    pinyin: PinyinOpt = None,
    zh_hant: ZhHantOpt = None,
    alias: AliasOpt = None,
    zh_alias: ZhAliasOpt = None,
    role: RoleOpt = None,
    note: NoteOpt = None,
    refers_to: RefersOpt = None,
    adopted: Annotated[
        bool,
        typer.Option(
            "--adopted",
            help="The English form is the person's own spelling, not one made from the pinyin: an adopted or "
            "Western name (Jack Ma), or a transliterated name's own English even where it spells the pinyin "
            "(布赫 Buhe).",
        ),
    ] = False,
    source: SourceOpt = None,
    entry_id: Annotated[str | None, typer.Option("--id", help="Entry id [from the English form, made unique].")] = None,
    namesake: Annotated[
        bool,
        typer.Option(
            "--namesake",
            help="Another person of a stored Chinese name: one form names one entry, so the stored entry's note "
            "names them (with the --en, --role and --note given).",
        ),
    ] = False,
    yes: YesOpt = False,
    force: ForceOpt = False,
    db: DbOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Add a name; its traditional form and pinyin are filled in.

    So is the English form of a person or place (from the pinyin).
    On a terminal, asks for the fields you did not give (Enter keeps what is offered);
    --yes, or input that is not a terminal, takes the defaults. The entry is linted first
    (see 'zhgloss validate'): errors stop the write unless --force.

    Example: zhgloss add 卢伟冰 --type person --en "Lu Weibing" --role "president@xiaomi:2023.."
    """
    from zhgloss.curate import (
        cedict_english,
        cedict_listing,
        chinese_forms,
        draft_entry,
        foreign_surname_guess,
        makes_en_from_pinyin,
        namesake_clash,
        person_guess,
        proposes_en,
        reading_questions,
        retype_command,
        roles_naming,
        same_zh_finder,
        spells_no_pinyin,
        untyped_english,
        untyped_word,
    )
    from zhgloss.errors import ReadOnlyGlossaryError
    from zhgloss.store import Glossary
    from zhgloss.validate import shell_quote, validate_entries

    given = {
        name
        for name, value in (
            ("type", kind),
            ("en", en),
            ("pinyin", pinyin),
            ("zh_hant", zh_hant),
            ("aliases", alias),
            ("roles", role),
            ("note", note),
        )
        if value
    }
    with _reported(db), Glossary.open(db) as gloss:
        if gloss.read_only:
            raise ReadOnlyGlossaryError(gloss.path or "<memory>")
        existing = list(gloss.iter_entries())
        find_same_zh = same_zh_finder(existing)  # one reading of ~10^5 entries for the forms asked below (R45-7)
        same = find_same_zh(zh)
        if same is None:
            from zhgloss.convert import name_to_simplified, to_simplified
            from zhgloss.script import has_cjk

            if has_cjk(zh) and normalize_type(kind or "") == "surname":
                # A surname is the one its characters write as a surname (乾 "Qian" is 乾 Qián, not the 干 Gān t2s
                # writes: the review's R43-4), not the same name typed in traditional characters.
                same = find_same_zh(chinese_forms(zh, None, "surname", [f for f in (en, pinyin) if f])[0])
            elif has_cjk(zh):
                same = find_same_zh(name_to_simplified(zh)) or find_same_zh(to_simplified(zh))
        if namesake:
            if same is None:
                _fail(f"--namesake: no entry has {zh!r} yet, so it has no namesake: add it without --namesake", db)
            _note_namesake(
                gloss, same, existing, en=en, pinyin=pinyin, roles=_roles(role), note=note, force=force, db=db
            )
            noted = gloss.get_by_id(same.id)
            echo_data(to_json(noted.to_dict()) if as_json else _card(noted))
            typer.echo(f"noted the namesake in the note of {same.id!r} in {gloss.path}", err=True)
            return
        if same is not None:
            _fail(_same_zh(zh, same, namesake_clash(same, en=en, roles=_roles(role), note=note)), db)
        if refers_to:
            refers_to = _refers_to(refers_to, existing)
        fields: dict[str, Any] = {
            "kind": kind or "person",
            "en": en,
            "pinyin": pinyin,
            "zh_hant": zh_hant,
            "aliases": alias or [],
            "zh_aliases": zh_alias or [],
            "roles": _roles(role),
            "note": note,
            "refers_to": refers_to,
            "adopted": adopted,
            "sources": source or [],
            "entry_id": entry_id,
        }
        asking = is_terminal() and not yes
        if kind is None and not asking and (word := untyped_word(zh) or (en and untyped_english(zh, en))):
            # 秘书长 stored as the person "Bi Shuzhang" (R37-26), 蔚来 "NIO" as a person (R47-18): the type is the
            # user's to give, not a guess.
            fail(f"{word}: give its type with --type (term, org, phrase ...; --type person if it is someone's name)")
        if asking:
            typer.echo("Enter keeps the value shown; '-' clears it.", err=True)
            if kind is None:
                # The type first: it decides what is filled in (English from the pinyin or not).
                # No default where 'person' would be a guess (国家电网, 中国移动: the review's R46-4): Enter keeps
                # nothing, the user types it.
                guessed = untyped_word(zh) is not None or person_guess(zh) is not None
                fields["kind"] = typer.prompt(
                    "type", default=None if guessed else "person", type=ChoiceType(KNOWN_TYPES), err=True
                )
                given.add("type")
        typed_kind = normalize_type(fields["kind"])
        known = cedict_english(zh, typed_kind) if not en else None
        if known is not None:
            # CC-CEDICT names this person or place otherwise than by the pinyin (李光耀 Lee Kuan Yew, 香港 Hong Kong):
            # that English, not "Li Guangyao" or "Xianggang", is the one to store (the review's R46-10, R47-24).
            # Asked on a terminal; said in a script.
            adopted_too = typed_kind == "person" and spells_no_pinyin(zh, known)
            if not asking:
                flag = " --adopted" if adopted_too else ""
                # The form CC-CEDICT writes: as typed (蔣介石), else as stored (钟楚红 for 鍾楚紅: R47-5).
                listed = next(iter(cedict_listing(zh, typed_kind) or (zh,)))
                _fail(
                    f"give the English form with --en: CC-CEDICT writes {listed} {known!r}"
                    f"{', an adopted name' if adopted_too else ''}, not the pinyin this command would make (zhgloss "
                    f"add {shell_quote(zh)} --type {typed_kind} --en {shell_quote(known)}{flag})",
                    db,
                )
            fields["en"] = known
            fields["adopted"] = fields["adopted"] or adopted_too
        elif not en and not proposes_en(zh, fields["kind"]):
            if not asking:
                if kind is None:
                    # The type is the default, and the name reads as no Chinese one: a company (宁德时代) as often as
                    # a transliterated person; which, only the user knows (the review's R46-4).
                    fail(
                        f"{zh}: give its type with --type (org, product, place ...); if it is a transliterated or "
                        "Japanese person's name, --type person and the English with --en: its own spelling "
                        "(Blinken, Abe Shinzo), which no rule gives"
                    )
                if makes_en_from_pinyin(fields["kind"]):
                    fail(
                        f"give the English form with --en: {zh} is a transliterated or Japanese name, whose "
                        "English is its own spelling (Blinken, Abe Shinzo), not its pinyin; no rule gives it"
                    )
                fail(
                    f"give the English form with --en: an entry of type {fields['kind']!r} has an English name "
                    "of its own; only people's and places' English forms are made from the pinyin"
                )
            # Only the user knows an organisation's or a foreign person's English name: asked, nothing made up.
            fields["en"] = _ask("English", None, required=True)
            given.add("en")
        entry = draft_entry(zh, existing=existing, **fields)
        # The default type, unasked, where the name does not say it is a person's (蔚来, NIO's brand): said (R46-4).
        guess = person_guess(zh) if kind is None and not asking else None
        # The English made of the pinyin where the surname is more often Korean or Vietnamese (阮富仲): a guess, said.
        foreign = foreign_surname_guess(zh) if entry.type == "person" and not fields["en"] and not asking else None
        if asking:
            entry = draft_entry(zh, existing=existing, **_interview(entry, fields, given))
            typer.echo(_card(entry), err=True)
            confirm_or_stop("Add this entry?", default=True, declined="nothing added")
        _report(validate_entries([*existing, entry], only={entry.id}), force, entry.id, "add", db)
        if not pinyin:
            # A character read one way where names also read it another (长 Zhǎng or Cháng): said, as romanize says it.
            for question in reading_questions(entry, en):
                kept = "kept in the entry's note: " if question in (entry.note or "") else ""  # a slip's (R41-8)
                typer.echo(f"note: {entry.zh}: {kept}{question}", err=True)
        # The id was made unique against the entries read above; another `add` may have taken it
        # since. Unless the user chose it, the store picks the next free one under its lock.
        with gloss.transaction():
            entry = gloss.add(entry, fresh_id=entry_id is None)
            # Roles that named this organisation before it had an entry ("founder@huawei") now point at it (U34-5).
            linked = roles_naming(entry, existing)
            for other in linked:
                gloss.update(other)
    echo_data(to_json(entry.to_dict()) if as_json else _card(entry))
    typer.echo(f"added {entry.id!r} to {gloss.path}", err=True)
    if guess is not None:
        typer.echo(
            on_db(
                f"note: {entry.id!r} typed person, a guess (no --type given; {guess}): if it is no one's name, "
                f"{retype_command(entry, 'org')} (or product, place ...)",
                db,
            ),
            err=True,
        )
    if foreign is not None:
        typer.echo(
            on_db(
                f"note: {entry.id!r}: the English {entry.en!r} is the Chinese reading, a guess ({foreign}; write it: "
                f"zhgloss edit {entry.id} --en ENGLISH)",
                db,
            ),
            err=True,
        )
    if linked:
        typer.echo(f"linked to it: the roles of {', '.join(repr(other.id) for other in linked)}", err=True)


def _same_zh(zh: str, same: Entry, clash: list[str]) -> str:
    """The refusal of an `add` of `zh`, a form of the stored entry `same`, with both ways out: an edit of `same`
    when it is the one meant, --namesake when it is another person of the same name (U38-3). `clash` names the
    options given that are not `same`'s (`curate.namesake_clash`): then the namesake comes first."""
    from zhgloss.errors import DuplicateEntryError
    from zhgloss.tickers import ticker_key
    from zhgloss.validate import shell_quote

    held = f"{DuplicateEntryError(zh, same.id)} ({same.label})"
    edit = f"use 'zhgloss edit {same.id}' to change it"
    code = ticker_key(zh)
    if code is not None and any(ticker_key(form) == code for form in same.zh_forms):
        # One stock code is one entry however written (TBL-41-1): it has no namesake.
        return f"{held}: the same stock code; {edit} (--zh-alias {shell_quote(zh)} keeps this spelling)"
    other = f"run add again with --namesake to name them in the note of {same.id!r} (one Chinese form names one entry)"
    if not clash:
        return f"{held}; {edit}; if this is another one of the same name (a namesake), {other}"
    given = "/".join(clash)
    return (
        f"{held}, and the {given} given {'is' if len(clash) == 1 else 'are'} not its: if this is another one of "
        f"the same name (a namesake), {other}, as an edit would give {same.id!r} what is theirs; if it is "
        f"{same.id!r}, {edit}"
    )


def _note_namesake(
    gloss: Glossary,
    same: Entry,
    existing: list[Entry],
    *,
    en: str | None,
    pinyin: str | None,
    roles: list[Role],
    note: str | None,
    force: bool,
    db: Path | None,
) -> None:
    """Write the namesake (another person written as `same.zh`, of `en`, `pinyin`, `roles`, `note`) into the note of
    the stored `same` (`curate.namesake_note`), linted as an edit is."""
    from zhgloss.curate import edit_entry, namesake_note

    new = edit_entry(same, existing=existing, note=namesake_note(same, en=en, pinyin=pinyin, roles=roles, note=note))
    with gloss.transaction():
        _save_edit(gloss, same, new, existing, force, None, db)


# edit -----------------------------------------------------------------------


def editor_command() -> str | None:
    """Return the editor to run: $VISUAL, else $EDITOR, else vi (notepad) on a terminal; None if there is none.

    With no terminal (stdin or stdout not a tty) vi would write escape codes into a pipe or wait
    forever on a closed stdin, so only an editor the user named is run then.
    """
    import os

    named = os.environ.get("VISUAL") or os.environ.get("EDITOR")
    if named:
        return named
    if os.name == "nt":
        return "notepad"
    return "vi" if sys.stdin.isatty() and sys.stdout.isatty() else None


def edit_text(text: str, prefix: str) -> str | None:
    """Open `text` in the user's editor (see editor_command) and return what was saved.

    Written by hand because typer 0.27 bundles a trimmed click without `click.edit`. The
    editor command may carry arguments ("code --wait"). Raise UsageError if it cannot be run
    or exits with an error; return None if the file was left unchanged.
    """
    import shlex
    import subprocess
    import tempfile  # here, not at the top: romanize and validate never need it (it imports random and hashlib)

    command = editor_command()
    if command is None:
        raise UsageError("no terminal to run an editor in: set $EDITOR")
    fd, name = tempfile.mkstemp(prefix=prefix, suffix=".json")
    path = Path(name)
    try:
        with open(fd, "w", encoding="utf-8") as out:
            out.write(text)
        try:
            status = subprocess.call([*shlex.split(command), str(path)])
        except OSError as exc:
            raise UsageError(f"cannot run the editor {command!r} ({exc.strerror}): set $EDITOR") from None
        if status != 0:
            raise UsageError(f"the editor {command!r} exited with status {status}; nothing saved")
        try:
            saved = path.read_bytes()
        except OSError as exc:  # the editor removed the file, or left a folder in its place (R45-12)
            raise UsageError(
                f"the editor left no file to read at {str(path)!r} ({exc.strerror}); nothing saved"
            ) from None
        try:
            # utf-8-sig: an editor that writes a byte order mark (Windows Notepad) saved UTF-8 all the same.
            edited = saved.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            # A Chinese Windows editor saves GBK by default: what was typed is kept as saved, byte for byte.
            kept = _keep_bytes(saved, f"{prefix}kept-")
            raise UsageError(
                f"the edited text is not UTF-8 (byte {exc.start}): save it as UTF-8 and edit again; nothing saved, "
                f"your text is kept in {str(kept)!r}"
            ) from None
    finally:
        if path.is_file():
            path.unlink()
    return None if edited == text else edited


def _keep_bytes(data: bytes, prefix: str) -> Path:
    """Save the bytes the user typed in the editor, as written, in a new file named `prefix`...: a failed edit, or text
    that cannot be read, is not lost."""
    import tempfile

    fd, name = tempfile.mkstemp(prefix=prefix, suffix=".json")
    with open(fd, "wb") as out:
        out.write(data)
    return Path(name)


def _keep_text(text: str, entry_id: str) -> Path:
    """Save text the user typed in the editor, so a failed edit does not lose it."""
    return _keep_bytes(text.encode("utf-8"), f"zhgloss-edit-{entry_id}-")


@app.command()
def edit(
    entry_id: Annotated[
        str, typer.Argument(metavar="ID", help="Id of the entry to change, such as lei-jun.", show_default=False)
    ],
    kind: TypeOpt = None,
    zh: Annotated[
        str | None, typer.Option("--zh", help="New simplified Chinese (refills traditional and pinyin unless given).")
    ] = None,
    zh_hant: ZhHantOpt = None,
    pinyin: PinyinOpt = None,
    en: EnOpt = None,
    alias: AliasOpt = None,
    remove_alias: Annotated[
        list[str] | None, typer.Option("--remove-alias", help="Drop this English alias (repeatable).")
    ] = None,
    zh_alias: ZhAliasOpt = None,
    remove_zh_alias: Annotated[
        list[str] | None, typer.Option("--remove-zh-alias", help="Drop this Chinese alias (repeatable).")
    ] = None,
    role: RoleOpt = None,
    clear_roles: Annotated[
        bool, typer.Option("--clear-roles", help="Drop the entry's roles (before adding any --role).")
    ] = False,
    remove_role: Annotated[
        list[str] | None,
        typer.Option(
            "--remove-role",
            help="Drop the roles this names, TITLE[@ORG][:FROM..TO] (repeatable; before adding any --role: "
            "to end a role, remove it and add it with its end).",
        ),
    ] = None,
    note: Annotated[str | None, typer.Option("--note", help="A note for translators ('' clears it).")] = None,
    refers_to: Annotated[
        str | None, typer.Option("--refers-to", help="Id this entry is another name for ('' clears it).")
    ] = None,
    adopted: Annotated[
        bool | None,
        typer.Option(
            "--adopted/--not-adopted",
            help="Mark the English form as the person's own spelling (an adopted name, Jack Ma; a transliterated "
            "name's own English, 布赫 Buhe, even where it spells the pinyin), or as plain pinyin.",
            show_default=False,
        ),
    ] = None,
    source: SourceOpt = None,
    new_id: Annotated[
        str | None, typer.Option("--id", help="Rename the entry; entries that point at it are updated.")
    ] = None,
    confirm: Annotated[
        bool, typer.Option("--confirm", help="Clear the draft flag of a proposed entry (you have checked it).")
    ] = False,
    always_gloss: Annotated[
        bool | None,
        typer.Option(
            "--always-gloss/--not-always-gloss",
            help="Gloss the entry's forms even where they read as common words (小米 millet), or not.",
            show_default=False,
        ),
    ] = None,
    safe_form: Annotated[
        list[str] | None,
        typer.Option("--safe-form", help="A form of the entry annotate keeps at a word's edge (repeatable)."),
    ] = None,
    remove_safe_form: Annotated[
        list[str] | None, typer.Option("--remove-safe-form", help="Drop this safe form (repeatable).")
    ] = None,
    force: ForceOpt = False,
    db: DbOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Change an entry, with flags or in $EDITOR as JSON.

    With no flags the entry opens in $VISUAL or $EDITOR as JSON, checked before it is saved;
    without a terminal, pass flags.
    Flags that take a list add to it (--alias, --zh-alias, --role, --source); --remove-alias,
    --remove-zh-alias and --remove-role take away. If the edited JSON is not valid, nothing is saved and
    your text is kept in a file named in the message. If the entry was changed or removed
    by someone else while it was open in the editor, nothing is saved either (exit 1; your
    text is kept): edit it again. A new id (--id, or "id" in the JSON) is carried over to
    the entries that point at the entry (nicknames' refers_to, roles' org_id). What the edit
    changes is linted (errors stop the write unless --force); 'zhgloss validate' checks the rest.

    Example: zhgloss edit lu-weibing --alias "Lu Weibing (Xiaomi)" --role "president@xiaomi:2023.."
    """
    from zhgloss.curate import (
        edit_entry,
        edit_given,
        entry_from_json,
        folded_edit,
        rederived_fields,
        typed_fields,
    )
    from zhgloss.errors import ReadOnlyGlossaryError, ZhglossError
    from zhgloss.store import Glossary

    flags: tuple[object, ...] = (
        kind,
        zh,
        zh_hant,
        pinyin,
        en,
        alias,
        remove_alias,
        zh_alias,
        remove_zh_alias,
        role,
        remove_role,
        note,
        refers_to,
        adopted,
        source,
        new_id,
        confirm,
        always_gloss,
        safe_form,
        remove_safe_form,
    )
    # --not-adopted and --not-always-gloss are changes too, though False.
    given = (adopted is not None, always_gloss is not None, clear_roles)
    editing = not any(flag not in (None, [], False) for flag in flags) and not any(given)
    if editing and editor_command() is None:
        fail(
            f"no terminal to edit {entry_id!r} in: pass the changes as flags (see 'zhgloss edit --help'), "
            "or set $EDITOR to an editor that opens its own window"
        )

    with _reported(db), Glossary.open(db) as gloss:
        if gloss.read_only:
            raise ReadOnlyGlossaryError(gloss.path or "<memory>")
        if not editing:
            # Flags are changes to apply, so apply them to the entry as stored when the lock is held:
            # nobody else's change can come in between, and there is nothing to refuse.
            with gloss.transaction():
                existing = list(gloss.iter_entries())
                entry = next((e for e in existing if e.id == entry_id), None) or gloss.get_by_id(entry_id)
                if refers_to:
                    refers_to = _refers_to(refers_to, [e for e in existing if e.id != entry.id])
                new = edit_entry(
                    entry,
                    existing=[e for e in existing if e.id != entry.id],
                    entry_id=new_id,
                    kind=kind,
                    zh=zh,
                    zh_hant=zh_hant,
                    pinyin=pinyin,
                    en=en,
                    note=note,
                    refers_to=refers_to,
                    adopted=adopted,
                    add_aliases=alias or [],
                    remove_aliases=remove_alias or [],
                    add_zh_aliases=zh_alias or [],
                    remove_zh_aliases=remove_zh_alias or [],
                    add_roles=_roles(role),
                    clear_roles=clear_roles,
                    remove_roles=_roles(remove_role),
                    add_sources=source or [],
                    confirm=confirm,
                    always_gloss=always_gloss,
                    add_safe_forms=safe_form or [],
                    remove_safe_forms=remove_safe_form or [],
                )
                if new == entry:
                    typer.echo(f"no changes to {entry.id!r}", err=True)
                    return
                repointed = _save_edit(gloss, entry, new, existing, force, None, db)
        else:
            # The lock is not held while the editor is open (that can take minutes): the entry is
            # read again under the lock before saving, and the edit refused if it has changed since.
            # Read from the file, not the lookup index, as the check under the lock does.
            entry = next((e for e in gloss.iter_entries() if e.id == entry_id), None) or gloss.get_by_id(entry_id)
            original = to_json(entry.to_dict()) + "\n"
            edited_text = edit_text(original, f"zhgloss-{entry.id}-")
            if edited_text is None or edited_text.strip() == original.strip():
                typer.echo(f"no changes to {entry.id!r}", err=True)
                return
            try:
                typed = entry_from_json(edited_text)
                typed_given = typed_fields(entry, typed)
                new = folded_edit(entry, typed)
            except ZhglossError as exc:
                kept = _keep_text(edited_text, entry.id)
                raise UsageError(f"{exc}; nothing saved, your text is in {kept}") from None
            if new == entry:
                typer.echo(f"no changes to {entry.id!r}", err=True)
                return
            with gloss.transaction():
                current = gloss.find_by_id(entry.id)
                if current != entry:
                    kept = _keep_text(edited_text, entry.id)
                    what = "removed" if current is None else "changed by someone else"
                    _fail(
                        f"entry {entry.id!r} was {what} while you were editing it; nothing saved: "
                        f"run 'zhgloss edit {entry.id}' again, your text is in {kept}",
                        db,
                        EXIT_NOT_FOUND,
                    )
                repointed = _save_edit(gloss, entry, new, list(gloss.iter_entries()), force, edited_text, db)
    echo_data(to_json(new.to_dict()) if as_json else _card(new))
    typer.echo(f"saved {new.id!r} in {gloss.path}", err=True)
    if not editing:
        typed_given = edit_given(en=en, pinyin=pinyin, zh_hant=zh_hant) | (
            {"aliases"} if alias or remove_alias else set()
        )
    if rederived := rederived_fields(entry, new, typed_given):
        # What add derived by the old type, read again by the new one (R46-4, addendum 4), said.
        changed = "; ".join(change.describe() for change in rederived)
        typer.echo(f"read again for the type {new.type!r}: {changed}", err=True)
    if remove_zh_alias and not editing:
        from zhgloss.curate import removed_twins

        for twin in removed_twins(entry, new, remove_zh_alias):
            typer.echo(
                on_db(
                    f"also removed the Chinese alias {twin!r}, the simplified form of the one removed "
                    f"(to keep it, add it back: zhgloss edit {new.id} --zh-alias {twin})",
                    db,
                ),
                err=True,
            )
    if repointed:
        names = ", ".join(e.id for e in repointed)
        updated = count(len(repointed), "entry", "entries")
        typer.echo(f"updated {updated} that pointed at {entry.id!r} to point at {new.id!r}: {names}", err=True)


def _save_edit(
    gloss: Glossary,
    entry: Entry,
    new: Entry,
    existing: list[Entry],
    force: bool,
    edited_text: str | None,
    db: Path | None = None,
) -> list[Entry]:
    """Lint what changed from `entry` to `new` and write it, repointing references on a rename; return those.

    Call inside the glossary's transaction, with `existing` read inside it. Text typed in the
    editor (`edited_text`) is kept in a file if the edit is refused.
    """
    from zhgloss.curate import apply_edit
    from zhgloss.errors import ZhglossError
    from zhgloss.validate import validate_entries

    try:
        after, repointed = apply_edit(entry, new, existing)
    except ZhglossError as exc:
        if edited_text is None:
            raise
        kept = _keep_text(edited_text, entry.id)
        raise UsageError(f"{exc}; nothing saved, your text is in {kept}") from None
    # The edited entry is checked in what the edit changed (a new note needs neither OpenCC nor
    # pypinyin); entries repointed by a rename are checked in full, as nobody looked at them.
    problems = validate_entries(after, only={new.id, *(e.id for e in repointed)}, previous={new.id: entry})
    if edited_text is not None and any(p.severity == "error" for p in problems) and not force:
        kept = _keep_text(edited_text, entry.id)
        typer.echo(f"your text is in {kept}", err=True)
    _report(problems, force, new.id, db=db)
    if new.id == entry.id:
        gloss.update(new)
    else:
        gloss.remove(entry.id)
        gloss.add(new)
        for referrer in repointed:
            gloss.update(referrer)
    return repointed


# remove ---------------------------------------------------------------------


@app.command()
def remove(
    entry_id: Annotated[str, typer.Argument(metavar="ID", help="Id of the entry to remove.", show_default=False)],
    yes: YesOpt = False,
    force: Annotated[
        bool,
        typer.Option("--force", help="Remove it even if entries point at it, and clear their references to it."),
    ] = False,
    db: DbOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Remove an entry.

    Asks first on a terminal; elsewhere needs --yes.
    Entries that point at it (nicknames' refers_to, roles' organisation) would be left
    pointing at nothing, which 'zhgloss validate' calls an error: remove refuses, naming
    them, unless --force (or the answer on a terminal), which clears those references in
    the same write (a role keeps the organisation's name as words).

    Example: zhgloss remove lu-weibing --yes
    """
    from zhgloss.curate import cleared_references, referrers, what_points
    from zhgloss.errors import ReadOnlyGlossaryError
    from zhgloss.store import Glossary

    with _reported(db), Glossary.open(db) as gloss:
        if gloss.read_only:
            raise ReadOnlyGlossaryError(gloss.path or "<memory>")
        existing = list(gloss.iter_entries())
        entry = next((e for e in existing if e.id == entry_id), None) or gloss.get_by_id(entry_id)
        pointing = referrers(entry.id, existing)
        names = ", ".join(what_points(e, entry.id) for e in pointing)
        said = f"{count(len(pointing), 'entry points', 'entries point')} at {entry.id!r}: {names}"
        if not yes:
            if not is_terminal():
                fail(f"not removing {entry.id!r} without confirmation: pass --yes")
            typer.echo(_card(entry), err=True)
            if pointing:
                typer.echo(said, err=True)
            question = f"Remove {entry.id!r}" + (" and clear their references to it?" if pointing else "?")
            confirm_or_stop(question, default=False, declined="nothing removed")
        elif pointing and not force:
            _fail(
                f"not removing {entry.id!r}: {said}; re-point them first ('zhgloss edit ID'), or pass --force "
                "to remove it and clear their references to it (nothing was removed)",
                db,
            )
        with gloss.transaction():
            for other in pointing:
                gloss.update(cleared_references(other, entry))
            gloss.remove(entry.id)
    if as_json:
        echo_data(to_json(entry.to_dict()))
    typer.echo(f"removed {entry.id!r} ({entry.label}) from {gloss.path}", err=True)
    if pointing:
        cleared = ", ".join(e.id for e in pointing)
        typer.echo(
            f"cleared the references to {entry.id!r} of {count(len(pointing), 'entry', 'entries')}: {cleared}", err=True
        )


# validate -------------------------------------------------------------------


@app.command()
def validate(
    path: Annotated[
        Path | None,
        typer.Argument(
            metavar="PATH", help="Glossary file to check [default: --db, else the usual one].", show_default=False
        ),
    ] = None,
    db: DbOpt = None,
    strict: Annotated[bool, typer.Option("--strict", help="Exit 1 on warnings too.")] = False,
    as_json: JsonOpt = False,
) -> None:
    """Lint a glossary: readings, forms, references, role dates.

    Checks pinyin, English forms, traditional forms, types, clashing forms, references and role dates.
    Prints one line per problem, "ID: error|warning: FIELD: message", and a count on stderr; an entry
    no other command can read (a field left empty or of the wrong type by a hand edit) is one such
    line, and the rest are still checked. Exit 1 if there are errors (or, with --strict, warnings).

    Example: zhgloss validate --db ~/names/glossary.json --json
    """
    from zhgloss.store import TABLE, Glossary, parse_glossary_bytes
    from zhgloss.validate import count_by_severity, validate_entries, validate_file

    with reported_errors(), Glossary.open(path or db, read_only=True) as gloss:
        if gloss.path is not None:
            file = gloss.path
            # The documents as the file holds them: an entry no command can read is reported, not a stop.
            size, problems = validate_file(
                file,
                lambda: parse_glossary_bytes(file.read_bytes(), file, documents_checked=False, empty_is_new=False).get(
                    TABLE, {}
                ),
            )
        else:
            entries = list(gloss.iter_entries())
            size, problems = len(entries), validate_entries(entries)
    if path or db:
        # The fixes name the glossary checked (U38-26): run as printed they would edit the usual one.
        problems = [dataclasses.replace(p, message=on_db(p.message, path or db)) for p in problems]
    counts = count_by_severity(problems)
    if as_json:
        echo_data(
            to_json(
                {
                    "path": str(gloss.path),
                    "entries": size,
                    "errors": counts["error"],
                    "warnings": counts["warning"],
                    "problems": [p.to_dict() for p in problems],
                }
            )
        )
    else:
        for problem in problems:
            echo_data(str(problem))
    summary = ", ".join((count(counts["error"], "error", "errors"), count(counts["warning"], "warning", "warnings")))
    typer.echo(f"{summary} in {count(size, 'entry', 'entries')}", err=True)
    if counts["error"] or (strict and counts["warning"]):
        raise typer.Exit(EXIT_NOT_FOUND)
