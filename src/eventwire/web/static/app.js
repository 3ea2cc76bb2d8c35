// eventwire dashboard: plain DOM, no build step, no network beyond this server.
// Every piece of article text reaches the page through textContent, never as markup, so it stays inert.
"use strict";

const TYPE_COLORS = {
  AGREE: "#4e79a7", CONSULT: "#76b7b2", SUPPORT: "#59a14f", CONCEDE: "#8cd17d", COOPERATE: "#2f8f6f",
  AID: "#b6992d", RETREAT: "#a0cbe8", REQUEST: "#9d7660", ACCUSE: "#f28e2b", REJECT: "#ffbe7d",
  THREATEN: "#e15759", PROTEST: "#ff9d9a", SANCTION: "#b07aa1", MOBILIZE: "#d4a6c8", COERCE: "#bc3a3a",
  ASSAULT: "#7a1f1f",
};
const QUAD_COLORS = { 1: "#59a14f", 2: "#2f8f6f", 3: "#f28e2b", 4: "#c03030" };
const SVG = "http://www.w3.org/2000/svg";

// ---------- small DOM helpers ----------
function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined) continue;
    if (key === "text") node.textContent = value;
    else if (key === "class") node.className = value;
    else node.setAttribute(key, value);
  }
  for (const child of children) node.append(child);
  return node;
}
function svg(tag, attrs = {}) {
  const node = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value);
  return node;
}
function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); return node; }
function status(message) { document.getElementById("status").textContent = message; }
function actor(a) { return a && (a.text || a.code) ? `${a.text || ""}${a.code ? ` [${a.code}]` : ""}` : ""; }
function articleLink(id, label) { return el("a", { href: `#article/${encodeURIComponent(id)}`, text: label }); }

async function api(path, params = {}) {
  const url = new URL(`api/${path}`, document.baseURI);
  for (const [key, value] of Object.entries(params)) {
    if (value === null || value === undefined || value === "") continue;
    for (const item of [].concat(value)) url.searchParams.append(key, item);
  }
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response.json();
}

// A list shows one page; "Show more" below it fetches the next with the cursor the API returned, and the status
// says when there is more than is shown, so a first page is never taken for the whole store.
async function pagedList(list, path, params, render, noun) {
  const more = list.moreButton || (list.moreButton = el("button", { type: "button", class: "more", text: "Show more" }));
  let shown = 0;
  const load = async (cursor) => {
    const page = await api(path, { ...params, cursor });
    for (const item of page.data) list.append(render(item));
    shown += page.data.length;
    more.remove();
    if (page.next_cursor) {
      more.onclick = () => load(page.next_cursor).catch((error) => status(`could not load: ${error.message}`));
      (list.closest("table") || list).after(more);
    }
    if (noun) status(`${shown} ${noun}${page.next_cursor ? " shown, more below" : ""}`);
  };
  await load(null);
}

// Every page of a list, up to ``cap`` items: a view that draws them all at once (the map) says when it stopped.
async function allPages(path, params, cap) {
  const data = [];
  let cursor = null;
  do {
    const page = await api(path, { ...params, cursor });
    data.push(...page.data);
    cursor = page.next_cursor;
  } while (cursor && data.length < cap);
  return { data, complete: !cursor };
}

// ---------- timeline ----------
// The chart has one bar per day with events; days further apart than this get a dashed break line and a label,
// so a jump of months or years between two neighbouring bars is seen, not hidden.
const TIMELINE_BREAK_DAYS = 31;
const dayNumber = (date) => Date.parse(`${date}T00:00:00Z`) / 864e5;
const AXIS_LABEL_WIDTH = 64;  // a YYYY-MM-DD label at the axis font size, with a gap

