/* actorgraph report page, part 4 of 4: filters, timeline, search, keyboard, link to the view,
 * exports, and start-up (one draw). */

var status = document.getElementById("ag-view-status");
var hashTimer = null;

/* Recompute the view, then redraw once: the graph, the status line, the chips, the panel. */
function applyFilters(opts) {
  computeView();
  countBundles();
  hideTip();
  refresh();
  var levelNodes = 0;
  data.nodes.forEach(function (n) {
    if (nodeAtLevel(n)) levelNodes++;
  });
  var levelRels = primary.filter(function (e) {
    return ends(e) !== null;
  }).length;
  status.textContent =
    "Showing " + view.nodes.size.toLocaleString("en") + " of " + plural(levelNodes, "actor") +
    " · " + view.rels.length.toLocaleString("en") + " of " + plural(levelRels, "relation") +
    (copiesOf.size ? " (re-published copies counted once)" : "");
  renderChips();
  renderPanel();
  if (opts && opts.fit) fit(null, true);
  scheduleHash();
  return { nodes: view.nodes.size, edges: view.rels.length };
}
/* Redraw with the current view (selection highlight, labels), without recomputing it. */
function refresh() {
  updateFocus();
  draw();
}

// ---------------------------------------------------------------- view toggles
function setLevel(level) {
  state.level = level === "country" ? "country" : "actor";
  buildBundles();
  linkedNow = linkedActors();
  state.revealed = new Set();
  state.path = null;
  unconnectedControl();
  pressed("ag-level", state.level);
  var result = applyFilters();
  fit(null, false); // the two levels show different actors
  return result;
}
function setColour(mode) {
  state.colour = mode === "community" || (mode === "sector" && sectors.length) ? mode : "type";
  pressed("ag-colour", state.colour);
  document.getElementById("ag-legend-types").hidden = state.colour !== "type";
  document.getElementById("ag-legend-sectors").hidden = state.colour !== "sector";
  document.getElementById("ag-legend-communities").hidden = state.colour !== "community";
  renderPanel(); // the tables' swatches take the new colours
  refresh();
  scheduleHash();
}
function setSize(mode) {
  state.size = mode === "centrality" ? "centrality" : "mentions";
  pressed("ag-size", state.size);
  document.getElementById("ag-size-note").textContent = state.size === "centrality" ? "size = betweenness centrality" : "size = mentions";
  refresh();
  scheduleHash();
}
function pressed(group, value) {
  document.querySelectorAll("#" + group + " button").forEach(function (b) {
    b.setAttribute("aria-pressed", b.getAttribute("data-value") === value ? "true" : "false");
  });
}
function segmented(group, handler) {
  document.querySelectorAll("#" + group + " button").forEach(function (b) {
    b.addEventListener("click", function () {
      handler(b.getAttribute("data-value"));
    });
  });
}
segmented("ag-level", setLevel);
segmented("ag-colour", setColour);
segmented("ag-size", setSize);

