"""Build src/zhgloss/data/opencc/: OpenCC's conversions a character at a time, and its phrase keys.

Loading OpenCC's s2hk configuration reads its phrase dictionary (STPhrases, ~49,000 phrases) and
costs more than the rest of `zhgloss add`. A name of a few characters almost never contains one of
those phrases, and where no phrase applies OpenCC converts a character at a time. This table lets
zhgloss.opencc_table convert such text without loading OpenCC, and prove that no phrase applies.

OpenCC (1.4) runs a configuration as stages: normalization dictionaries, then segmentation with a
phrase dictionary, then each dictionary of its conversion chain in turn, each matching the longest
key at every position (MaxMatchSegmentation.cpp, Conversion.cpp). Where no key of two or more
characters occurs in the text a stage reads, every match is a single character. So for each
configuration this script writes:

- in table.json, OpenCC's version; for each configuration and each of its stages, the
  dictionaries whose keys of two or more characters must not occur in the text that stage reads
  (the segmentation dictionaries join the first conversion stage); each dictionary's longest key;
- CONFIG.tsv: for every character that is a one-character key of any of the configuration's
  dictionaries and that some stage changes, what OpenCC itself writes for it, alone, after each
  stage (run with configurations cut after that stage), tab-separated; every other character is
  left alone by every stage;
- DICTIONARY.txt: each dictionary's keys of two or more characters, one a line, exported with
  OpenCC's own opencc_dict tool.

Input: the installed OpenCC Python package (its .ocd2 dictionaries, configurations and opencc_dict
binary). The table records OpenCC's version; zhgloss uses it only with that version installed and
falls back to OpenCC otherwise. OpenCC's dictionaries are under the Apache License 2.0.

Usage: python scripts/build_opencc_table.py   (rewrites src/zhgloss/data/opencc/)
"""

from __future__ import annotations

import json
import subprocess
import tempfile
from pathlib import Path
from typing import Any

import opencc

from zhgloss.opencc_table import CONFIGS, TABLE_DIR

PACKAGE = Path(opencc.__file__).resolve().parent
SHARE = PACKAGE / "clib" / "share" / "opencc"
OPENCC_DICT = PACKAGE / "clib" / "bin" / "opencc_dict"


def dict_files(node: Any) -> list[str]:
    """The .ocd2 file names a configuration's dictionary node uses, groups flattened."""
    if node.get("type") == "group":
        return [name for child in node["dicts"] for name in dict_files(child)]
    return [node["file"]]


def absolute(node: Any) -> Any:
    """A copy of a configuration node with every dictionary file given by its full path."""
    if isinstance(node, dict):
        return {k: (str(SHARE / v) if k == "file" else absolute(v)) for k, v in node.items()}
    if isinstance(node, list):
        return [absolute(item) for item in node]
    return node


def export_keys(name: str, folder: Path) -> list[str]:
    """The keys of the OpenCC dictionary `name` (an .ocd2 file), exported as text by opencc_dict."""
    out = folder / (name + ".txt")
    subprocess.run([str(OPENCC_DICT), "-i", str(SHARE / name), "-o", str(out), "-f", "ocd2", "-t", "text"], check=True)
    return [line.split("\t", 1)[0] for line in out.read_text(encoding="utf-8").splitlines() if "\t" in line]


def convert_each(config_path: str, chars: list[str]) -> list[str]:
    """OpenCC's output for each of `chars` alone, with the configuration at `config_path`."""
    if not chars:
        return []
    converter = opencc.OpenCC(config_path)
    # One character a line: no OpenCC key contains a line break, so no two characters meet.
    out: list[str] = str(converter.convert("\n".join(chars))).split("\n")
    assert len(out) == len(chars), config_path
    return out


def write_config(spec: dict[str, Any], folder: Path, name: str) -> str:
    """Write the configuration `spec` (dictionary files given by full path) to `folder`; return its path."""
    path = folder / f"{name}.json"
    path.write_text(json.dumps(absolute(spec), ensure_ascii=False), encoding="utf-8")
    return str(path)


def stage_name(step: dict[str, Any]) -> str:
    """The file stem of a conversion stage's phrase keys: its dictionaries, in the order OpenCC tries them."""
    return "+".join(name.removesuffix(".ocd2") for name in dict_files(step["dict"]))


