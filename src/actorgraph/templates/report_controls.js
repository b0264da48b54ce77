/* actorgraph report page, part 4 of 4: filters, view toggles, search, events. */

var container = document.getElementById("ag-graph");
var network = new vis.Network(container, { nodes: nodeView, edges: edgeView }, options);
var drawnAt = null;
network.once("afterDrawing", function () {
  drawnAt = performance.now();
});
network.on("afterDrawing", drawLabels);
network.on("hoverNode", function (params) {
  labelHover = params.node;
});
network.on("blurNode", function () {
  labelHover = null;
});
var status = document.getElementById("ag-view-status");

// ---------------------------------------------------------------- filter model
/* The date slider's stops: the distinct days or spans of the relations' dates ("2019" is the
 * span 2019-01-01..2019-12-31), ordered by first then last day; each is [first, last, label]. */
var dateStops = (function () {
  var byKey = new Map();
  data.edges.forEach(function (e) {
    var span = e.date ? data.dates[e.date] : undefined;
    if (span) byKey.set(span[0] + "/" + span[1], span);
  });
  return Array.from(byKey.values()).sort(function (a, b) {
    return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0;
  });
})();
var undatedCount = data.edges.filter(function (e) {
  return !(e.date && data.dates[e.date]);
}).length;
/* Which actors have a relation (any, affiliations included) at the current level. */
function linkedActors() {
  var linked = new Set();
  data.edges.forEach(function (e) {
    var p = ends(e);
    if (p) {
      linked.add(p[0]);
      linked.add(p[1]);
    }
  });
  return linked;
}
var linkedNow = linkedActors();
var allActorTypes = Object.keys(style.node_labels).filter(function (t) {
  return data.nodes.some(function (n) { return n.type === t; });
});
var allRelTypes = data.tables.types.map(function (t) { return t[0]; }).filter(function (t) {
  return data.edges.some(function (e) { return e.type === t; });
});
var allKinds = Object.keys(style.edge_labels).filter(function (k) {
  return data.edges.some(function (e) { return e.kind === k; });
});
var citedDocs = Array.from(new Set(data.edges.map(function (e) { return e.doc_id; }).filter(function (d) { return d !== null; })));

function resetState() {
  state.actorTypes = new Set(allActorTypes);
  state.relTypes = new Set(allRelTypes);
  state.kinds = new Set(allKinds);
  state.dateFrom = "";
  state.dateTo = "";
  state.doc = "";
  state.unconnected = false;
  state.revealed = new Set();
}
resetState();

function edgeFiltersActive() {
  return (
    state.relTypes.size < allRelTypes.length ||
    state.kinds.size < allKinds.length ||
    state.dateFrom !== "" ||
    state.dateTo !== "" ||
    state.doc !== ""
  );
}
function nodeAtLevel(n) {
  return state.level === "country" ? !n.fold : !n.country_only;
}
function edgePasses(e) {
  if (!state.relTypes.has(e.type) || !state.kinds.has(e.kind)) return false;
  if (state.doc !== "" && e.doc_id !== state.doc) return false;
  if (state.dateFrom !== "" || state.dateTo !== "") {
    // undated relations are shown until the range is narrowed; a span shows if it overlaps
    var span = e.date ? data.dates[e.date] : undefined;
    if (!span) return false;
    if (state.dateFrom !== "" && span[1] < state.dateFrom) return false;
    if (state.dateTo !== "" && span[0] > state.dateTo) return false;
  }
  return true;
}

/* Recompute what is visible and refresh the DataViews the network draws. */
function applyFilters() {
  var nodeOk = new Set();
  data.nodes.forEach(function (n) {
    if (nodeAtLevel(n) && state.actorTypes.has(n.type)) nodeOk.add(n.id);
  });
  var edgesOn = new Set();
  var touched = new Set();
  data.edges.forEach(function (e) {
    var p = ends(e);
    if (!p || !nodeOk.has(p[0]) || !nodeOk.has(p[1]) || !edgePasses(e)) return;
    edgesOn.add(e.id);
    touched.add(p[0]);
    touched.add(p[1]);
  });
  var narrowed = edgeFiltersActive();
  // actors without any relation are hidden unless asked for (or unless no actor has one)
  var allUnconnected = state.unconnected || linkedNow.size === 0;
  var nodesOn = new Set();
  nodeOk.forEach(function (id) {
    if (state.revealed.has(id) || (narrowed ? touched.has(id) : allUnconnected || linkedNow.has(id))) nodesOn.add(id);
  });
  visibleNodes = nodesOn;
  visibleEdges = edgesOn;
  nodeView.refresh();
  edgeView.refresh();
  var levelNodes = data.nodes.filter(nodeAtLevel).length;
  var levelEdges = data.edges.filter(function (e) { return ends(e) !== null; }).length;
  status.textContent =
    "Showing " + nodesOn.size.toLocaleString("en") + " of " + plural(levelNodes, "actor") +
    " · " + edgesOn.size.toLocaleString("en") + " of " + plural(levelEdges, "relation");
  return { nodes: nodesOn.size, edges: edgesOn.size };
}