// ---------------------------------------------------------------- filter menus
var FILTER_SETS = {
  actorTypes: function () { return allActorTypes; },
  sectors: function () { return sectors.concat([""]); },
  relTypes: function () { return allRelTypes; },
  kinds: function () { return allKinds; },
  statuses: function () { return STATUSES; },
};
function checkList(containerId, key, labelOf, colourOf) {
  var box = document.getElementById(containerId);
  clear(box);
  var values = FILTER_SETS[key]();
  var bar = el("div", "ag-menu-actions");
  [["All", values], ["None", []]].forEach(function (a) {
    var b = el("button", "ag-link-button", a[0]);
    b.type = "button";
    b.addEventListener("click", function () {
      state[key] = new Set(a[1]);
      syncControls();
      applyFilters({ fit: true });
    });
    append(bar, b);
  });
  append(box, bar);
  values.forEach(function (v) {
    var row = el("div", "ag-check-row");
    var label = el("label", "ag-check");
    var input = el("input");
    input.type = "checkbox";
    input.checked = state[key].has(v);
    input.value = v;
    input.setAttribute("data-filter", key);
    input.addEventListener("change", function () {
      if (input.checked) state[key].add(v);
      else state[key].delete(v);
      syncControls();
      applyFilters({ fit: true });
    });
    var sw = el("span", "ag-swatch");
    sw.style.background = colourOf(v);
    append(label, input, sw, el("span", null, labelOf(v)));
    var only = el("button", "ag-link-button ag-only", "only");
    only.type = "button";
    only.title = "Show only this";
    only.addEventListener("click", function () {
      state[key] = new Set([v]);
      syncControls();
      applyFilters({ fit: true });
    });
    append(row, label, only);
    append(box, row);
  });
}
var typeOfKind = new Map();
data.edges.forEach(function (e) {
  typeOfKind.set(e.type, e.kind);
});
var STATUS_SWATCH = { asserted: "#56606e", reported: "#8792a2", hypothetical: "#b5bdc8", negated: NEGATED_COLOUR };
function buildControls() {
  checkList("ag-f-actors", "actorTypes", function (t) { return style.node_labels[t]; }, typeColour);
  checkList("ag-f-types", "relTypes", function (t) { return t; }, function (t) { return edgeColour(typeOfKind.get(t)); });
  checkList("ag-f-kinds", "kinds", function (k) { return style.edge_labels[k]; }, edgeColour);
  checkList("ag-f-statuses", "statuses", function (s) { return style.status_labels[s]; }, function (s) { return STATUS_SWATCH[s]; });
  if (sectors.length) {
    checkList("ag-f-sectors", "sectors", sectorLabel, sectorColour);
    document.getElementById("ag-menu-sectors").hidden = false;
    document.querySelector("#ag-colour button[data-value=sector]").hidden = false;
    var legend = document.getElementById("ag-legend-sectors");
    sectors.concat([""]).forEach(function (s) {
      var item = el("button", "ag-legend-item");
      item.type = "button";
      item.setAttribute("data-filter", "sectors");
      item.setAttribute("data-value", s);
      var dot = el("span", "ag-dot");
      dot.style.background = sectorColour(s);
      append(item, dot, sectorLabel(s));
      append(legend, item);
    });
  }
  var select = document.getElementById("ag-f-doc");
  clear(select);
  var all = el("option", null, "All documents (" + citedDocs.length + ")");
  all.value = "";
  append(select, all);
  citedDocs.forEach(function (id) {
    var title = docLabel(id);
    var option = el("option", null, title.length > 90 ? title.slice(0, 88) + "…" : title);
    option.value = id;
    append(select, option);
  });
  buildTimeline();
  syncControls();
}
/* Put every control where the state is. */
function syncControls() {
  document.querySelectorAll(".ag-menu-body input[data-filter]").forEach(function (input) {
    input.checked = state[input.getAttribute("data-filter")].has(input.value);
  });
  document.querySelectorAll(".ag-legend-item[data-filter]").forEach(function (item) {
    var set = state[item.getAttribute("data-filter")];
    item.setAttribute("aria-pressed", set.has(item.getAttribute("data-value")) ? "true" : "false");
  });
  document.getElementById("ag-f-doc").value = state.doc;
  document.getElementById("ag-f-conf").value = String(state.minConfidence);
  document.getElementById("ag-f-conf-value").textContent = Math.round(state.minConfidence * 100) + "%";
  document.getElementById("ag-f-ego").value = String(state.ego);
  document.getElementById("ag-f-component").checked = state.component;
  document.getElementById("ag-f-undated").checked = state.undated;
  syncTimeline();
  unconnectedControl();
}
document.querySelectorAll(".ag-legend-item[data-filter]").forEach(function (item) {
  var key = item.getAttribute("data-filter");
  if (FILTER_SETS[key]().indexOf(item.getAttribute("data-value")) < 0) item.hidden = true; // not in this graph
  item.addEventListener("click", function () {
    var key = item.getAttribute("data-filter"), v = item.getAttribute("data-value");
    if (state[key].has(v)) state[key].delete(v);
    else state[key].add(v);
    syncControls();
    applyFilters({ fit: true });
  });
});
document.getElementById("ag-f-doc").addEventListener("change", function (ev) {
  state.doc = ev.target.value;
  applyFilters({ fit: true });
});
document.getElementById("ag-f-conf").addEventListener("input", function (ev) {
  state.minConfidence = Number(ev.target.value) || 0;
  document.getElementById("ag-f-conf-value").textContent = Math.round(state.minConfidence * 100) + "%";
  applyFilters();
});
document.getElementById("ag-f-ego").addEventListener("change", function (ev) {
  state.ego = Number(ev.target.value) || 0;
  if (state.ego && selectedAtLevel() === null) document.getElementById("ag-search-status").textContent = "Select an actor to see its neighbourhood.";
  applyFilters({ fit: true });
});
document.getElementById("ag-f-component").addEventListener("change", function (ev) {
  state.component = ev.target.checked;
  applyFilters({ fit: true });
});
document.getElementById("ag-f-undated").addEventListener("change", function (ev) {
  state.undated = ev.target.checked;
  applyFilters({ fit: true });
});
document.getElementById("ag-f-reset").addEventListener("click", function () {
  resetState();
  syncControls();
  applyFilters({ fit: true });
});