async function showTimeline() {
  const points = await api("timeline");
  const days = [...new Set(points.map((p) => p.date))].sort();
  const types = [...new Set(points.map((p) => p.type))];
  const chart = clear(document.getElementById("timeline-chart"));
  const legend = clear(document.getElementById("timeline-legend"));
  for (const type of types) legend.append(el("span", {}, swatch(TYPE_COLORS[type]), type));
  const width = Math.max(chart.clientWidth || 900, 300), height = 220, pad = 28;
  const root = svg("svg", { viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": "events per day" });
  const totals = {};
  for (const p of points) totals[p.date] = (totals[p.date] || 0) + p.count;
  const max = Math.max(1, ...Object.values(totals));
  const step = (width - 2 * pad) / Math.max(days.length, 1);
  const stacked = {};
  for (const p of points.sort((a, b) => types.indexOf(a.type) - types.indexOf(b.type))) {
    const x = pad + days.indexOf(p.date) * step;
    const below = stacked[p.date] || 0;
    const h = ((height - 2 * pad) * p.count) / max;
    const y = height - pad - ((height - 2 * pad) * below) / max - h;
    stacked[p.date] = below + p.count;
    const bar = svg("rect", { x: x + 1, y, width: Math.max(step - 2, 1), height: h, fill: TYPE_COLORS[p.type] || "#999",
      "data-date": p.date, "data-type": p.type, class: "bar" });
    bar.append(titleOf(`${p.date} ${p.type}: ${p.count}`));
    root.append(bar);
  }
  const breaks = days.flatMap((day, i) => (i && dayNumber(day) - dayNumber(days[i - 1]) > TIMELINE_BREAK_DAYS ? [i] : []));
  for (const i of breaks) {
    root.append(svg("line", { x1: pad + i * step, x2: pad + i * step, y1: pad / 2, y2: height - pad + 4, class: "axis-break" }));
  }
  // labels: the first day, then the day after each jump, then a regular scale, each kept clear of those before it
  const spacing = Math.max(1, Math.ceil(days.length / 12)), clearance = Math.ceil(AXIS_LABEL_WIDTH / step);
  const labelled = [];
  for (const i of [0, ...breaks, ...days.keys()].filter((i) => breaks.includes(i) || i % spacing === 0)) {
    if (labelled.every((j) => Math.abs(i - j) >= clearance)) labelled.push(i);
  }
  for (const i of labelled) {
    const label = svg("text", { x: pad + i * step + step / 2, y: height - 8, class: "axis", "text-anchor": "middle" });
    label.textContent = days[i];
    root.append(label);
  }
  addBrush(root, { pad, step, days, height });
  chart.append(root);
  await listEvents({});
  const jumps = breaks.length ? `; dashed lines mark ${breaks.length} jump${breaks.length > 1 ? "s" : ""} of over a month` : "";
  status(`${points.reduce((n, p) => n + p.count, 0)} dated events on ${days.length} days${jumps}`);
}

function swatch(color) { const box = el("i"); box.style.background = color; return box; }
function titleOf(text) { const title = svg("title"); title.textContent = text; return title; }

function addBrush(root, { pad, step, days, height }) {
  const brush = svg("rect", { class: "brush", y: pad / 2, height: height - 1.5 * pad, width: 0, x: 0 });
  root.append(brush);
  let start = null;
  const xOf = (event) => {
    const box = root.getBoundingClientRect();
    return ((event.clientX - box.left) * root.viewBox.baseVal.width) / box.width;
  };
  const dayAt = (x) => days[Math.min(days.length - 1, Math.max(0, Math.floor((x - pad) / step)))];
  root.addEventListener("mousedown", (event) => { start = xOf(event); brush.setAttribute("x", start); brush.setAttribute("width", 0); });
  root.addEventListener("mousemove", (event) => {
    if (start === null) return;
    const x = xOf(event);
    brush.setAttribute("x", Math.min(start, x));
    brush.setAttribute("width", Math.abs(x - start));
  });
  root.addEventListener("mouseup", (event) => {
    if (start === null || !days.length) return;
    const [a, b] = [start, xOf(event)].sort((p, q) => p - q);
    start = null;
    const range = { date_from: dayAt(a), date_to: dayAt(b) };
    document.getElementById("timeline-range").textContent = `Events ${range.date_from} to ${range.date_to}`;
    listEvents(range);
  });
}

async function listEvents(filters) {
  const body = clear(document.querySelector("#timeline-events tbody"));
  await pagedList(body, "events", { ...filters, limit: 200 }, (e) => el("tr", { "data-event": e.id },
    el("td", { text: e.date || e.article_date || "", class: "date" }), el("td", { text: e.type + (e.mode ? ` (${e.mode})` : "") }),
    el("td", { text: actor(e.source) }), el("td", { text: actor(e.target) }), el("td", { text: e.location || "" }),
    el("td", {}, articleLink(e.article_id, e.evidence_text))));
}

// ---------- map ----------
let map = null;
const MAP_EVENT_CAP = 5000;  // markers beyond a few thousand make Leaflet's SVG layer sluggish
async function showMap() {
  if (!map) {
    map = L.map("map-canvas", { worldCopyJump: true }).setView([30, 20], 2);
    const config = await api("config");
    if (config.tile_url) {
      L.tileLayer(config.tile_url, { maxZoom: 18, attribution: "map tiles" }).addTo(map);
    } else {
      const outline = await (await fetch("vendor/world/countries-110m.geojson")).json();
      L.geoJSON(outline, { style: { color: "#8a99a8", weight: 0.6, fillColor: "#f4f1ea", fillOpacity: 1 } }).addTo(map);
    }
  }
  const events = await allPages("events", { limit: 500 }, MAP_EVENT_CAP);
  const located = events.data.filter((e) => e.lat !== null && e.lon !== null);
  if (map.eventLayer) map.eventLayer.remove();
  map.eventLayer = L.layerGroup(located.map((e) => L.circleMarker([e.lat, e.lon], {
    radius: 7, color: QUAD_COLORS[e.quad] || "#666", fillOpacity: 0.7, className: "event-marker",
  }).bindPopup(() => el("div", {}, el("strong", { text: `${e.type} · ${e.location}` }), el("br"),
    document.createTextNode(`${actor(e.source)} → ${actor(e.target)}`), el("br"),
    articleLink(e.article_id, e.evidence_text))))).addTo(map);
  map.invalidateSize();
  status(`${located.length} located events${events.complete ? "" : ` among the ${events.data.length} newest (the map stops there)`}`);
}

// ---------- actor network ----------
const NODE_MAX_RADIUS = 22;  // the busiest actor's disc; others scale by the square root of their share of events
const NODE_GAP = 3;  // pixels kept between two discs
async function showNetwork() {
  const [network, actors] = await Promise.all([api("actors/network"), api("actors", { limit: 50 })]);
  const body = clear(document.querySelector("#actor-table tbody"));
  for (const a of actors) {
    body.append(el("tr", {}, el("td", { text: a.code }), el("td", { text: a.canonical }),
      el("td", { text: String(a.mentions) }), el("td", { text: String(a.articles) })));
  }
  const chart = clear(document.getElementById("network-chart"));
  const width = Math.max(chart.clientWidth || 900, 300), height = 460;
  const top = Math.max(1, ...network.nodes.map((n) => n.mentions));
  const nodes = network.nodes.slice(0, 80).map((n) => ({ ...n, radius: 5 + (NODE_MAX_RADIUS - 5) * Math.sqrt(n.mentions / top) }));
  const index = Object.fromEntries(nodes.map((n) => [n.id, n]));
  const edges = network.edges.filter((e) => index[e.source] && index[e.target]);
  layout(nodes, edges, index);
  const box = { left: 30, right: width - 30, top: 25, bottom: height - 25 };
  fitInto(nodes, box);
  separate(nodes, box);
  const root = svg("svg", { viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": "actor network" });
  const maxEvents = Math.max(1, ...edges.map((e) => e.events));
  for (const e of edges) {
    const a = index[e.source], b = index[e.target];
    const line = svg("line", { x1: a.x, y1: a.y, x2: b.x, y2: b.y, class: "edge",
      "data-source": e.source, "data-target": e.target,
      stroke: e.conflict * 2 > e.events ? "#c03030" : "#59a14f", "stroke-width": 1 + (4 * e.events) / maxEvents, "stroke-opacity": 0.6 });
    line.append(titleOf(`${e.source} → ${e.target}: ${e.events} events, ${e.conflict} conflictual`));
    root.append(line);
  }
  for (const n of nodes) {
    const circle = svg("circle", { cx: n.x, cy: n.y, r: n.radius, fill: "#4e79a7", class: "node", "data-id": n.id });
    circle.append(titleOf(`${n.id}: ${n.mentions} events`));
    // Labels face the nearer middle, so the ones at the right edge stay inside the chart.
    const leftward = n.x > width / 2;
    const label = svg("text", { x: leftward ? n.x - n.radius - 3 : n.x + n.radius + 3, y: n.y + 4,
      "text-anchor": leftward ? "end" : "start", class: "node-label" });
    label.textContent = n.id;
    root.append(circle, label);
  }
  chart.append(root);
  status(`${nodes.length} actors, ${edges.length} interactions`);
}

function layout(nodes, edges, index) {
  // Fruchterman-Reingold in the unit square: nodes repel (k²/d), edges pull (d²/k), a pull to the centre keeps
  // unconnected pairs from drifting to the walls (where they would line up and seem linked), and the step
  // shrinks each round so the picture settles. Start on a circle, so the same data always draws alike.
  const k = 0.6 / Math.sqrt(Math.max(nodes.length, 1)), rounds = 300;
  nodes.forEach((n, i) => {
    const angle = (2 * Math.PI * i) / Math.max(nodes.length, 1);
    n.x = 0.5 + 0.4 * Math.cos(angle); n.y = 0.5 + 0.4 * Math.sin(angle);
  });
  for (let round = 0; round < rounds; round++) {
    const step = 0.1 * (1 - round / rounds) + 0.002;
    for (const n of nodes) { n.dx = (0.5 - n.x) * 2; n.dy = (0.5 - n.y) * 2; }
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const a = nodes[i], b = nodes[j], dx = a.x - b.x, dy = a.y - b.y;
        const push = (k * k) / Math.max(dx * dx + dy * dy, 1e-6);
        a.dx += dx * push; a.dy += dy * push; b.dx -= dx * push; b.dy -= dy * push;
      }
    }
    for (const e of edges) {
      const a = index[e.source], b = index[e.target], dx = b.x - a.x, dy = b.y - a.y;
      const pull = Math.hypot(dx, dy) / k;
      a.dx += dx * pull; a.dy += dy * pull; b.dx -= dx * pull; b.dy -= dy * pull;
    }
    for (const n of nodes) {
      const force = Math.hypot(n.dx, n.dy) || 1, move = Math.min(force, step);
      n.x += (n.dx / force) * move; n.y += (n.dy / force) * move;
    }
  }
}

function separate(nodes, box) {
  // The layout places centres, not discs: where a busy centre packs them, push each overlapping pair apart along
  // the line between them (half each) until no disc covers another, staying inside the chart.
  for (let round = 0; round < 200; round++) {
    let moved = false;
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const a = nodes[i], b = nodes[j], gap = a.radius + b.radius + NODE_GAP;
        let dx = b.x - a.x, dy = b.y - a.y, d = Math.hypot(dx, dy);
        if (d >= gap) continue;
        if (d < 1e-6) { dx = 1; dy = 0; d = 1; }  // the same spot: part them sideways
        const shift = (gap - d) / 2 + 0.01;
        a.x -= (dx / d) * shift; a.y -= (dy / d) * shift; b.x += (dx / d) * shift; b.y += (dy / d) * shift;
        moved = true;
      }
    }
    for (const n of nodes) {
      n.x = Math.min(box.right - n.radius, Math.max(box.left + n.radius, n.x));
      n.y = Math.min(box.bottom - n.radius, Math.max(box.top + n.radius, n.y));
    }
    if (!moved) return;
  }
}