def non_neutral_phrases(step: dict[str, Any], folder: Path, keys: dict[str, list[str]]) -> list[str]:
    """The keys of two or more characters of the stage `step` that it converts otherwise than character by character.

    A key whose conversion is the conversion of its characters one by one changes nothing when it
    matches: it need not be looked for. The stage is run alone, segmenting by its own dictionary so
    that a key is never split before the stage sees it.
    """
    for name in dict_files(step["dict"]):
        if name not in keys:
            keys[name] = export_keys(name, folder)
    phrases = sorted({key for name in dict_files(step["dict"]) for key in keys[name] if len(key) > 1})
    alone = {"name": "one stage", "segmentation": {"type": "mmseg", "dict": step["dict"]}, "conversion_chain": [step]}
    path = write_config(alone, folder, stage_name(step))
    whole = convert_each(path, phrases)
    chars = sorted({c for phrase in phrases for c in phrase})
    single = dict(zip(chars, convert_each(path, chars), strict=True))
    return [p for p, out in zip(phrases, whole, strict=True) if out != "".join(single[c] for c in p)]


def build_config(config: str, folder: Path, keys: dict[str, list[str]]) -> list[str]:
    """Write CONFIG.tsv for the OpenCC configuration `config`; return its stages' names (see the module docstring)."""
    spec = json.loads((SHARE / f"{config}.json").read_text(encoding="utf-8"))
    steps = [*spec.get("normalization", []), *spec["conversion_chain"]]
    for step in steps:
        for name in dict_files(step["dict"]):
            if name not in keys:
                keys[name] = export_keys(name, folder)
    chars = sorted({key for step in steps for name in dict_files(step["dict"]) for key in keys[name] if len(key) == 1})
    outputs: list[list[str]] = []
    normalization = len(spec.get("normalization", []))
    for cut in range(1, len(steps) + 1):
        kept_normalization = spec.get("normalization", [])[:cut]
        kept_chain = spec["conversion_chain"][: max(0, cut - normalization)]
        partial = {**spec, "normalization": kept_normalization, "conversion_chain": kept_chain}
        outputs.append(convert_each(write_config(partial, folder, f"{config}.{cut}"), chars))
    full = convert_each(config, chars)
    assert full == outputs[-1], f"{config}: the last stage's cut does not match the whole configuration"
    lines = [
        "\t".join([c, *steps_out])
        for c, steps_out in ((c, [out[i] for out in outputs]) for i, c in enumerate(chars))
        if any(step != c for step in steps_out)
    ]
    assert not any("\n" in line or line.count("\t") != len(steps) for line in lines), config
    write_lines(TABLE_DIR / f"{config}.tsv", lines)
    return [stage_name(step) for step in steps]


def write_lines(path: Path, lines: list[str]) -> None:
    """Write `lines` to `path`, each ended by a line break (so every line, the first too, sits between two)."""
    path.write_text("\n" + "".join(line + "\n" for line in lines), encoding="utf-8", newline="\n")


def main() -> None:
    keys: dict[str, list[str]] = {}
    TABLE_DIR.mkdir(exist_ok=True)
    for old in TABLE_DIR.glob("*.t*"):
        old.unlink()
    longest: dict[str, int] = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        configs = {config: build_config(config, folder, keys) for config in CONFIGS}
        for config in CONFIGS:
            spec = json.loads((SHARE / f"{config}.json").read_text(encoding="utf-8"))
            for step in [*spec.get("normalization", []), *spec["conversion_chain"]]:
                name = stage_name(step)
                if name in longest:
                    continue
                phrases = non_neutral_phrases(step, folder, keys)
                assert not any("\n" in k or "\t" in k for k in phrases), name
                write_lines(TABLE_DIR / f"{name}.txt", phrases)
                longest[name] = max(map(len, phrases), default=0)
    meta = {
        "opencc": opencc.__version__,
        "source": "built by scripts/build_opencc_table.py from OpenCC's dictionaries (Apache License 2.0)",
        "configs": configs,
        "longest": longest,
    }
    (TABLE_DIR / "table.json").write_text(
        json.dumps(meta, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
    )


if __name__ == "__main__":
    main()
