// The alliance map: draws the vendored Natural Earth map, colours each state by its treaties on the chosen day
// (GET /api/map), and shows a chosen state's treaties and defenders with their sources. No libraries, no CDN.
"use strict";

const FIRST_DAY = "1947-01-01";
const SVG = "http://www.w3.org/2000/svg";

// Paul Tol's "muted" scheme (colour-blind safe) for the multilateral alliances, in the order a state in several
// takes its colour from; bilateral treaties share a hatch. A treaty the page does not know gets the next spare colour.
// The African, Gulf and Caribbean pacts have colours of their own, from Tol's "light" scheme and Okabe and Ito's; a
// regional pact comes before the wider one a state is also in (the GCC before the Arab League; ECOWAS, ECCAS and SADC
// before the African Union's pact). SADC's colour waits for its entry (docs/coverage.md).
const PRIORITY = [
  "NATO", "WARSAW", "CSTO", "SEATO", "CENTO", "ANZUS", "RIO", "RSS", "GCC", "AES", "ECOWAS", "ECCAS", "SADC", "ARAB-LEAGUE",
  "AMU", "AU-PACT", "WEU", "EU",
];
const COLOURS = {
  NATO: "#332288", WARSAW: "#882255", CSTO: "#CC6677", SEATO: "#44AA99", CENTO: "#AA4499",
  ANZUS: "#999933", RIO: "#117733", "ARAB-LEAGUE": "#DDCC77", WEU: "#6699CC", EU: "#88CCEE",
  AES: "#661100", GCC: "#BBCC33", ECOWAS: "#EE8866", ECCAS: "#E69F00", SADC: "#FFAABB", "AU-PACT": "#D6C1DE",
  AMU: "#56B4E9", RSS: "#CC79A7",
};
const SPARE = ["#77AADD", "#EEDD88"];
const BILATERAL = "url(#bilateral)";

// Dependencies that Natural Earth draws apart from the state that has held them since 1947: drawn lighter, in that
// state's colour. (Hong Kong and Macau changed hands within the map's years and stay uncoloured.)
const HELD_BY = {
  GRL: "DNK", FRO: "DNK", ALA: "FIN", ABW: "NLD", CUW: "NLD", SXM: "NLD",
  PRI: "USA", GUM: "USA", VIR: "USA", ASM: "USA", MNP: "USA",
  NCL: "FRA", PYF: "FRA", SPM: "FRA", WLF: "FRA", BLM: "FRA", MAF: "FRA", ATF: "FRA",
  FLK: "GBR", BMU: "GBR", CYM: "GBR", TCA: "GBR", VGB: "GBR", AIA: "GBR", MSR: "GBR", SHN: "GBR", PCN: "GBR",
  SGS: "GBR", IOT: "GBR", GGY: "GBR", JEY: "GBR", IMN: "GBR", NFK: "AUS", HMD: "AUS",
};

const els = {
  day: document.getElementById("day"),
  slider: document.getElementById("slider"),
  play: document.getElementById("play"),
  state: document.getElementById("state"),
  map: document.getElementById("map"),
  land: document.getElementById("land"),
  dots: document.getElementById("dots"),
  caption: document.getElementById("map-caption"),
  legend: document.getElementById("legend"),
  details: document.getElementById("details"),
  asOf: document.getElementById("as-of"),
  treatyCount: document.getElementById("treaty-count"),
};

const view = {
  day: null,         // the day shown, yyyy-MM-dd
  lastDay: null,     // the catalog's AsOf
  areas: new Map(),  // map code -> { state, treaties } on the day shown
  chosen: null,      // the catalog code of the chosen state
  picked: null,      // the treaty whose members are picked out
  request: 0,        // so that a slow answer for an older day is dropped
  timer: null,
};

const dayNumber = (iso) => Math.round((Date.parse(iso + "T00:00:00Z") - Date.parse(FIRST_DAY + "T00:00:00Z")) / 86400000);
const dayOf = (n) => new Date(Date.parse(FIRST_DAY + "T00:00:00Z") + n * 86400000).toISOString().slice(0, 10);
const isDay = (text) => /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(Date.parse(text + "T00:00:00Z")) && dayOf(dayNumber(text)) === text;