function fitInto(nodes, box) {
  // Stretch the layout to fill the chart: an affine map keeps which nodes lie off which edges.
  const xs = nodes.map((n) => n.x), ys = nodes.map((n) => n.y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  for (const n of nodes) {
    n.x = x1 - x0 > 1e-9 ? box.left + ((n.x - x0) / (x1 - x0)) * (box.right - box.left) : (box.left + box.right) / 2;
    n.y = y1 - y0 > 1e-9 ? box.top + ((n.y - y0) / (y1 - y0)) * (box.bottom - box.top) : (box.top + box.bottom) / 2;
  }
}

// ---------- quotes ----------
async function showQuotes(filters = {}) {
  const list = clear(document.getElementById("quote-list"));
  await pagedList(list, "quotes", { ...filters, limit: 100 }, (q) => el("li", {},
    el("strong", { text: q.speaker_text || "unknown speaker" }),
    document.createTextNode(q.speaker_code ? ` [${q.speaker_code}]` : ""),
    document.createTextNode(q.channel ? ` via ${q.channel}` : ""), el("blockquote", { text: q.content_text }),
    articleLink(q.article_id, q.article_title || q.article_id), document.createTextNode(` · ${q.article_date || ""} · ${q.kind}`)), "quotes");
}

// ---------- articles ----------
async function showArticles(filters = {}) {
  const list = clear(document.getElementById("article-list"));
  await pagedList(list, "articles", { ...filters, limit: 200 }, (a) => el("li", {}, articleLink(a.id, a.title || a.id),
    document.createTextNode(` · ${a.date || ""}${a.outlet ? ` · ${a.outlet}` : ""}`)), "articles");
}

// ---------- article reader ----------
const KINDS = {
  event: { label: "event", spans: (d) => d.events.map((e, i) => ({ span: e.evidence, i, what: `${e.type}: ${actor(e.source)} → ${actor(e.target)}` })) },
  quote: { label: "quote", spans: (d) => d.quotes.flatMap((q, i) => (q.content_parts?.length ? q.content_parts : [q.content])
    .map((span) => ({ span, i, what: `quote by ${q.speaker_text || "?"}` }))) },
  actor: { label: "actor", spans: (d) => d.actors.map((a, i) => ({ span: [a.start, a.end], i, what: `${a.canonical} [${a.code}]` })) },
  place: { label: "place", spans: (d) => d.places.map((p, i) => ({ span: [p.start, p.end], i, what: `${p.name} (${p.lat ?? "?"}, ${p.lon ?? "?"})` })) },
  time: { label: "time", spans: (d) => d.timexes.map((t, i) => ({ span: [t.start, t.end], i, what: `${t.type} ${t.value}` })) },
};

async function showArticle(id) {
  const doc = await api(`articles/${encodeURIComponent(id)}`);
  for (const key of ["events", "quotes", "actors", "places", "timexes"]) doc[key] = doc[key] || [];
  document.getElementById("article-title").textContent = doc.title || doc.id;
  document.getElementById("article-meta").textContent = [doc.date, doc.outlet, doc.url].filter(Boolean).join(" · ");
  const legend = clear(document.getElementById("article-legend"));
  for (const [kind, spec] of Object.entries(KINDS)) legend.append(el("span", { class: `k-${kind}`, text: `${spec.label} (${new Set(spec.spans(doc).map((m) => m.i)).size})` }));
  renderReader(doc);
  clear(document.getElementById("article-detail"));
  const body = clear(document.querySelector("#article-events tbody"));
  doc.events.forEach((e, i) => {
    const flags = [e.negated && "negated", e.hypothetical && "hypothetical", e.denied && "denied", e.reported_by && `reported by ${e.reported_by}`].filter(Boolean);
    const row = el("tr", { "data-event": i }, el("td", { text: e.type + (e.mode ? ` (${e.mode})` : "") }),
      el("td", { text: actor(e.source) }), el("td", { text: actor(e.target) }), el("td", { text: e.date || "" }),
      el("td", { text: e.location || "" }), el("td", { text: flags.join(", ") }));
    row.addEventListener("click", () => focusSpan("event", i));
    body.append(row);
  });
  status(`${doc.events.length} events, ${doc.quotes.length} quotes`);
}

function renderReader(doc) {
  // Cut the text at every annotation boundary; each piece carries the kinds that cover it.
  const marks = [];
  for (const [kind, spec] of Object.entries(KINDS)) for (const m of spec.spans(doc)) marks.push({ kind, ...m });
  const cuts = new Set([0, doc.text.length]);
  for (const m of marks) { cuts.add(Math.max(0, m.span[0])); cuts.add(Math.min(doc.text.length, m.span[1])); }
  const points = [...cuts].sort((a, b) => a - b);
  const reader = clear(document.getElementById("article-text"));
  for (let i = 0; i + 1 < points.length; i++) {
    const [start, end] = [points[i], points[i + 1]];
    const covering = marks.filter((m) => m.span[0] <= start && end <= m.span[1]);
    const piece = doc.text.slice(start, end);
    if (!covering.length) { reader.append(document.createTextNode(piece)); continue; }
    const span = el("span", { "data-kinds": covering.map((m) => `${m.kind}:${m.i}`).join(" "),
      class: [...new Set(covering.map((m) => `k-${m.kind}`))].join(" "), title: covering.map((m) => m.what).join("\n"), text: piece });
    span.addEventListener("mouseenter", () => describe(covering, doc));
    span.addEventListener("click", () => describe(covering, doc));
    reader.append(span);
  }
}

function describe(covering, doc) {
  const detail = clear(document.getElementById("article-detail"));
  for (const m of covering) {
    const line = el("div", {}, el("strong", { text: `${m.kind}: ` }), document.createTextNode(m.what));
    if (m.kind === "event") {
      const e = doc.events[m.i];
      line.append(document.createTextNode(` · ${e.date || ""} ${e.location ? `· ${e.location}` : ""} `),
        el("a", { href: `api/events?text=${encodeURIComponent(doc.text.slice(e.evidence[0], e.evidence[1]).slice(0, 150))}`, text: "record" }));
    }
    detail.append(line);
  }
}

function focusSpan(kind, index) {
  for (const node of document.querySelectorAll(".reader .focus")) node.classList.remove("focus");
  for (const node of document.querySelectorAll(".reader span[data-kinds]")) {
    if (node.dataset.kinds.split(" ").includes(`${kind}:${index}`)) node.classList.add("focus");
  }
}

// ---------- routing ----------
const VIEWS = { timeline: showTimeline, map: showMap, network: showNetwork, quotes: () => showQuotes(), articles: () => showArticles() };

async function route() {
  // data-ready/data-route say which route is fully drawn; cleared first, so a reader never takes the last one's.
  const hash = location.hash;
  delete document.body.dataset.ready;
  delete document.body.dataset.route;
  const [name, ...rest] = (hash.slice(1) || "timeline").split("/");
  const view = name === "article" ? "article" : (VIEWS[name] ? name : "timeline");
  for (const section of document.querySelectorAll(".view")) section.classList.toggle("active", section.id === `view-${view}`);
  for (const link of document.querySelectorAll("nav a[data-view]")) link.classList.toggle("active", link.dataset.view === view);
  try {
    await (view === "article" ? showArticle(decodeURIComponent(rest.join("/"))) : VIEWS[view]());
    if (location.hash !== hash) return;  // a newer route has started and will mark itself
    document.body.dataset.ready = view;
    document.body.dataset.route = hash;
  } catch (error) {
    status(`could not load: ${error.message}`);
  }
}

function formFilters(form) { return Object.fromEntries(new FormData(form).entries()); }

document.getElementById("quote-search").addEventListener("submit", (event) => { event.preventDefault(); showQuotes(formFilters(event.target)); });
document.getElementById("article-search").addEventListener("submit", (event) => { event.preventDefault(); showArticles(formFilters(event.target)); });
window.addEventListener("hashchange", route);
route();
