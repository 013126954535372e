// zhgloss serve: the page's script. Hand-written, no libraries, nothing fetched but /api/.
// Every text from the user or the glossary goes into the page as text (textContent), never as markup.
"use strict";

const SEARCH_DELAY_MS = 120;

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (name === "className") node.className = value;
    else node.setAttribute(name, value);
  }
  for (const child of children) {
    if (child === null || child === undefined) continue;
    node.append(typeof child === "string" ? document.createTextNode(child) : child);
  }
  return node;
}

async function api(path, body) {
  const options = body === undefined ? {} : {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  };
  let response;
  try {
    response = await fetch(path, options);
  } catch (e) {
    // The browser's "Failed to fetch": no server answered (stopped, or the machine asleep). Say what to do.
    throw new Error("the page cannot reach zhgloss serve: it is not running; start it again (zhgloss serve), or ask whoever runs it");
  }
  let data;
  try {
    data = await response.json();
  } catch (e) {
    throw new Error(`the server answered ${response.status} without JSON`);
  }
  if (!response.ok) {
    const error = new Error(data.error || `the server answered ${response.status}`);
    error.type = data.type;  // the server's name for the kind of problem (WrongDirectionError, FormatError ...)
    throw error;
  }
  return data;
}

function showError(status, error) {
  status.className = "error";
  status.setAttribute("role", "alert");
  status.textContent = `Error: ${error.message}`;
}

function showStatus(status, text) {
  status.className = "muted";
  status.removeAttribute("role");
  status.textContent = text;
}

// Views

function showView(name) {
  for (const tab of document.querySelectorAll(".tab")) {
    tab.setAttribute("aria-pressed", String(tab.dataset.view === name));
  }
  for (const view of document.querySelectorAll(".view")) {
    view.hidden = view.id !== `view-${name}`;
  }
}

// Cards: the layout is the server's (zhgloss.card), the same rows `zhgloss lookup` prints.

function renderCard(target, data) {
  const card = data.card;
  const rows = el("dl");
  for (const row of card.rows) {
    const values = el("dd");
    for (const value of row.values) values.append(el("div", {}, value));
    rows.append(el("dt", {}, row.label), values);
  }
  target.replaceChildren(
    el("h2", {}, card.head, " ", el("span", { className: "tag" }, `[${card.tag}]`)),
    rows,
  );
  target.dataset.id = data.entry.id;
  target.hidden = false;
}

async function openCard(target, id) {
  try {
    renderCard(target, await api(`/api/entry/${encodeURIComponent(id)}`));
  } catch (error) {
    target.replaceChildren(el("p", { className: "error", role: "alert" }, `Error: ${error.message}`));
    target.hidden = false;
  }
}

// Search as you type

let searchSeq = 0;
let searchTimer = null;

function renderHits(data) {
  const list = document.getElementById("search-results");
  const card = document.getElementById("search-card");
  list.replaceChildren();
  for (const hit of data.hits) {
    const entry = hit.entry;
    const label = entry.zh ? `${entry.zh} ${entry.en}` : entry.en;
    const button = el(
      "button",
      { type: "button", className: "hit", "data-id": entry.id },
      el("span", { className: "score" }, String(hit.score)),
      " ",
      el("strong", {}, label),
      " ",
      el("span", { className: "tag" }, `[${entry.type} · ${entry.id}${entry.draft ? " · draft, unverified" : ""}]`),
      hit.refers_to ? ` → ${hit.refers_to.zh ? hit.refers_to.zh + " " : ""}${hit.refers_to.en}` : null,
      " ",
      el("span", { className: "matched" }, hit.matched),
      // The query is a form the glossary bans for this entry (a TBX deprecated term): found, not to be written so.
      hit.forbidden ? el("span", { className: "forbidden" }, ` forbidden form (${hit.forbidden}): write ${hit.write}`) : null,
    );
    button.addEventListener("click", () => {
      for (const other of list.querySelectorAll(".hit")) other.removeAttribute("aria-current");
      button.setAttribute("aria-current", "true");
      openCard(card, entry.id);
    });
    list.append(el("li", {}, button));
  }
  if (data.hits.length) {
    list.querySelector(".hit").click();
  } else {
    card.hidden = true;
  }
}