// ---------------------------------------------------------------- view toggles
function setLevel(level) {
  state.level = level === "country" ? "country" : "actor";
  var counts = pairCounts();
  var labels = edgeLabels();
  edges.update(
    data.edges.map(function (e) {
      var item = edgeGeometry(e, counts);
      item.label = labels.get(e.id) || "";
      return item;
    })
  );
  linkedNow = linkedActors();
  state.revealed = new Set();
  unconnectedControl();
  pressed("ag-level", state.level);
  var result = applyFilters();
  fit(); // the two levels show different actors
  showOverview();
  return result;
}
function setColour(mode) {
  state.colour = mode === "community" ? "community" : "type";
  nodes.update(data.nodes.map(function (n) { return { id: n.id, color: nodeStyle(n) }; }));
  pressed("ag-colour", state.colour);
  document.getElementById("ag-legend-types").hidden = state.colour !== "type";
  document.getElementById("ag-legend-communities").hidden = state.colour !== "community";
}
function setSize(mode) {
  state.size = mode === "centrality" ? "centrality" : "mentions";
  labelOrder = null; // names follow the sizes shown
  nodes.update(data.nodes.map(function (n) { return { id: n.id, size: state.size === "centrality" ? n.size_c : n.size }; }));
  pressed("ag-size", state.size);
  document.getElementById("ag-size-note").textContent =
    state.size === "centrality" ? "size = betweenness centrality" : "size = mentions";
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

// ---------------------------------------------------------------- filter controls
function checkList(containerId, values, labelOf, colourOf, selected) {
  var box = document.getElementById(containerId);
  clear(box);
  values.forEach(function (v) {
    var label = el("label", "ag-check");
    var input = el("input");
    input.type = "checkbox";
    input.checked = true;
    input.value = v;
    input.addEventListener("change", function () {
      if (input.checked) selected().add(v);
      else selected().delete(v);
      applyFilters();
    });
    var sw = el("span", "ag-swatch");
    sw.style.background = colourOf(v);
    append(label, input, sw, el("span", null, labelOf(v)));
    append(box, label);
  });
}
var typeOfKind = new Map();
data.edges.forEach(function (e) {
  typeOfKind.set(e.type, e.kind);
});
function buildControls() {
  checkList("ag-f-actors", allActorTypes, function (t) { return style.node_labels[t]; }, typeColour, function () { return state.actorTypes; });
  checkList("ag-f-types", allRelTypes, function (t) { return t; }, function (t) { return edgeColour(typeOfKind.get(t)); }, function () { return state.relTypes; });
  checkList("ag-f-kinds", allKinds, function (k) { return style.edge_labels[k]; }, edgeColour, function () { return state.kinds; });
  var select = document.getElementById("ag-f-doc");
  clear(select);
  var all = el("option", null, "All documents (" + citedDocs.length + ")");
  all.value = "";
  append(select, all);
  citedDocs.forEach(function (id) {
    var doc = data.documents[id];
    var title = doc && doc.title ? doc.title : "document " + id;
    var option = el("option", null, title.length > 90 ? title.slice(0, 88) + "…" : title);
    option.value = id;
    append(select, option);
  });
  select.value = "";
  var from = document.getElementById("ag-f-from"), to = document.getElementById("ag-f-to");
  [from, to].forEach(function (r) {
    r.min = "0";
    r.max = String(Math.max(dateStops.length - 1, 0));
    r.disabled = dateStops.length < 2;
  });
  var dates = from.closest(".ag-dates");
  dates.hidden = dateStops.length < 2; // nothing to slide over
  dates.title =
    "Relation dates. A year or a month alone counts as every day in it." +
    (undatedCount
      ? " " + plural(undatedCount, "relation") + " without a date " + (undatedCount === 1 ? "is" : "are") +
        " shown until you narrow the range."
      : "");
  syncDates();
  unconnectedControl();
}
/* Put the sliders and their label where state.dateFrom and state.dateTo are. */
function syncDates() {
  var last = Math.max(dateStops.length - 1, 0);
  var i = 0, j = last;
  if (state.dateFrom !== "") while (i < last && dateStops[i][1] < state.dateFrom) i++;
  if (state.dateTo !== "") while (j > 0 && dateStops[j][0] > state.dateTo) j--;
  document.getElementById("ag-f-from").value = String(i);
  document.getElementById("ag-f-to").value = String(Math.max(i, j));
  var label = document.getElementById("ag-f-dates");
  if (!dateStops.length) label.textContent = "no dates";
  else if (dateStops[i][2] === dateStops[Math.max(i, j)][2]) label.textContent = dateStops[i][2];
  else label.textContent = dateStops[i][2] + " – " + dateStops[Math.max(i, j)][2];
}
document.getElementById("ag-f-doc").addEventListener("change", function (ev) {
  state.doc = ev.target.value;
  applyFilters();
});
["ag-f-from", "ag-f-to"].forEach(function (id) {
  document.getElementById(id).addEventListener("input", function (ev) {
    var from = document.getElementById("ag-f-from"), to = document.getElementById("ag-f-to");
    var a = Number(from.value), b = Number(to.value), last = dateStops.length - 1;
    if (a > b) {
      // the thumbs do not cross: the one moved stops at the other
      if (ev.target === from) a = b;
      else b = a;
    }
    state.dateFrom = a <= 0 ? "" : dateStops[a][0];
    state.dateTo = b >= last ? "" : dateStops[b][1];
    syncDates();
    applyFilters();
  });
});
document.getElementById("ag-f-reset").addEventListener("click", function () {
  resetState();
  buildControls();
  applyFilters();
});

/* Actors without any relation: hidden unless the box is ticked (or one is searched for). */
function unconnectedCount() {
  return data.nodes.filter(function (n) {
    return nodeAtLevel(n) && !linkedNow.has(n.id);
  }).length;
}
function unconnectedControl() {
  var count = unconnectedCount();
  var box = document.getElementById("ag-f-unconnected");
  box.checked = state.unconnected;
  box.parentNode.hidden = count === 0 || linkedNow.size === 0;
  document.getElementById("ag-unconnected-count").textContent = count.toLocaleString("en");
}
document.getElementById("ag-f-unconnected").addEventListener("change", function (ev) {
  state.unconnected = ev.target.checked;
  state.revealed = new Set();
  applyFilters();
  fit();
});
/* Show an unconnected actor hidden only for having no relation; true if it is now visible. */
function reveal(id) {
  if (visibleNodes.has(id) || linkedNow.has(id) || !nodeById.has(id)) return visibleNodes.has(id);
  state.revealed.add(id);
  applyFilters();
  return visibleNodes.has(id);
}

/* "2019" from, or to: its first or last day. */
function boundDay(d, end) {
  d = String(d).slice(0, 10);
  if (d.length === 4) return d + (end ? "-12-31" : "-01-01");
  if (d.length === 7) return d + (end ? "-31" : "-01");
  return d;
}

/* Set filters from a script (used by tests): any of actorTypes, relTypes, kinds (arrays),
 * dateFrom, dateTo (YYYY, YYYY-MM or YYYY-MM-DD; "" for no bound), doc (document id, "" for
 * all), unconnected (boolean). Returns the visible counts. */
function setFilter(f) {
  if (f.actorTypes) state.actorTypes = new Set(f.actorTypes);
  if (f.relTypes) state.relTypes = new Set(f.relTypes);
  if (f.kinds) state.kinds = new Set(f.kinds);
  if (f.dateFrom !== undefined) state.dateFrom = f.dateFrom ? boundDay(f.dateFrom, false) : "";
  if (f.dateTo !== undefined) state.dateTo = f.dateTo ? boundDay(f.dateTo, true) : "";
  if (f.doc !== undefined) state.doc = f.doc;
  if (f.unconnected !== undefined) {
    state.unconnected = !!f.unconnected;
    state.revealed = new Set();
    unconnectedControl();
  }
  syncDates();
  return applyFilters();
}

/* Filter menus: one open at a time, closed by a click elsewhere or Escape. */
var menus = Array.prototype.slice.call(document.querySelectorAll("details.ag-menu"));
function closeMenus(except) {
  menus.forEach(function (m) {
    if (m !== except) m.open = false;
  });
}
menus.forEach(function (m) {
  m.addEventListener("toggle", function () {
    if (m.open) closeMenus(m);
  });
});
document.addEventListener("click", function (ev) {
  if (!menus.some(function (m) { return m.contains(ev.target); })) closeMenus(null);
});
document.addEventListener("keydown", function (ev) {
  if (ev.key === "Escape") closeMenus(null);
});

// ---------------------------------------------------------------- search
var input = document.getElementById("ag-search-input");
var searchStatus = document.getElementById("ag-search-status");
var datalist = document.getElementById("ag-actor-names");
var names = [];
data.nodes.forEach(function (n) {
  names.push({ id: n.id, text: n.name.toLowerCase(), alias: false });
  n.aliases.forEach(function (a) {
    names.push({ id: n.id, text: String(a).toLowerCase(), alias: true });
  });
});
data.nodes
  .filter(function (n) { return !n.country_only; })
  .map(function (n) { return n.name; })
  .sort()
  .forEach(function (name) {
    var option = document.createElement("option");
    option.value = name;
    datalist.appendChild(option);
  });

function findActor(query) {
  var q = query.trim().toLowerCase();
  if (!q) return null;
  var tests = [
    function (t) { return t === q; },
    function (t) { return t.indexOf(q) === 0; },
    function (t) { return t.indexOf(q) >= 0; },
  ];
  for (var i = 0; i < tests.length; i++) {
    for (var pass = 0; pass < 2; pass++) {
      for (var j = 0; j < names.length; j++) {
        if (names[j].alias === (pass === 1) && tests[i](names[j].text)) return names[j].id;
      }
    }
  }
  return null;
}
/* Enter fires both keydown and change: the second call within half a second is dropped, as a
 * second animated focus would stop the first one where it started. */
var lastSearch = { query: null, at: 0, id: null };
function search() {
  var now = performance.now();
  if (input.value === lastSearch.query && now - lastSearch.at < 500) return lastSearch.id;
  lastSearch = { query: input.value, at: now, id: null };
  var id = (lastSearch.id = findActor(input.value));
  searchStatus.textContent = id === null && input.value.trim() ? "No actor matches." : "";
  if (id === null) return null;
  var n = nodeById.get(id);
  if (state.level === "country" && n.fold) id = lastSearch.id = n.fold; // a person is drawn as their state
  focusNode(id);
  if (!visibleNodes.has(id)) searchStatus.textContent = "Hidden by the filters.";
  else if (state.revealed.has(id)) searchStatus.textContent = "Shown, though it has no relations.";
  return id;
}
input.addEventListener("change", search);
input.addEventListener("keydown", function (ev) {
  if (ev.key === "Enter") search();
});

// ---------------------------------------------------------------- events and start
network.on("click", function (params) {
  if (params.nodes.length) showNode(params.nodes[0]);
  else if (params.edges.length) showEdge(params.edges[0]);
  else showOverview();
});
/* Fit the shown actors, with a margin for the names of those at the edges. */
function fit() {
  network.fit({ animation: false, maxZoomLevel: 1.3 });
  network.moveTo({ scale: network.getScale() * 0.93 });
}
document.getElementById("ag-fit").addEventListener("click", fit);
var labelsButton = document.getElementById("ag-edge-labels");
var edgeLabelsOn = !big;
function setEdgeLabels(on) {
  edgeLabelsOn = on;
  labelsButton.setAttribute("aria-pressed", on ? "true" : "false");
  network.setOptions({ edges: { font: { size: on ? EDGE_FONT : 0 } } });
}
labelsButton.addEventListener("click", function () {
  setEdgeLabels(!edgeLabelsOn);
});

buildControls();
applyFilters();
setEdgeLabels(edgeLabelsOn);
fit();
showOverview();

window.actorgraph = {
  network: network,
  nodes: nodes,
  edges: edges,
  nodeView: nodeView,
  edgeView: edgeView,
  data: data,
  state: state,
  showEdge: showEdge,
  showNode: showNode,
  showOverview: showOverview,
  findActor: findActor,
  focusNode: focusNode,
  setFilter: setFilter,
  setLevel: setLevel,
  setColour: setColour,
  setSize: setSize,
  reset: function () {
    resetState();
    buildControls();
    return applyFilters();
  },
  drawnAt: function () {
    return drawnAt;
  },
  labelsDrawn: function () {
    return labelsDrawn;
  },
};
