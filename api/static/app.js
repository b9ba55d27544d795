// wtoqa web chat: asks /ask/stream, renders cited answers, opens cited paragraphs.
"use strict";

const STORE = "wtoqa.conversation";
const KEY_STORE = "wtoqa.apiKey";
const log = document.getElementById("log");
const form = document.getElementById("ask-form");
const input = document.getElementById("question");
const errorBox = document.getElementById("error");
const viewer = document.getElementById("viewer");
const main = document.querySelector("main");

let conversation = JSON.parse(localStorage.getItem(STORE) || "[]");

function save() { localStorage.setItem(STORE, JSON.stringify(conversation)); }

function headers() {
  const h = { "Content-Type": "application/json" };
  const key = sessionStorage.getItem(KEY_STORE);
  if (key) h["X-API-Key"] = key;
  return h;
}

async function authorised(doFetch) {
  let response = await doFetch();
  if (response.status === 401) {
    const key = window.prompt("This server needs an API key:");
    if (!key) return response;
    sessionStorage.setItem(KEY_STORE, key.trim());
    response = await doFetch();
  }
  return response;
}

function showError(message) {
  errorBox.textContent = message;
  errorBox.hidden = !message;
}

function addUserTurn(text) {
  const li = document.createElement("li");
  li.className = "turn user";
  li.textContent = text;
  log.appendChild(li);
  li.scrollIntoView({ block: "end" });
}

function renderAnswer(turn, li) {
  const answerEl = li.querySelector(".answer");
  answerEl.textContent = "";
  const byMarker = Object.fromEntries((turn.citations || []).map((c) => [c.marker, c]));
  for (const part of turn.answer.split(/(\[\d+\])/)) {
    const citation = byMarker[part];
    if (citation) {
      const button = document.createElement("button");
      button.type = "button";
      button.className = "marker";
      button.textContent = part;
      button.title = `${citation.title}, paragraph ${citation.paragraph}`;
      button.addEventListener("click", () => openCitation(citation));
      answerEl.appendChild(button);
    } else {
      answerEl.appendChild(document.createTextNode(part));
    }
  }
  li.classList.toggle("not-found", turn.status === "not_found");
  const sources = li.querySelector(".sources");
  sources.textContent = "";
  for (const c of turn.citations || []) {
    const item = document.createElement("li");
    const link = document.createElement("button");
    link.type = "button";
    link.className = "marker";
    link.textContent = c.marker;
    link.addEventListener("click", () => openCitation(c));
    item.append(link, ` ${c.title} — §${c.paragraph}: « ${c.quote} »`);
    sources.appendChild(item);
  }
  li.querySelector(".copy").onclick = () => copyAnswer(turn, li);
}

function textWithSources(turn) {
  const lines = [turn.answer];
  if (turn.citations && turn.citations.length) {
    lines.push("", "Sources:");
    for (const c of turn.citations) {
      lines.push(`${c.marker} ${c.title} (${c.doc_id}), paragraph ${c.paragraph}: « ${c.quote} »`);
    }
  }
  return lines.join("\n");
}

async function copyAnswer(turn, li) {
  const button = li.querySelector(".copy");
  try {
    await navigator.clipboard.writeText(textWithSources(turn));
    button.textContent = "Copied";
  } catch {
    button.textContent = "Copy failed: select the text";
  }
  setTimeout(() => { button.textContent = "Copy answer with sources"; }, 1500);
}

function newAnswerTurn() {
  const li = document.getElementById("answer-template").content.firstElementChild.cloneNode(true);
  log.appendChild(li);
  return li;
}

function highlight(text, quote) {
  const fragment = document.createDocumentFragment();
  const at = quote ? text.indexOf(quote) : -1;
  if (at < 0) { fragment.append(text); return fragment; }
  const mark = document.createElement("mark");
  mark.textContent = quote;
  fragment.append(text.slice(0, at), mark, text.slice(at + quote.length));
  return fragment;
}

