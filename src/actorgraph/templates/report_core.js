/* actorgraph report page, part 1 of 4: data, helpers, the vis-network drawing.
 * The four parts are inlined as one script, inside one function scope.
 * All data comes from the JSON block #ag-data. Article text (names, sentences, predicates,
 * titles, URLs) is untrusted: it only ever reaches the DOM through textContent, text nodes
 * and DOM properties, never innerHTML; tooltips are DOM elements, never HTML strings. */
var data = JSON.parse(document.getElementById("ag-data").textContent);
var style = data.style;
var FONT = getComputedStyle(document.body).fontFamily || "sans-serif";
var panel = document.getElementById("ag-panel");
var SMALL_COMMUNITY = style.communities.length ? style.communities[style.communities.length - 1].colour : "#d3d6db";

/* The view: level (actor or country), colours, sizes, and the filters. */
var state = {
  level: "actor",
  colour: "type",
  size: "mentions",
  actorTypes: null, // Set of shown actor types (null until the controls are built)
  relTypes: null,
  kinds: null,
  dateFrom: "", // first and last day shown (ISO); "" = no bound
  dateTo: "",
  doc: "",
  unconnected: false, // show actors without any relation at this level
  revealed: new Set(), // unconnected actors shown because the user searched for them
};

var nodeById = new Map();
var edgeById = new Map();
data.nodes.forEach(function (n) {
  nodeById.set(n.id, n);
});
data.edges.forEach(function (e) {
  edgeById.set(e.id, e);
});

// ---------------------------------------------------------------- helpers
function pairKey(a, b) {
  return a < b ? JSON.stringify([a, b]) : JSON.stringify([b, a]);
}
function el(tag, className, text) {
  var node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}