/* Actors without any relation: hidden unless the box is ticked (or one is searched for). */
function unconnectedControl() {
  var count = data.nodes.filter(function (n) {
    return nodeAtLevel(n) && !linkedNow.has(n.id);
  }).length;
  var box = document.getElementById("ag-f-unconnected");
  box.checked = state.unconnected;
  box.parentNode.hidden = count === 0 || linkedNow.size === 0;
  document.getElementById("ag-unconnected-count").textContent = count.toLocaleString("en");
}
document.getElementById("ag-f-unconnected").addEventListener("change", function (ev) {
  state.unconnected = ev.target.checked;
  state.revealed = new Set();
  applyFilters({ fit: true });
});
/* Show an unconnected actor hidden only for having no relation. */
function reveal(id) {
  if (view.nodes.has(id) || linkedNow.has(id) || !nodeById.has(id)) return;
  state.revealed.add(id);
}

// ---------------------------------------------------------------- chips of active filters
function renderChips() {
  var box = document.getElementById("ag-chips");
  clear(box);
  var chips = [];
  function chip(text, undo) {
    chips.push([text, undo]);
  }
  function setChip(key, label, names) {
    var all = FILTER_SETS[key]();
    if (state[key].size >= all.length) return;
    var shown = all.filter(function (v) { return state[key].has(v); });
    var text = shown.length === 0 ? "none" : shown.length <= 3 ? shown.map(names).join(", ") : shown.length + " of " + all.length;
    chip(label + ": " + text, function () {
      state[key] = new Set(all);
    });
  }
  setChip("actorTypes", "Actors", function (t) { return style.node_labels[t]; });
  if (sectors.length) setChip("sectors", "Sectors", function (s) { return s || "none"; });
  setChip("relTypes", "Types", function (t) { return t; });
  setChip("kinds", "Classes", function (k) { return style.edge_labels[k]; });
  setChip("statuses", "Status", function (s) { return s; });
  if (state.doc !== "") chip("Document: " + docLabel(state.doc), function () { state.doc = ""; });
  if (state.dateFrom || state.dateTo) chip("Dates: " + dateRangeText(), function () { state.dateFrom = state.dateTo = ""; });
  if (!state.undated) chip("Undated hidden", function () { state.undated = true; });
  if (state.minConfidence > 0) chip("Confidence ≥ " + Math.round(state.minConfidence * 100) + "%", function () { state.minConfidence = 0; });
  if (state.ego && selectedAtLevel() !== null) chip(state.ego + "-hop neighbourhood of " + nameOf(selectedAtLevel()), function () { state.ego = 0; });
  if (state.component) chip("Largest component", function () { state.component = false; });
  chips.forEach(function (c) {
    var b = el("button", "ag-chip");
    b.type = "button";
    append(b, u(c[0]), el("span", "ag-chip-x", "×"));
    b.title = "Remove this filter";
    b.addEventListener("click", function () {
      c[1]();
      syncControls();
      applyFilters({ fit: true });
    });
    append(box, b);
  });
  box.hidden = !chips.length;
}

// ---------------------------------------------------------------- the timeline
/* Relations per day, week, month or year (whichever gives at most ~120 bars) over the dated
 * relations. A relation dated by a year or month alone covers several bars: it is drawn lighter
 * in each. Dragging across the bars (or the arrow keys) sets the date range, bar by bar. */