async function openCitation(citation) {
  const response = await authorised(() =>
    fetch(`/documents/${encodeURIComponent(citation.doc_id)}`, { headers: headers() }));
  if (!response.ok) { showError(`Cannot open ${citation.doc_id} (${response.status})`); return; }
  const doc = await response.json();
  document.getElementById("doc-title").textContent = doc.title;
  document.getElementById("doc-meta").textContent =
    [doc.kind, doc.body, doc.date, doc.language].filter(Boolean).join(" · ");
  const list = document.getElementById("doc-paragraphs");
  list.textContent = "";
  let cited = null;
  for (const p of doc.paragraphs) {
    const li = document.createElement("li");
    li.value = p.number;
    li.id = `para-${p.number}`;
    li.className = p.kind === "heading" ? "heading" : "";
    if (p.number === citation.paragraph) {
      li.classList.add("cited");
      li.appendChild(highlight(p.text, citation.quote));
      cited = li;
    } else {
      li.textContent = p.text;
    }
    list.appendChild(li);
  }
  viewer.hidden = false;
  main.classList.add("with-viewer");
  // after the panel has its layout, or the scroll lands short
  if (cited) requestAnimationFrame(() => cited.scrollIntoView({ block: "center" }));
}

function parseEvents(buffer, onEvent) {
  const blocks = buffer.split("\n\n");
  const rest = blocks.pop();
  for (const block of blocks) {
    let event = "message";
    let data = "";
    for (const line of block.split("\n")) {
      if (line.startsWith("event: ")) event = line.slice(7);
      else if (line.startsWith("data: ")) data += line.slice(6);
    }
    if (data) onEvent(event, JSON.parse(data));
  }
  return rest;
}

async function ask(question) {
  showError("");
  addUserTurn(question);
  const history = conversation.flatMap((t) => [
    { role: "user", content: t.question },
    { role: "assistant", content: t.answer },
  ]).slice(-20);
  const turn = { question, answer: "", citations: [], status: "answered" };
  const li = newAnswerTurn();
  li.querySelector(".answer").textContent = "…";
  const body = JSON.stringify({ question, history });
  const response = await authorised(() =>
    fetch("/ask/stream", { method: "POST", headers: headers(), body }));
  if (!response.ok) {
    li.remove();
    let detail = `${response.status}`;
    try { detail = JSON.stringify((await response.json()).detail); } catch { /* not JSON */ }
    showError(`The question could not be answered: ${detail}`);
    return;
  }
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  li.querySelector(".answer").textContent = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer = parseEvents(buffer + decoder.decode(value, { stream: true }), (event, data) => {
      if (event === "meta") turn.status = data.status;
      if (event === "token") { turn.answer += data.text; li.querySelector(".answer").textContent = turn.answer; }
      if (event === "citation") turn.citations.push(data);
    });
  }
  renderAnswer(turn, li);
  li.scrollIntoView({ block: "end" });
  conversation.push(turn);
  save();
}

form.addEventListener("submit", async (event) => {
  event.preventDefault();
  const question = input.value.trim();
  if (!question) return;
  input.value = "";
  document.getElementById("send").disabled = true;
  try { await ask(question); } catch (err) { showError(`Network error: ${err.message}`); }
  finally { document.getElementById("send").disabled = false; input.focus(); }
});

input.addEventListener("keydown", (event) => {
  if (event.key === "Enter" && !event.shiftKey) { event.preventDefault(); form.requestSubmit(); }
});

document.getElementById("close-viewer").addEventListener("click", () => {
  viewer.hidden = true;
  main.classList.remove("with-viewer");
});

document.getElementById("new-chat").addEventListener("click", () => {
  conversation = [];
  save();
  log.textContent = "";
  viewer.hidden = true;
  main.classList.remove("with-viewer");
});

for (const turn of conversation) {
  addUserTurn(turn.question);
  renderAnswer(turn, newAnswerTurn());
}
