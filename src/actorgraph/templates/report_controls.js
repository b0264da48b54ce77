/* actorgraph report page, part 3 of 3: filters, view toggles, search, events. */

var container = document.getElementById("ag-graph");
var network = new vis.Network(container, { nodes: nodeView, edges: edgeView }, options);
var drawnAt = null;
network.once("afterDrawing", function () {
  drawnAt = performance.now();
});
var status = document.getElementById("ag-view-status");

// ---------------------------------------------------------------- filter model
var allDays = Array.from(
  new Set(
    data.edges
      .map(function (e) { return day(e.date); })
      .filter(function (d) { return d; })
  )
).sort();
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
  state.dateFrom = 0;
  state.dateTo = Math.max(allDays.length - 1, 0);
  state.doc = "";
}
resetState();

function edgeFiltersActive() {
  return (
    state.relTypes.size < allRelTypes.length ||
    state.kinds.size < allKinds.length ||
    state.dateFrom > 0 ||
    state.dateTo < allDays.length - 1 ||
    state.doc !== ""
  );
}
function nodeAtLevel(n) {
  return state.level === "country" ? !n.fold : !n.country_only;
}
function edgePasses(e) {
  if (!state.relTypes.has(e.type) || !state.kinds.has(e.kind)) return false;
  if (state.doc !== "" && e.doc_id !== state.doc) return false;
  if (allDays.length && (state.dateFrom > 0 || state.dateTo < allDays.length - 1)) {
    var d = day(e.date);
    if (!d || d < allDays[state.dateFrom] || d > allDays[state.dateTo]) return false;
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
  var nodesOn = new Set();
  nodeOk.forEach(function (id) {
    if (!narrowed || touched.has(id)) nodesOn.add(id);
  });
  visibleNodes = nodesOn;
  visibleEdges = edgesOn;
  nodeView.refresh();
  edgeView.refresh();
  var levelNodes = data.nodes.filter(nodeAtLevel).length;
  var levelEdges = data.edges.filter(function (e) { return ends(e) !== null; }).length;
  status.textContent =
    "Showing " + nodesOn.size.toLocaleString("en") + " of " + plural(levelNodes, state.level === "country" ? "actor" : "actor") +
    " · " + edgesOn.size.toLocaleString("en") + " of " + plural(levelEdges, "relation");
  return { nodes: nodesOn.size, edges: edgesOn.size };
}

// ---------------------------------------------------------------- view toggles
function setLevel(level) {
  state.level = level === "country" ? "country" : "actor";
  var counts = pairCounts();
  edges.update(data.edges.map(function (e) { return edgeGeometry(e, counts); }));
  pressed("ag-level", state.level);
  var result = applyFilters();
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
    r.max = String(Math.max(allDays.length - 1, 0));
    r.disabled = allDays.length < 2;
  });
  from.value = "0";
  to.value = String(Math.max(allDays.length - 1, 0));
  from.parentNode.hidden = allDays.length < 2; // nothing to slide over
  dateLabel();
}
function dateLabel() {
  var label = document.getElementById("ag-f-dates");
  label.textContent = allDays.length ? allDays[state.dateFrom] + " – " + allDays[state.dateTo] : "no dates";
}
document.getElementById("ag-f-doc").addEventListener("change", function (ev) {
  state.doc = ev.target.value;
  applyFilters();
});
["ag-f-from", "ag-f-to"].forEach(function (id) {
  document.getElementById(id).addEventListener("input", function () {
    var a = Number(document.getElementById("ag-f-from").value), b = Number(document.getElementById("ag-f-to").value);
    state.dateFrom = Math.min(a, b);
    state.dateTo = Math.max(a, b);
    dateLabel();
    applyFilters();
  });
});
document.getElementById("ag-f-reset").addEventListener("click", function () {
  resetState();
  buildControls();
  applyFilters();
});

/* Set filters from a script (used by tests): any of actorTypes, relTypes, kinds (arrays),
 * dateFrom, dateTo (YYYY-MM-DD), doc (document id, "" for all). Returns the visible counts. */
function setFilter(f) {
  if (f.actorTypes) state.actorTypes = new Set(f.actorTypes);
  if (f.relTypes) state.relTypes = new Set(f.relTypes);
  if (f.kinds) state.kinds = new Set(f.kinds);
  if (f.dateFrom !== undefined) state.dateFrom = Math.max(0, allDays.findIndex(function (d) { return d >= f.dateFrom; }));
  if (f.dateTo !== undefined) {
    var i = allDays.length - 1;
    while (i > 0 && allDays[i] > f.dateTo) i--;
    state.dateTo = i;
  }
  if (f.doc !== undefined) state.doc = f.doc;
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
function search() {
  var id = findActor(input.value);
  searchStatus.textContent = id === null && input.value.trim() ? "No actor matches." : "";
  if (id === null) return null;
  var n = nodeById.get(id);
  if (state.level === "country" && n.fold) id = n.fold; // a person is drawn as their state
  focusNode(id);
  if (!visibleNodes.has(id)) searchStatus.textContent = "Hidden by the filters.";
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
function fit() {
  network.fit({ animation: false, maxZoomLevel: 1.3 });
}
document.getElementById("ag-fit").addEventListener("click", fit);
var labelsButton = document.getElementById("ag-edge-labels");
var edgeLabelsOn = !big;
function setEdgeLabels(on) {
  edgeLabelsOn = on;
  labelsButton.setAttribute("aria-pressed", on ? "true" : "false");
  network.setOptions({ edges: { font: { size: on ? 9 : 0 } } });
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
};