var DAY = 86400000;
var timeline = { bins: [], from: -1, to: -1 };
function dayNumber(iso) {
  return Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / DAY;
}
function isoOf(day) {
  return new Date(day * DAY).toISOString().slice(0, 10);
}
var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
function dayLabel(iso) {
  return +iso.slice(8, 10) + " " + MONTHS[+iso.slice(5, 7) - 1] + " " + iso.slice(0, 4);
}
function dateRangeText() {
  var a = state.dateFrom ? dayLabel(state.dateFrom) : "start";
  var b = state.dateTo ? dayLabel(state.dateTo) : "end";
  return a === b ? a : a + " – " + b;
}
function buildTimeline() {
  var spans = [];
  primary.forEach(function (e) {
    var s = e.date ? data.dates[e.date] : undefined;
    if (s) spans.push([dayNumber(s[0]), dayNumber(s[1])]);
  });
  var undated = primary.length - spans.length;
  document.getElementById("ag-undated-count").textContent = undated.toLocaleString("en");
  document.getElementById("ag-undated-toggle").hidden = undated === 0;
  var row = document.getElementById("ag-timeline-row");
  var box = document.getElementById("ag-timeline");
  clear(box);
  timeline.bins = [];
  if (!spans.length) {
    row.hidden = undated === 0;
    box.hidden = true;
    document.getElementById("ag-f-dates").textContent = "no dated relations";
    return;
  }
  var lo = Infinity, hi = -Infinity, first = "", last = "";
  primary.forEach(function (e) {
    var s = e.date ? data.dates[e.date] : undefined;
    if (!s) return;
    if (dayNumber(s[0]) < lo) (lo = dayNumber(s[0])), (first = s[2]);
    if (dayNumber(s[1]) > hi) (hi = dayNumber(s[1])), (last = s[2]);
  });
  timeline.span = first === last ? first : first + " – " + last; // each end at its own precision
  var unit = hi - lo <= 120 ? "day" : hi - lo <= 7 * 120 ? "week" : hi - lo <= 31 * 120 ? "month" : "year";
  var bins = [];
  var cursor = lo;
  while (cursor <= hi) {
    var iso = isoOf(cursor), end;
    if (unit === "day") end = cursor;
    else if (unit === "week") end = cursor + 6;
    else if (unit === "month") end = Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7), 0) / DAY;
    else end = Date.UTC(+iso.slice(0, 4) + 1, 0, 0) / DAY;
    bins.push({ start: cursor, end: end, exact: 0, wide: 0 });
    cursor = end + 1;
  }
  spans.forEach(function (s) {
    for (var i = 0; i < bins.length; i++) {
      var b = bins[i];
      if (s[1] < b.start || s[0] > b.end) continue;
      if (s[0] >= b.start && s[1] <= b.end) b.exact++;
      else b.wide++;
    }
  });
  timeline.bins = bins;
  timeline.unit = unit;
  var max = Math.max.apply(null, bins.map(function (b) { return b.exact + b.wide; }).concat([1]));
  var NS = "http://www.w3.org/2000/svg";
  var svg = document.createElementNS(NS, "svg");
  svg.setAttribute("viewBox", "0 0 " + bins.length + " 100");
  svg.setAttribute("preserveAspectRatio", "none");
  svg.setAttribute("aria-hidden", "true");
  bins.forEach(function (b, i) {
    [["wide", b.wide, b.exact], ["exact", b.exact, 0]].forEach(function (part) {
      if (!part[1]) return;
      var r = document.createElementNS(NS, "rect");
      var h = (96 * part[1]) / max, below = (96 * part[2]) / max;
      r.setAttribute("x", i + 0.1);
      r.setAttribute("width", 0.8);
      r.setAttribute("y", 100 - below - h);
      r.setAttribute("height", h);
      r.setAttribute("class", "ag-bin-" + part[0]);
      svg.appendChild(r);
    });
  });
  var sel = document.createElementNS(NS, "rect");
  sel.setAttribute("class", "ag-brush");
  sel.setAttribute("y", 0);
  sel.setAttribute("height", 100);
  svg.appendChild(sel);
  timeline.brush = sel;
  box.appendChild(svg);
  box.title = plural(spans.length, "dated relation") + " per " + unit + " (lighter: dated only by a month or year)";
}
function binAt(clientX) {
  var r = document.getElementById("ag-timeline").getBoundingClientRect();
  var i = Math.floor(((clientX - r.left) / Math.max(r.width, 1)) * timeline.bins.length);
  return Math.max(0, Math.min(timeline.bins.length - 1, i));
}
function setBins(a, b) {
  var bins = timeline.bins;
  var i = Math.min(a, b), j = Math.max(a, b);
  if (i <= 0 && j >= bins.length - 1) {
    state.dateFrom = state.dateTo = "";
  } else {
    state.dateFrom = isoOf(bins[i].start);
    state.dateTo = isoOf(bins[j].end);
  }
  syncTimeline();
  applyFilters({ fit: true });
}
/* The brush and the label show exactly the filter's range. */
function syncTimeline() {
  var bins = timeline.bins, box = document.getElementById("ag-timeline");
  var label = document.getElementById("ag-f-dates");
  if (!bins.length) return;
  var i = 0, j = bins.length - 1;
  if (state.dateFrom) while (i < bins.length - 1 && isoOf(bins[i].end) < state.dateFrom) i++;
  if (state.dateTo) while (j > 0 && isoOf(bins[j].start) > state.dateTo) j--;
  timeline.from = i;
  timeline.to = Math.max(i, j);
  var active = state.dateFrom || state.dateTo;
  timeline.brush.setAttribute("x", active ? i : 0);
  timeline.brush.setAttribute("width", active ? timeline.to - i + 1 : 0);
  var text = active ? dateRangeText() : "all dates: " + timeline.span;
  label.textContent = text;
  box.setAttribute("aria-valuetext", text);
}
(function () {
  var box = document.getElementById("ag-timeline");
  var anchor = null;
  box.addEventListener("pointerdown", function (ev) {
    if (!timeline.bins.length) return;
    anchor = binAt(ev.clientX);
    box.setPointerCapture(ev.pointerId);
    timeline.brush.setAttribute("x", anchor);
    timeline.brush.setAttribute("width", 1);
  });
  box.addEventListener("pointermove", function (ev) {
    if (anchor === null) return;
    var b = binAt(ev.clientX);
    timeline.brush.setAttribute("x", Math.min(anchor, b));
    timeline.brush.setAttribute("width", Math.abs(anchor - b) + 1);
  });
  box.addEventListener("pointerup", function (ev) {
    if (anchor === null) return;
    var b = binAt(ev.clientX);
    var a = anchor;
    anchor = null;
    setBins(a, b);
  });
  box.addEventListener("keydown", function (ev) {
    var n = timeline.bins.length;
    if (!n) return;
    var active = state.dateFrom || state.dateTo;
    var i = active ? timeline.from : 0, j = active ? timeline.to : n - 1;
    if (ev.key === "Escape") {
      if (!active) return;
      state.dateFrom = state.dateTo = "";
      syncTimeline();
      applyFilters({ fit: true });
    } else if (ev.key === "ArrowLeft" || ev.key === "ArrowRight") {
      var step = ev.key === "ArrowLeft" ? -1 : 1;
      if (ev.shiftKey) j = Math.max(i, Math.min(n - 1, j + step));
      else if (!active) i = j = step < 0 ? n - 1 : 0;
      else if (i + step >= 0 && j + step <= n - 1) {
        i += step;
        j += step;
      }
      setBins(i, j);
    } else if (ev.key === "Home" || ev.key === "End") {
      setBins(0, n - 1);
    } else return;
    ev.preventDefault();
    ev.stopPropagation();
  });
})();

