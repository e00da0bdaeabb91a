// The alliance map. The server sends the page with the day's map drawn (so it works without scripts); this script
// redraws it when the day changes (GET drawing?date=, the server's drawing of a day), zooms and pans, and shows a
// chosen state's treaties and defenders with their sources (GET api/...). No libraries, no CDN.
"use strict";

const FIRST_DAY = "1947-01-01";

const els = {
  day: document.getElementById("day"),
  slider: document.getElementById("slider"),
  play: document.getElementById("play"),
  state: document.getElementById("state"),
  map: document.getElementById("map"),
  patterns: document.getElementById("patterns"),
  views: document.getElementById("views"),
  caption: document.getElementById("map-caption"),
  legend: document.getElementById("legend"),
  details: document.getElementById("details"),
  asOf: document.getElementById("as-of"),
};

const view = {
  day: null,         // the day shown, yyyy-MM-dd
  lastDay: null,     // the catalog's AsOf
  chosen: null,      // the catalog code of the chosen state
  picked: null,      // the treaty whose members are picked out
  request: 0,        // so that a slow answer for an older day is dropped
  timer: null,
  box: null,         // the part of the map shown: { x, y, w, h } in the map's units
  dragged: false,    // whether the pointer just panned the map, so that its release is no click
};

// The regions the zoom buttons show, each as the states whose shapes bound it (France and Norway are left out of
// Europe's: their shapes reach overseas and to Svalbard).
const VIEWS = {
  europe: ["PRT", "IRL", "ISL", "FIN", "GRC", "CYP", "UKR"],
  caucasus: ["GEO", "ARM", "AZE"],
  gulf: ["KWT", "QAT", "ARE", "BHR", "OMN"],
};
const WORLD = { x: 0, y: 0, w: 1000, h: 436 };

const dayNumber = (iso) => Math.round((Date.parse(iso + "T00:00:00Z") - Date.parse(FIRST_DAY + "T00:00:00Z")) / 86400000);
const dayOf = (n) => new Date(Date.parse(FIRST_DAY + "T00:00:00Z") + n * 86400000).toISOString().slice(0, 10);
const isDay = (text) => /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(Date.parse(text + "T00:00:00Z")) && dayOf(dayNumber(text)) === text;

function element(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    node.setAttribute(name, value);
  }
  for (const child of children) {
    node.append(child);
  }
  return node;
}

async function getJson(url) {
  const response = await fetch(url);
  const body = await response.json();
  if (!response.ok) {
    throw new Error(body.detail || `${response.status} ${response.statusText}`);
  }
  return body;
}

// Shows the server's drawing of a day: the shapes' fills and labels, the patterns, the legend and the caption.
async function showDay(day, { push = true } = {}) {
  view.day = day;
  els.day.value = day;
  els.slider.value = String(dayNumber(day));
  els.slider.setAttribute("aria-valuetext", day);
  if (push) {
    const url = new URL(window.location.href);
    url.searchParams.set("date", day);
    window.history.replaceState(null, "", url);
  }

  const request = ++view.request;
  const drawing = await getJson(`drawing?date=${day}`);
  if (request !== view.request) {
    return;
  }

  const shapes = new Map(drawing.shapes.map(s => [s.code, s]));
  els.patterns.innerHTML = drawing.defs;
  scaleToZoom();
  for (const node of els.map.querySelectorAll("[data-code]")) {
    const shape = shapes.get(node.dataset.code);
    setOrRemove(node, "fill", shape.fill);
    setOrRemove(node, "data-state", shape.state);
    setOrRemove(node, "data-treaty", shape.treaties[0]);
    setOrRemove(node, "data-treaties", shape.treaties.join(" ") || null);
    node.setAttribute("aria-label", shape.label);
    node.classList.toggle("changed", shape.changed);
    node.classList.toggle("held", shape.held);
    node.classList.toggle("off", shape.hidden);
  }
  els.legend.innerHTML = drawing.legend;
  if (view.picked && !els.legend.querySelector(`button[data-treaty="${CSS.escape(view.picked)}"]`)) {
    view.picked = null;
  }
  pick(view.picked);

  els.map.querySelector("title").textContent = drawing.title;
  els.caption.textContent = drawing.caption;
  if (view.chosen) {
    await showState(view.chosen, { focus: false });
  }
  els.map.dataset.day = day;
}