function element(tag, attributes = {}, ...children) {
  const node = tag === "path" || tag === "circle" ? document.createElementNS(SVG, tag) : document.createElement(tag);
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

function colourOf(treatyId, multilateral) {
  if (!multilateral) {
    return BILATERAL;
  }
  if (!(treatyId in COLOURS)) {
    COLOURS[treatyId] = SPARE[Object.keys(COLOURS).length % SPARE.length];
  }
  return COLOURS[treatyId];
}

function rank(treaty) {
  const i = PRIORITY.indexOf(treaty.id);
  return (treaty.multilateral ? 0 : 1000) + (i < 0 ? 100 : i);
}

async function drawMap() {
  const world = await getJson("map/world.json");
  for (const country of world.countries) {
    els.land.append(element("path", { d: country.d, "data-code": country.code, "data-name": country.name, tabindex: "0", role: "button" }));
  }
  for (const dot of world.dots) {
    els.dots.append(element("circle", { cx: dot.x, cy: dot.y, r: "2.6", "data-code": dot.code, "data-name": dot.name, tabindex: "0", role: "button" }));
  }
  const names = new Map([...world.countries, ...world.dots].map(c => [c.code, c.name]));
  for (const [code, name] of [...names].sort((a, b) => a[1].localeCompare(b[1]))) {
    els.state.append(element("option", { value: code }, name));
  }
}

// Colours every state for the day, and rebuilds the legend.
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
  const answer = await getJson(`api/map?date=${day}`);
  if (request !== view.request) {
    return;
  }

  const treaties = [...answer.treaties].sort((a, b) => rank(a) - rank(b));
  const order = new Map(treaties.map((t, i) => [t.id, i]));
  const byId = new Map(treaties.map(t => [t.id, t]));

  // A state's own land first; then a state that no longer exists over the land of its successors not in a treaty.
  view.areas = new Map();
  const own = answer.states.filter(s => s.drawnOver.length === 0);
  const former = answer.states.filter(s => s.drawnOver.length > 0);
  for (const s of own) {
    view.areas.set(s.state.code, s);
  }
  const notDrawn = [];
  for (const s of former) {
    const free = s.drawnOver.filter(code => !view.areas.has(code));
    free.forEach(code => view.areas.set(code, s));
    if (free.length === 0) {
      notDrawn.push(`${s.state.name} (${s.treaties.join(", ")})`);
    }
  }

  for (const shape of els.map.querySelectorAll("[data-code]")) {
    const held = HELD_BY[shape.dataset.code];
    const area = view.areas.get(shape.dataset.code) || (held && view.areas.get(held));
    const name = shape.dataset.name;
    shape.classList.toggle("held", Boolean(held));
    if (!area) {
      shape.style.fill = "";
      shape.removeAttribute("data-treaty");
      shape.setAttribute("aria-label", `${name}: in no treaty of this catalog`);
      continue;
    }
    const ids = [...area.treaties].sort((a, b) => order.get(a) - order.get(b));
    const first = byId.get(ids[0]);
    shape.style.fill = colourOf(first.id, first.multilateral);
    shape.dataset.treaty = first.id;
    shape.dataset.treaties = ids.join(" ");
    const through = area.state.code === shape.dataset.code ? "" : held ? ` (held by ${area.state.name})` : ` (as part of ${area.state.name})`;
    shape.setAttribute("aria-label", `${name}${through}: ${ids.join(", ")}${area.doubt ? ", a day unconfirmed or disputed" : ""}`);
  }

  els.legend.replaceChildren(...treaties.map(t => {
    const button = element("button", { type: "button", "aria-pressed": String(view.picked === t.id), "data-treaty": t.id },
      element("span", { class: "swatch", "aria-hidden": "true" }),
      element("span", { class: "label" }, element("strong", {}, t.id), element("span", { class: "name", title: t.name }, t.name)),
      element("span", { class: "count", "aria-label": `${t.members} members` }, String(t.members)));
    const swatch = button.querySelector(".swatch");
    const colour = colourOf(t.id, t.multilateral);
    swatch.style.background = colour === BILATERAL ? "repeating-linear-gradient(45deg, #4d4d4d 0 3px, #e8e0d0 3px 6px)" : colour;
    button.addEventListener("click", () => pick(view.picked === t.id ? null : t.id));
    return element("li", {}, button);
  }));
  if (view.picked && !byId.has(view.picked)) {
    view.picked = null;
  }
  pick(view.picked);

  els.map.querySelector("title").textContent = `World map of collective-defence treaties on ${day}`;
  els.caption.textContent = `${day}: ${answer.states.length} states in ${answer.treaties.length} treaties in force.`
    + (notDrawn.length ? ` Not on today's map: ${notDrawn.join("; ")}.` : "")
    + (view.lastDay && day > view.lastDay ? ` After ${view.lastDay}, the day the data was checked up to.` : "");
  if (view.chosen) {
    await showState(view.chosen, { focus: false });
  }
  els.map.dataset.day = day;
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
  const area = view.areas.get(mapCode) || view.areas.get(HELD_BY[mapCode]);
  const code = area ? area.state.code : HELD_BY[mapCode] || mapCode;
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
      + (t.defenceClause ? `; ${t.defenceClause.article}` : "; no defence clause in force")))));

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
  const [treaties] = await Promise.all([getJson("api/treaties"), drawMap()]);
  view.lastDay = treaties.asOf || new Date().toISOString().slice(0, 10);
  els.asOf.textContent = view.lastDay;
  els.treatyCount.textContent = String(treaties.treaties.length);
  els.day.max = view.lastDay;
  els.slider.max = String(dayNumber(view.lastDay));
  els.slider.setAttribute("aria-valuemin", "0");

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
  document.getElementById("controls").addEventListener("submit", e => e.preventDefault());

  const asked = new URL(window.location.href).searchParams.get("date");
  const day = asked && isDay(asked) ? clampDay(asked) : view.lastDay;
  await showDay(day, { push: Boolean(asked) });
  if (asked && asked !== day) {
    els.caption.textContent = (isDay(asked)
      ? `The map runs from ${FIRST_DAY} to ${view.lastDay}, so it shows ${day}, not ${asked}. `
      : `"${asked}" in the address is not a day written yyyy-MM-dd, so the map shows ${day}. `) + els.caption.textContent;
  }
  document.body.dataset.ready = "true";
}

start().catch(error => {
  els.caption.textContent = `The map could not be drawn: ${error.message}`;
});