/* "2019" from, or to: its first or last day. */
function boundDay(d, end) {
  d = String(d).slice(0, 10);
  if (/^\d{4}$/.test(d)) return d + (end ? "-12-31" : "-01-01");
  if (/^\d{4}-\d{2}$/.test(d)) return end ? isoOf(Date.UTC(+d.slice(0, 4), +d.slice(5, 7), 0) / DAY) : d + "-01";
  return /^\d{4}-\d{2}-\d{2}$/.test(d) ? d : "";
}

/* Set filters from a script (tests, the URL): any of actorTypes, sectors, relTypes, kinds,
 * statuses (arrays), dateFrom, dateTo (YYYY, YYYY-MM or YYYY-MM-DD; "" for no bound), undated,
 * doc (document id, "" for all), minConfidence (0..1), ego (0, 1, 2), component, unconnected.
 * Returns the visible counts. */
function setFilter(f) {
  ["actorTypes", "sectors", "relTypes", "kinds", "statuses"].forEach(function (key) {
    if (Array.isArray(f[key])) {
      var known = FILTER_SETS[key]();
      state[key] = new Set(f[key].filter(function (v) { return known.indexOf(v) >= 0; }));
    }
  });
  if (f.dateFrom !== undefined) state.dateFrom = f.dateFrom ? boundDay(f.dateFrom, false) : "";
  if (f.dateTo !== undefined) state.dateTo = f.dateTo ? boundDay(f.dateTo, true) : "";
  if (f.undated !== undefined) state.undated = !!f.undated;
  if (f.doc !== undefined) state.doc = citedDocs.indexOf(f.doc) >= 0 ? f.doc : "";
  if (f.minConfidence !== undefined) state.minConfidence = Math.max(0, Math.min(1, Number(f.minConfidence) || 0));
  if (f.ego !== undefined) state.ego = [0, 1, 2].indexOf(Number(f.ego)) >= 0 ? Number(f.ego) : 0;
  if (f.component !== undefined) state.component = !!f.component;
  if (f.unconnected !== undefined) {
    state.unconnected = !!f.unconnected;
    state.revealed = new Set();
  }
  syncControls();
  return applyFilters();
}

/* Filter menus: one open at a time, closed by a click elsewhere or Escape (focus stays). */
var menus = Array.prototype.slice.call(document.querySelectorAll("details.ag-menu"));
function closeMenus(except) {
  var closed = false;
  menus.forEach(function (m) {
    if (m !== except && m.open) {
      m.open = false;
      closed = true;
    }
  });
  return closed;
}
menus.forEach(function (m) {
  m.addEventListener("toggle", function () {
    if (m.open) closeMenus(m);
  });
});
document.addEventListener("click", function (ev) {
  if (!menus.some(function (m) { return m.contains(ev.target); })) closeMenus(null);
  if (!document.querySelector(".ag-search").contains(ev.target)) closeResults();
});
document.addEventListener("keydown", function (ev) {
  if (ev.key !== "Escape") return;
  var inMenu = menus.filter(function (m) { return m.open && m.contains(document.activeElement); })[0];
  if (closeMenus(null)) {
    if (inMenu) inMenu.querySelector("summary").focus(); // back to the menu's button, not the page
    return;
  }
  if (document.activeElement === container && (state.selected || state.path)) select(null);
});