function setOrRemove(node, name, value) {
  if (value === null || value === undefined) {
    node.removeAttribute(name);
  } else {
    node.setAttribute(name, value);
  }
}

// Picks out one treaty's members; the others fade.
function pick(treatyId) {
  view.picked = treatyId;
  els.map.classList.toggle("picking", treatyId !== null);
  for (const shape of els.map.querySelectorAll("[data-code]")) {
    shape.dataset.faded = String(treatyId !== null && !(shape.dataset.treaties || "").split(" ").includes(treatyId));
  }
  for (const button of els.legend.querySelectorAll("button")) {
    button.setAttribute("aria-pressed", String(button.dataset.treaty === treatyId));
  }
}

function marks(fact) {
  return (fact.confirmed ? "" : " ?") + (fact.disputed ? " ±" : "");
}

function sourcesOf(facts) {
  const seen = new Map();
  for (const fact of facts) {
    for (const s of [...fact.sources, ...fact.otherDates.flatMap(o => o.sources)]) {
      seen.set(s.id, s);
    }
  }
  return element("ul", { class: "sources" }, ...[...seen.values()].map(s =>
    element("li", {}, element("a", { href: s.url, rel: "noopener" }, s.title), ` (${s.publisher}, ${s.kind.toLowerCase()})`)));
}

// Shows a state's treaties and defenders on the day shown.
async function showState(mapCode, { focus = true } = {}) {
  const node = els.map.querySelector(`[data-code="${CSS.escape(mapCode)}"]`);
  const code = (node && node.dataset.state) || mapCode;
  view.chosen = mapCode;
  els.state.value = mapCode;
  for (const shape of els.map.querySelectorAll(".chosen")) {
    shape.classList.remove("chosen");
  }
  for (const shape of els.map.querySelectorAll(`[data-code="${CSS.escape(mapCode)}"]`)) {
    shape.classList.add("chosen");
  }

  const title = element("h2", { id: "details-title" });
  let treaties, defenders;
  try {
    [treaties, defenders] = await Promise.all([
      getJson(`api/states/${encodeURIComponent(code)}/treaties?date=${view.day}`),
      getJson(`api/states/${encodeURIComponent(code)}/defenders?date=${view.day}`),
    ]);
  } catch (error) {
    const shape = els.map.querySelector(`[data-code="${CSS.escape(mapCode)}"]`);
    title.textContent = shape ? shape.dataset.name : mapCode;
    els.details.replaceChildren(title, element("p", {}, `Not a state of this catalog: ${error.message}`));
    return;
  }

  title.textContent = `${treaties.state.name} on ${treaties.date}`;
  const parts = [title];
  if (treaties.warning) {
    parts.push(element("p", { class: "warning" }, treaties.warning));
  }

  parts.push(element("h3", {}, "Treaties"));
  parts.push(treaties.treaties.length === 0
    ? element("p", {}, treaties.coverage)
    : element("ul", {}, ...treaties.treaties.map(t => element("li", { "data-treaty": t.treaty.id },
      `${t.treaty.id}: ${t.treaty.name}, since ${t.since.date}${marks(t.since)}`
      + (t.participation === "Full" ? "" : ` (participation: ${t.participation})`)
      + (t.defenceClause ? `; ${t.defenceClause.article}` : "; no defence clause in force")
      + (t.organisationDissolved ? `; the organisation was dissolved on ${t.organisationDissolved.date}, the treaty stays in force` : "")))));

  parts.push(element("h3", {}, "Who had to defend it"));
  parts.push(defenders.commitments.length === 0
    ? element("p", { id: "defenders" }, defenders.coverage)
    : element("ul", { id: "defenders" }, ...defenders.commitments.map(c => element("li", { "data-treaty": c.treaty.id },
      element("strong", {}, `${c.treaty.id} ${c.clause.article}`), ` (${c.clause.words}): `,
      c.defenders.map(d => `${d.state.name}${marks(d.since)}`).join(", ") || "no one",
      ...(c.suspended.length ? [`; suspended: ${c.suspended.map(s => `${s.state.name} since ${s.since.date}${marks(s.since)}`).join(", ")}`] : [])))));

  parts.push(element("h3", {}, "Sources"));
  parts.push(sourcesOf([
    ...treaties.treaties.map(t => t.since),
    ...defenders.commitments.flatMap(c => [...c.defenders.map(d => d.since), ...c.suspended.map(s => s.since)]),
  ]));
  els.details.replaceChildren(...parts);
  if (focus) {
    els.details.focus({ preventScroll: true });
    const top = els.details.getBoundingClientRect().top;
    if (top < 0 || top > window.innerHeight - 40) {
      els.details.scrollIntoView({ block: "start" });
    }
  }
}