async function runSearch() {
  const query = document.getElementById("search-box").value.trim();
  const status = document.getElementById("search-status");
  const seq = ++searchSeq;
  if (!query) {
    document.getElementById("search-results").replaceChildren();
    document.getElementById("search-card").hidden = true;
    showStatus(status, "");
    return;
  }
  try {
    const data = await api(`/api/search?q=${encodeURIComponent(query)}`);
    if (seq !== searchSeq) return; // a later keystroke already asked again
    const n = data.hits.length;
    showStatus(status, n ? `${n} match${n === 1 ? "" : "es"} for “${query}”, best first` : `No entry matches “${query}”.`);
    renderHits(data);
  } catch (error) {
    if (seq === searchSeq) showError(status, error);
  }
}

// Annotate: the server's html format (ruby, title tooltips), copied element by element so that
// nothing but <ruby> (<rt>, <rp>) and <span> marks can come from it, with text inside and only the
// attributes listed here: no markup, no script, no style from the text or the glossary gets through.

const COPIED_ATTRIBUTES = ["class", "data-id", "data-type", "title"];

function copyMark(node) {
  const mark = el(node.tagName.toLowerCase(), {});
  for (const name of COPIED_ATTRIBUTES) {
    if (node.hasAttribute(name)) mark.setAttribute(name, node.getAttribute(name));
  }
  if (node.hasAttribute("data-id")) mark.tabIndex = 0;
  for (const part of node.childNodes) {
    const tag = part.nodeType === Node.ELEMENT_NODE ? part.tagName.toLowerCase() : null;
    mark.append(tag === "rt" || tag === "rp" ? el(tag, {}, part.textContent) : part.textContent);
  }
  return mark;
}

function copyAnnotated(html) {
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, "text/html");
  const out = document.createDocumentFragment();
  for (const node of parsed.body.childNodes) {
    const isMark = node.nodeType === Node.ELEMENT_NODE && (node.tagName === "RUBY" || node.tagName === "SPAN")
      && node.classList.length && [...node.classList].every((name) => name.startsWith("zhgloss"));
    out.append(isMark ? copyMark(node) : node.textContent);
  }
  return out;
}

async function runAnnotate() {
  const status = document.getElementById("annotate-status");
  const output = document.getElementById("annotate-output");
  const text = document.getElementById("annotate-text").value;
  showStatus(status, "annotating…");
  try {
    const data = await api("/api/annotate", {
      text,
      format: "html",
      gloss: document.getElementById("annotate-gloss").value,
      first_only: document.getElementById("annotate-first-only").checked,
      unknown: document.getElementById("annotate-unknown").checked,
      traditional: document.getElementById("annotate-traditional").checked,
    });
    output.replaceChildren(copyAnnotated(data.output));
    const unknown = data.unknown
      ? `; ${data.unknown} name${data.unknown === 1 ? "" : "s"} not in the glossary marked with a guessed reading`
      : "";
    showStatus(status, `${data.mentions} mention${data.mentions === 1 ? "" : "s"} glossed${unknown}`);
  } catch (error) {
    showError(status, error);
  }
}

function openAnnotatedCard(event) {
  const ruby = event.target.closest("ruby[data-id]");
  if (ruby) openCard(document.getElementById("annotate-card"), ruby.dataset.id);
}

// Check

function describeProblem(problem) {
  const found = problem.found === null ? "nothing" : `“${problem.found}”`;
  const text = problem.kind === "unexpected"
    ? `${problem.expected}: found ${found}, expected ${problem.expected} in the source`
    : `${problem.source}: found ${found}, expected “${problem.expected}”`;
  return text + (problem.note ? ` (${problem.note})` : "");
}