// ---------------------------------------------------------------- search, with a list of matches
var input = document.getElementById("ag-search-input");
var searchStatus = document.getElementById("ag-search-status");
var resultsBox = document.getElementById("ag-search-results");
var searchIndex = [];
data.nodes.forEach(function (n) {
  if (n.country_only) return;
  searchIndex.push({ id: n.id, text: n.name.toLowerCase(), surface: n.name, how: "name" });
  n.aliases.forEach(function (a) {
    searchIndex.push({ id: n.id, text: String(a).toLowerCase(), surface: String(a), how: "alias" });
  });
  if (n.code) searchIndex.push({ id: n.id, text: n.code.toLowerCase(), surface: n.code, how: "code" });
  searchIndex.push({ id: n.id, text: n.id.toLowerCase(), surface: n.id, how: "id" });
});
/* Actors matching a query, best first, each with why: exact, then prefix, then inside a word;
 * names before aliases. */
function searchActors(query) {
  var q = query.trim().toLowerCase();
  if (!q) return [];
  var found = new Map();
  var tests = [
    function (t) { return t === q; },
    function (t) { return t.indexOf(q) === 0; },
    function (t) { return t.indexOf(q) > 0; },
  ];
  tests.forEach(function (test, rank) {
    ["name", "alias", "code", "id"].forEach(function (how) {
      searchIndex.forEach(function (entry) {
        if (entry.how !== how || found.has(entry.id) || !test(entry.text)) return;
        var n = nodeById.get(entry.id);
        var reason = how === "name" ? (rank === 0 ? "name" : "name contains “" + query.trim() + "”") : how + ": " + entry.surface + " → " + n.name;
        found.set(entry.id, { id: entry.id, reason: reason });
      });
    });
  });
  return Array.from(found.values());
}
var results = { items: [], active: 0 };
function closeResults() {
  resultsBox.hidden = true;
  input.setAttribute("aria-expanded", "false");
  input.removeAttribute("aria-activedescendant");
}
function renderResults() {
  clear(resultsBox);
  results.items.slice(0, 12).forEach(function (r, i) {
    var li = el("li", "ag-result" + (i === results.active ? " ag-active" : ""));
    li.id = "ag-result-" + i;
    li.setAttribute("role", "option");
    li.setAttribute("aria-selected", i === results.active ? "true" : "false");
    var n = nodeById.get(r.id);
    append(li, u(n.name, "ag-result-name"), el("span", "ag-result-why", r.reason + (view.nodes.has(state.level === "country" && n.fold ? n.fold : n.id) ? "" : " · hidden")));
    li.addEventListener("mousedown", function (ev) {
      ev.preventDefault();
      choose(i);
    });
    append(resultsBox, li);
  });
  if (results.items.length > 12) append(resultsBox, el("li", "ag-result ag-muted", "and " + (results.items.length - 12) + " more: type more letters"));
  resultsBox.hidden = !results.items.length;
  input.setAttribute("aria-expanded", results.items.length ? "true" : "false");
  if (results.items.length) input.setAttribute("aria-activedescendant", "ag-result-" + results.active);
}
function choose(i) {
  var r = results.items[i];
  if (!r) return null;
  closeResults();
  var id = r.id;
  focusNode(id);
  var shown = selectedAtLevel();
  var n = nodeById.get(id);
  var msg = n.name + " (" + r.reason + ")";
  if (results.items.length > 1) msg = "1 of " + results.items.length + " matches: " + msg;
  if (shown !== id) msg += ", drawn as " + nameOf(shown);
  if (!view.nodes.has(shown)) msg += ". Hidden by the filters.";
  else if (state.revealed.has(id)) msg += ". Shown, though it has no relations.";
  searchStatus.textContent = msg;
  return shown;
}
function search() {
  results.items = searchActors(input.value);
  results.active = 0;
  if (!results.items.length) {
    searchStatus.textContent = input.value.trim() ? "No actor matches." : "";
    closeResults();
    return null;
  }
  return choose(0);
}
input.addEventListener("input", function () {
  results.items = searchActors(input.value);
  results.active = 0;
  searchStatus.textContent = input.value.trim() && !results.items.length ? "No actor matches." : "";
  renderResults();
});
input.addEventListener("keydown", function (ev) {
  if (ev.key === "ArrowDown" || ev.key === "ArrowUp") {
    if (!results.items.length) return;
    var n = Math.min(results.items.length, 12);
    results.active = (results.active + (ev.key === "ArrowDown" ? 1 : n - 1)) % n;
    renderResults();
    ev.preventDefault();
  } else if (ev.key === "Enter") {
    ev.preventDefault();
    if (!resultsBox.hidden && results.items.length) choose(results.active);
    else search();
  } else if (ev.key === "Escape" && !resultsBox.hidden) {
    closeResults();
    ev.stopPropagation();
  }
});