// Shows a part of the map. Hatches and dots keep their size on screen, so a small state stays readable up close.
function showBox(box) {
  const w = Math.min(WORLD.w, Math.max(20, box.w));
  const h = w * WORLD.h / WORLD.w;
  const x = Math.min(WORLD.w - w, Math.max(WORLD.x, box.x + (box.w - w) / 2));
  const y = Math.min(WORLD.h - h, Math.max(WORLD.y, box.y + (box.h - h) / 2));
  view.box = { x, y, w, h };
  els.map.setAttribute("viewBox", `${x} ${y} ${w} ${h}`);
  scaleToZoom();
}

function scaleToZoom() {
  const zoom = WORLD.w / view.box.w;
  for (const pattern of els.patterns.querySelectorAll("pattern[id^='p-']")) {
    pattern.dataset.base = pattern.dataset.base || pattern.getAttribute("patternTransform") || "";
    pattern.setAttribute("patternTransform", `${pattern.dataset.base} scale(${1 / zoom})`);
  }
  for (const dot of els.map.querySelectorAll("#dots circle")) {
    dot.setAttribute("r", String(2.6 / Math.sqrt(zoom)));
  }
}

// The smallest box around the shapes of these states, with a margin, in the map's proportions.
function boxAround(codes) {
  const boxes = codes.map(code => els.map.querySelector(`#land [data-code="${code}"]`)).filter(Boolean).map(node => node.getBBox());
  const x0 = Math.min(...boxes.map(b => b.x)), y0 = Math.min(...boxes.map(b => b.y));
  const x1 = Math.max(...boxes.map(b => b.x + b.width)), y1 = Math.max(...boxes.map(b => b.y + b.height));
  const margin = Math.max(x1 - x0, y1 - y0) * 0.15;
  const w = Math.max(x1 - x0 + 2 * margin, (y1 - y0 + 2 * margin) * WORLD.w / WORLD.h);
  return { x: (x0 + x1 - w) / 2, y: (y0 + y1) / 2 - w * WORLD.h / WORLD.w / 2, w, h: w * WORLD.h / WORLD.w };
}

function pressView(name) {
  for (const button of els.views.querySelectorAll("button")) {
    button.setAttribute("aria-pressed", String(button.dataset.view === name));
  }
  els.map.dataset.view = name || "";
}