function append(parent) {
  for (var i = 1; i < arguments.length; i++) {
    var child = arguments[i];
    if (child === null || child === undefined) continue;
    parent.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
  }
  return parent;
}
function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
}
function safeUrl(url) {
  if (typeof url !== "string") return null;
  try {
    var parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch (err) {
    return null;
  }
}
function typeColour(type) {
  return style.node_colours[type] || style.node_colours.other;
}
function nodeColour(n) {
  if (state.colour === "community") {
    var c = style.communities[n.community];
    return c && c.label !== "smaller groups" ? c.colour : SMALL_COMMUNITY;
  }
  return typeColour(n.type);
}
function edgeColour(kind) {
  return style.edge_colours[kind] || style.edge_colours.other;
}
function nameOf(id) {
  var n = nodeById.get(id);
  return n ? n.name : id;
}
/* A date as the page shows it ("2019", "Sep 2024", "14 Mar 2025"; see render/dates.py). */
function dateText(date) {
  if (!date) return "";
  var span = data.dates[date];
  return span ? span[2] : String(date);
}
function plural(n, word) {
  return n.toLocaleString("en") + " " + word + (n === 1 ? "" : "s");
}
function byDate(a, b) {
  var da = a.date || "", db = b.date || "";
  return da < db ? -1 : da > db ? 1 : a.id < b.id ? -1 : 1;
}
function darken(hex, f) {
  var v = parseInt(hex.slice(1), 16);
  var r = Math.round(((v >> 16) & 255) * f), g = Math.round(((v >> 8) & 255) * f), b = Math.round((v & 255) * f);
  return "#" + ((1 << 24) | (r << 16) | (g << 8) | b).toString(16).slice(1);
}
function isDashed(e) {
  return e.negated || e.hypothetical || !!e.attributed_to;
}
/* An edge's endpoints at the current level, or null when the edge is hidden at that level. */
function ends(e) {
  if (state.level === "country" && e.cv !== undefined) return e.cv === null ? null : e.cv;
  return [e.from, e.to, e.smooth, e.roundness];
}

// ---------------------------------------------------------------- tooltips (DOM elements)
function nodeTip(n) {
  var tip = el("div");
  append(tip, el("div", "ag-tip-title", n.name));
  var sub = (style.node_labels[n.type] || n.type) + (n.country ? " · " + n.country : "");
  append(tip, el("div", "ag-tip-sub", n.country_only ? sub + " (country level)" : sub + " · " + plural(n.degree, "relation")));
  return tip;
}
function edgeTip(e) {
  var tip = el("div");
  append(tip, el("div", "ag-tip-title", nameOf(e.from) + (e.directed ? " → " : " — ") + nameOf(e.to)));
  var sub = e.type + (e.predicate ? ": “" + e.predicate + "”" : "") + (e.date ? " · " + dateText(e.date) : "");
  append(tip, el("div", "ag-tip-sub", sub));
  return tip;
}

// ---------------------------------------------------------------- vis data
var big = data.nodes.length > 400 || data.edges.length > 1500;
var EDGE_FONT = 10;

function nodeStyle(n) {
  var c = nodeColour(n);
  return {
    background: c,
    border: darken(c, 0.72),
    highlight: { background: c, border: "#111827" },
    hover: { background: c, border: "#111827" },
  };
}
function pairCounts() {
  var counts = new Map();
  data.edges.forEach(function (e) {
    var p = ends(e);
    if (!p) return;
    var k = pairKey(p[0], p[1]);
    counts.set(k, (counts.get(k) || 0) + 1);
  });
  return counts;
}
function edgeWidth(count) {
  return Math.min(1.2 + 0.9 * Math.log2(count), 5);
}
function edgeGeometry(e, counts) {
  var p = ends(e) || [e.from, e.to, e.smooth, e.roundness];
  return {
    id: e.id,
    from: p[0],
    to: p[1],
    width: edgeWidth(counts.get(pairKey(p[0], p[1])) || 1),
    smooth: p[3] > 0 ? { enabled: true, type: p[2], roundness: p[3] } : { enabled: false },
  };
}

/* One label per relation type and pair of actors (at the current level): a pair with five
 * COOPERATE curves shows "COOPERATE" once. Affiliations are grey in the legend, unlabelled. */
function edgeLabels() {
  var seen = new Set();
  var labels = new Map();
  data.edges.forEach(function (e) {
    var p = ends(e);
    if (!p || e.kind === "affiliation") return;
    var key = pairKey(p[0], p[1]) + e.type;
    if (seen.has(key)) return;
    seen.add(key);
    labels.set(e.id, e.type);
  });
  return labels;
}

var initialCounts = pairCounts();
var initialLabels = edgeLabels();
var nodes = new vis.DataSet(
  data.nodes.map(function (n) {
    return {
      id: n.id,
      x: n.x, // labels are drawn by report_labels.js, at a readable size at every zoom
      y: n.y,
      size: n.size,
      title: nodeTip(n),
      color: nodeStyle(n),
    };
  })
);
var edges = new vis.DataSet(
  data.edges.map(function (e) {
    var c = edgeColour(e.kind);
    var item = edgeGeometry(e, initialCounts);
    item.label = initialLabels.get(e.id) || "";
    item.title = edgeTip(e);
    item.arrows = { to: { enabled: e.directed, scaleFactor: 0.5 } };
    item.dashes = isDashed(e) ? [6, 4] : false;
    item.color = { color: c, highlight: darken(c, 0.75), hover: darken(c, 0.85), opacity: 0.9 };
    return item;
  })
);

/* Which nodes and edges pass the view and the filters (recomputed by applyFilters). */
var visibleNodes = new Set();
var visibleEdges = new Set();
var nodeView = new vis.DataView(nodes, {
  filter: function (item) {
    return visibleNodes.has(item.id);
  },
});
var edgeView = new vis.DataView(edges, {
  filter: function (item) {
    return visibleEdges.has(item.id);
  },
});

var options = {
  autoResize: true,
  physics: false,
  layout: { improvedLayout: false, randomSeed: 42 },
  nodes: {
    shape: "dot",
    borderWidth: 1.5,
    borderWidthSelected: 3,
    font: { face: FONT, size: 14, color: "#1c2430", strokeWidth: 4, strokeColor: "#ffffff" },
  },
  edges: {
    selectionWidth: 1.6,
    hoverWidth: 0.8,
    font: { face: FONT, size: EDGE_FONT, color: "#4a5564", strokeWidth: 3, strokeColor: "#ffffff", align: "horizontal" },
    // edge labels appear once they are 8 px or more on screen, and never grow past 13 px
    scaling: { label: { enabled: false, drawThreshold: 9, maxVisible: 13 } },
    color: { inherit: false },
    smooth: { enabled: false },
  },
  interaction: {
    hover: true,
    tooltipDelay: 120,
    hideEdgesOnDrag: big,
    hideEdgesOnZoom: big,
    keyboard: false,
    multiselect: false,
    navigationButtons: false,
  },
};