async function runCheck() {
  const status = document.getElementById("check-status");
  const table = document.getElementById("check-results");
  const body = table.querySelector("tbody");
  showStatus(status, "checking…");
  try {
    const data = await api("/api/check", {
      source: document.getElementById("check-source").value,
      translation: document.getElementById("check-translation").value,
    });
    const bySegment = new Map();
    for (const problem of data.problems) {
      if (!bySegment.has(problem.segment)) bySegment.set(problem.segment, []);
      bySegment.get(problem.segment).push(problem);
    }
    body.replaceChildren();
    for (const segment of data.segment_texts) {
      const problems = bySegment.get(segment.number) || [];
      const list = el("ul");
      for (const problem of problems) {
        list.append(el("li", { className: problem.fails ? "fails" : "warns" },
          el("span", { className: `kind kind-${problem.kind}` }, problem.kind), " ", describeProblem(problem)));
      }
      if (!problems.length) list.append(el("li", { className: "ok" }, "no name problems"));
      body.append(el("tr", { "data-segment": String(segment.number) },
        el("td", {}, String(segment.number)),
        el("td", { lang: "zh" }, segment.source),
        el("td", {}, segment.target === null ? "" : segment.target),
        el("td", {}, list)));
    }
    table.hidden = false;
    // The CLI's own summary (problems by kind, how many fail) and the answer it gives by its exit code.
    showStatus(status, `${data.summary}. ${data.failed ? "The translation fails the check." : "The translation passes."}`);
  } catch (error) {
    table.hidden = true;
    showError(status, error);
    if (error.type === "WrongDirectionError") {
      // English in Source and Chinese in Translation (R47-22): one click puts each text in its box and checks again.
      const swap = el("button", { type: "button", id: "check-swap" }, "Swap the boxes and check again");
      swap.addEventListener("click", swapCheckBoxes);
      status.append(" ", swap);
    }
  }
}

function swapCheckBoxes() {
  const source = document.getElementById("check-source");
  const translation = document.getElementById("check-translation");
  [source.value, translation.value] = [translation.value, source.value];
  runCheck();
}

// Start

async function showInfo() {
  try {
    const info = await api("/api/info");
    const target = document.getElementById("glossary-info");
    const name = info.glossary.split(/[\\/]/).pop();
    target.textContent =
      `${info.entries.toLocaleString("en")} entries in ${name}${info.bundled ? " (the bundled glossary)" : ""} · zhgloss ${info.version}`;
    target.title = info.glossary;
  } catch (error) {
    showError(document.getElementById("glossary-info"), error);
  }
}

document.addEventListener("DOMContentLoaded", () => {
  for (const tab of document.querySelectorAll(".tab")) {
    tab.addEventListener("click", () => showView(tab.dataset.view));
  }
  const box = document.getElementById("search-box");
  box.addEventListener("input", () => {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(runSearch, SEARCH_DELAY_MS);
  });
  box.addEventListener("keydown", (event) => {
    if (event.key === "Enter") {
      clearTimeout(searchTimer);
      runSearch();
    } else if (event.key === "ArrowDown") {
      const first = document.querySelector("#search-results .hit");
      if (first) {
        event.preventDefault();
        first.focus();
      }
    }
  });
  // Up and down walk the hits (Enter or a click opens one); up from the first goes back to the box.
  document.getElementById("search-results").addEventListener("keydown", (event) => {
    if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
    const hits = [...document.querySelectorAll("#search-results .hit")];
    const at = hits.indexOf(document.activeElement);
    if (at < 0) return;
    event.preventDefault();
    const next = event.key === "ArrowDown" ? Math.min(at + 1, hits.length - 1) : at - 1;
    (next < 0 ? box : hits[next]).focus();
  });
  document.getElementById("annotate-button").addEventListener("click", runAnnotate);
  document.getElementById("annotate-output").addEventListener("click", openAnnotatedCard);
  document.getElementById("annotate-output").addEventListener("keydown", (event) => {
    if (event.key === "Enter") openAnnotatedCard(event);
  });
  document.getElementById("check-button").addEventListener("click", runCheck);
  showInfo();
  if (box.value.trim()) runSearch();
});