// ---------------------------------------------------------------- keyboard on the graph
container.addEventListener("keydown", function (ev) {
  var handled = true;
  if (ev.key === "+" || ev.key === "=") zoomBy(1.5);
  else if (ev.key === "-" || ev.key === "_") zoomBy(1 / 1.5);
  else if (ev.key === "0") fit(null, true);
  else if (ev.key === "ArrowLeft") panBy(-1, 0);
  else if (ev.key === "ArrowRight") panBy(1, 0);
  else if (ev.key === "ArrowUp") panBy(0, 1);
  else if (ev.key === "ArrowDown") panBy(0, -1);
  else handled = false;
  if (handled) ev.preventDefault();
});
document.getElementById("ag-fit").addEventListener("click", function () {
  fit(null, true);
});
document.getElementById("ag-zoom-in").addEventListener("click", function () {
  zoomBy(1.5);
});
document.getElementById("ag-zoom-out").addEventListener("click", function () {
  zoomBy(1 / 1.5);
});
var labelsButton = document.getElementById("ag-edge-labels");
function setEdgeLabels(on) {
  state.edgeLabels = !!on;
  labelsButton.setAttribute("aria-pressed", state.edgeLabels ? "true" : "false");
  refresh();
}
labelsButton.addEventListener("click", function () {
  setEdgeLabels(!state.edgeLabels);
});