// Zoom buttons, the mouse wheel and dragging; a drag does not count as a click on a state.
function startViews() {
  els.views.hidden = false;
  view.box = { ...WORLD };
  els.views.addEventListener("click", e => {
    const button = e.target.closest("button[data-view]");
    if (button) {
      showBox(button.dataset.view === "world" ? WORLD : boxAround(VIEWS[button.dataset.view]));
      pressView(button.dataset.view);
    }
  });
  const toMap = (e) => {
    const point = new DOMPoint(e.clientX, e.clientY).matrixTransform(els.map.getScreenCTM().inverse());
    return { x: point.x, y: point.y };
  };
  els.map.addEventListener("wheel", e => {
    e.preventDefault();
    const at = toMap(e);
    const factor = e.deltaY < 0 ? 1 / 1.25 : 1.25;
    const b = view.box;
    showBox({ x: at.x - (at.x - b.x) * factor, y: at.y - (at.y - b.y) * factor, w: b.w * factor, h: b.h * factor });
    pressView(null);
  }, { passive: false });
  let drag = null;
  els.map.addEventListener("pointerdown", e => {
    drag = { start: toMap(e), x: e.clientX, y: e.clientY, moved: false };
    view.dragged = false;
  });
  els.map.addEventListener("pointermove", e => {
    if (!drag || (!drag.moved && Math.hypot(e.clientX - drag.x, e.clientY - drag.y) < 4)) {
      return;
    }
    drag.moved = true;
    const at = toMap(e);
    showBox({ ...view.box, x: view.box.x - (at.x - drag.start.x), y: view.box.y - (at.y - drag.start.y) });
    pressView(null);
  });
  window.addEventListener("pointerup", () => {
    view.dragged = Boolean(drag && drag.moved);
    drag = null;
  });
}

function clampDay(day) {
  if (day < FIRST_DAY) {
    return FIRST_DAY;
  }
  return view.lastDay && day > view.lastDay ? view.lastDay : day;
}

function togglePlay() {
  if (view.timer) {
    clearInterval(view.timer);
    view.timer = null;
    els.play.textContent = "Play";
    els.play.setAttribute("aria-pressed", "false");
    return;
  }
  if (view.day >= view.lastDay) {
    showDay(FIRST_DAY);
  }
  els.play.textContent = "Pause";
  els.play.setAttribute("aria-pressed", "true");
  view.timer = setInterval(() => {
    const next = clampDay(dayOf(dayNumber(view.day) + 91));
    showDay(next);
    if (next >= view.lastDay) {
      togglePlay();
    }
  }, 400);
}

async function start() {
  view.lastDay = els.asOf.textContent;
  els.slider.max = String(dayNumber(view.lastDay));
  els.slider.value = String(dayNumber(els.day.value));
  els.slider.setAttribute("aria-valuemin", "0");
  els.slider.setAttribute("aria-valuetext", els.day.value);
  startViews();

  let slide = null;
  els.slider.addEventListener("input", () => {
    clearTimeout(slide);
    const day = dayOf(Number(els.slider.value));
    els.day.value = day;
    els.slider.setAttribute("aria-valuetext", day);
    slide = setTimeout(() => showDay(day), 120);
  });
  els.day.addEventListener("change", () => {
    if (isDay(els.day.value)) {
      showDay(clampDay(els.day.value));
    }
  });
  els.play.addEventListener("click", togglePlay);
  els.state.addEventListener("change", () => els.state.value && showState(els.state.value));
  els.map.addEventListener("click", e => {
    if (view.dragged) {
      view.dragged = false;
      return;
    }
    const code = e.target.dataset && e.target.dataset.code;
    if (code) {
      showState(code);
    }
  });
  els.map.addEventListener("keydown", e => {
    const code = e.target.dataset && e.target.dataset.code;
    if (code && (e.key === "Enter" || e.key === " ")) {
      e.preventDefault();
      showState(code);
    } else if (e.key === "Escape") {
      pick(null);
    }
  });
  els.legend.addEventListener("click", e => {
    const button = e.target.closest("button[data-treaty]");
    if (button) {
      pick(view.picked === button.dataset.treaty ? null : button.dataset.treaty);
    }
  });
  document.getElementById("controls").addEventListener("submit", e => {
    e.preventDefault();
    if (isDay(els.day.value)) {
      showDay(clampDay(els.day.value));
    }
  });

  // The server drew the day the address asks for (or, if it cannot be shown, said why in the caption and drew another).
  view.day = els.map.dataset.day;
  const url = new URL(window.location.href);
  if (url.searchParams.has("date") && url.searchParams.get("date") !== view.day) {
    url.searchParams.set("date", view.day);
    window.history.replaceState(null, "", url);
  }
  document.body.dataset.ready = "true";
}

start().catch(error => {
  els.caption.textContent = `The map could not be drawn: ${error.message}`;
});