// ---------------------------------------------------------------- the view in the URL
/* level, colour, size, filters, selection and camera after "#"; read at start, untrusted. */
function viewHash() {
  var p = new URLSearchParams();
  if (state.level !== "actor") p.set("level", state.level);
  if (state.colour !== "type") p.set("colour", state.colour);
  if (state.size !== "mentions") p.set("size", state.size);
  Object.keys(FILTER_SETS).forEach(function (key) {
    var all = FILTER_SETS[key]();
    if (state[key].size < all.length) p.set(key, JSON.stringify(all.filter(function (v) { return state[key].has(v); })));
  });
  if (state.dateFrom) p.set("from", state.dateFrom);
  if (state.dateTo) p.set("to", state.dateTo);
  if (!state.undated) p.set("undated", "0");
  if (state.doc) p.set("doc", state.doc);
  if (state.minConfidence) p.set("conf", String(state.minConfidence));
  if (state.ego) p.set("ego", String(state.ego));
  if (state.component) p.set("component", "1");
  if (state.selected) p.set(state.selected.kind, state.selected.id);
  p.set("camera", [camera.x.toFixed(1), camera.y.toFixed(1), camera.zoom.toFixed(4)].join(","));
  return p.toString();
}
function scheduleHash() {
  if (hashTimer !== null) clearTimeout(hashTimer);
  hashTimer = setTimeout(function () {
    hashTimer = null;
    try {
      history.replaceState(null, "", "#" + viewHash());
    } catch (err) {
      // an iframe srcdoc (notebooks) has no URL to change
    }
  }, 250);
}
function readHash(hash) {
  var p;
  try {
    p = new URLSearchParams(String(hash || "").replace(/^#/, ""));
  } catch (err) {
    return false;
  }
  if (!Array.from(p.keys()).length) return false;
  if (p.get("level") === "country") {
    state.level = "country";
    buildBundles();
    linkedNow = linkedActors();
    pressed("ag-level", "country");
  }
  if (p.has("colour")) setColour(p.get("colour"));
  if (p.has("size")) setSize(p.get("size"));
  var f = {};
  Object.keys(FILTER_SETS).forEach(function (key) {
    if (!p.has(key)) return;
    try {
      var list = JSON.parse(p.get(key));
      if (Array.isArray(list)) f[key] = list.map(String);
    } catch (err) {
      // ignore a damaged part of the link
    }
  });
  if (p.has("from")) f.dateFrom = p.get("from");
  if (p.has("to")) f.dateTo = p.get("to");
  if (p.get("undated") === "0") f.undated = false;
  if (p.has("doc")) f.doc = p.get("doc");
  if (p.has("conf")) f.minConfidence = p.get("conf");
  if (p.has("ego")) f.ego = p.get("ego");
  if (p.get("component") === "1") f.component = true;
  if (p.has("node") && nodeById.has(p.get("node"))) state.selected = { kind: "node", id: p.get("node") };
  else if (p.has("edge") && edgeById.has(p.get("edge"))) state.selected = { kind: "edge", id: p.get("edge") };
  setFilter(f);
  var cam = (p.get("camera") || "").split(",").map(Number);
  if (cam.length === 3 && cam.every(isFinite) && cam[2] > 0) {
    setCamera({ x: cam[0], y: cam[1], zoom: cam[2] });
    return true;
  }
  return "filters";
}

// ---------------------------------------------------------------- exports
function csvCell(value) {
  var s = value === null || value === undefined ? "" : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = "'" + s; // spreadsheets would run it as a formula
  return /[",\n\r]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
}
function viewCSV() {
  var head = ["id", "source_id", "source_name", "target_id", "target_name", "type", "quad_class", "status", "directed", "goldstein", "confidence", "date", "doc_id", "document", "also_in", "predicate", "sentence"];
  var lines = [head.join(",")];
  view.rels.slice().sort(byDate).forEach(function (e) {
    lines.push(
      [e.id, e.from, nameOf(e.from), e.to, nameOf(e.to), e.type, e.quad_class, e.status, e.directed, e.goldstein, e.confidence, e.date, e.doc_id, docLabel(e.doc_id), docsOf(e).slice(1).join(" "), e.predicate, e.sentence]
        .map(csvCell)
        .join(",")
    );
  });
  return lines.join("\r\n") + "\r\n";
}
function fileStem() {
  return (data.meta.title || "actorgraph").replace(/[^\w\-]+/g, "_").slice(0, 60) || "actorgraph";
}
document.getElementById("ag-export-png").addEventListener("click", function () {
  var png = viewPNG();
  if (png) download(fileStem() + ".png", "image/png", png);
  closeMenus(null);
});
document.getElementById("ag-export-svg").addEventListener("click", function () {
  var svg = viewSVG();
  if (svg) download(fileStem() + ".svg", "image/svg+xml", svg);
  closeMenus(null);
});
document.getElementById("ag-export-csv").addEventListener("click", function () {
  download(fileStem() + "_relations.csv", "text/csv", "\ufeff" + viewCSV());
  closeMenus(null);
});
document.getElementById("ag-copy-link").addEventListener("click", function () {
  var link = location.href.split("#")[0] + "#" + viewHash();
  var done = function () {
    searchStatus.textContent = "Link to this view copied.";
  };
  try {
    navigator.clipboard.writeText(link).then(done, function () {
      searchStatus.textContent = link;
    });
  } catch (err) {
    searchStatus.textContent = link;
  }
  closeMenus(null);
});

// ---------------------------------------------------------------- start: build, then draw once
handlers.clickNode = function (n) {
  showNode(n.id);
};
handlers.clickEdge = function (b) {
  var first = view.rels.filter(function (e) { return bundleOf.get(e.id) === b; }).sort(byDate)[0];
  if (first) showEdge(first.id);
};
handlers.clickStage = function () {
  if (state.selected || state.path) select(null);
};
cameraListeners.push(scheduleHash);
resize();
buildBundles();
buildControls();
computeView();
countBundles();
var fromLink = readHash(location.hash);
if (fromLink !== true) fit(null, false);
applyFilters(); // the one drawing at start
var ready = Promise.resolve(true);

window.actorgraph = {
  ready: ready,
  data: data,
  state: state,
  view: view,
  bundles: function () {
    return bundles;
  },
  showEdge: showEdge,
  showNode: showNode,
  showOverview: showOverview,
  showPath: showPath,
  searchActors: searchActors,
  focusNode: focusNode,
  setFilter: setFilter,
  setLevel: setLevel,
  setColour: setColour,
  setSize: setSize,
  setEdgeLabels: setEdgeLabels,
  fit: fit,
  viewHash: viewHash,
  viewCSV: viewCSV,
  viewSVG: viewSVG,
  viewPNG: viewPNG,
  stats: viewStats,
  camera: function () {
    return { x: camera.x, y: camera.y, zoom: camera.zoom };
  },
  setCamera: setCamera,
  /* Screen position of an actor (viewport pixels of the page), or null when not drawn. */
  nodePoint: function (id) {
    var n = nodeById.get(id);
    if (!n || !view.nodes.has(id)) return null;
    var p = toScreen(n.x, n.y);
    var r = container.getBoundingClientRect();
    return { x: r.left + p[0], y: r.top + p[1] };
  },
  nodeLook: function (id) {
    return nodeById.has(id) ? nodeLook(nodeById.get(id)) : null;
  },
  bundleLook: function (key) {
    var b = bundles[+String(key).slice(1)];
    return b ? bundleLook(b) : null;
  },
  labelsDrawn: function () {
    return drawn.labels.slice();
  },
  visibleNodes: function () {
    return Array.from(view.nodes).sort();
  },
  visibleEdges: function () {
    return view.rels.map(function (e) { return e.id; }).sort();
  },
  reset: function () {
    resetState();
    syncControls();
    return applyFilters();
  },
};
