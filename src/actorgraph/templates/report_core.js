/* actorgraph report page, part 1 of 4: data, helpers, the view state and the filter model.
 * The four parts are inlined as one script, inside one function scope.
 * All data comes from the JSON block #ag-data. Article text (names, sentences, predicates,
 * titles, URLs) is untrusted: it only ever reaches the DOM through textContent, text nodes
 * and DOM properties, never innerHTML, and every piece of it sits in its own bidi-isolated
 * element (class ag-u), so that it cannot reorder what is around it. Actor and relation ids
 * are only ever keys of Maps, never property names of plain objects ("__proto__" is an id). */
var data = JSON.parse(document.getElementById("ag-data").textContent);
var style = data.style;
var FONT = getComputedStyle(document.body).fontFamily || "sans-serif";
var panel = document.getElementById("ag-panel");
var SMALL_COMMUNITY = style.communities.length ? style.communities[style.communities.length - 1].colour : "#d3d6db";
var STATUSES = style.statuses; // actorgraph.filters.STATUSES: one vocabulary for the page, filter() and the store
/* A relation that did not happen, or has not happened, does not count in scores. */
var SCORED = { asserted: true, reported: true };
var NEGATED_COLOUR = "#9aa1ab";

// ---------------------------------------------------------------- helpers
function el(tag, className, text) {
  var node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}
/* Untrusted text in its own bidi-isolated span. */
function u(text, className) {
  return el("bdi", className ? "ag-u " + className : "ag-u", text);
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
function plural(n, word) {
  return n.toLocaleString("en") + " " + word + (n === 1 ? "" : "s");
}
function byDate(a, b) {
  var da = a.date || "", db = b.date || "";
  return da < db ? -1 : da > db ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
/* A date as the page shows it ("2019", "Sep 2024", "14 Mar 2025"; see render/dates.py). */
function dateText(date) {
  if (!date) return "";
  var span = data.dates[date];
  return span ? span[2] : String(date);
}

// ---------------------------------------------------------------- actors and relations
var nodeById = new Map();
var edgeById = new Map();
var copiesOf = new Map(); // first relation id -> re-published copies of its sentence
data.nodes.forEach(function (n) {
  nodeById.set(n.id, n);
});
data.edges.forEach(function (e) {
  edgeById.set(e.id, e);
  if (e.copy_of !== undefined) {
    if (!copiesOf.has(e.copy_of)) copiesOf.set(e.copy_of, []);
    copiesOf.get(e.copy_of).push(e);
  }
});
/* The relations the page counts: one per sentence, re-published copies folded into the first. */
data.nodes
  .slice()
  .sort(function (a, b) {
    return a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : 1;
  })
  .forEach(function (n, i) {
    n.rank = i; // alphabetical rank, for ties in tables
  });
var primary = data.edges.filter(function (e) {
  return e.copy_of === undefined;
});
function nameOf(id) {
  var n = nodeById.get(id);
  return n ? n.name : id;
}
function typeColour(type) {
  return style.node_colours[type] || style.node_colours.other;
}
function edgeColour(kind) {
  return style.edge_colours[kind] || style.edge_colours.other;
}
var sectors = Array.from(
  new Set(
    data.nodes
      .map(function (n) {
        return n.sector;
      })
      .filter(Boolean)
  )
).sort();
var SECTOR_PALETTE = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac", "#1f77b4", "#8c564b"];
function sectorColour(sector) {
  var i = sectors.indexOf(sector);
  return i < 0 ? "#c7ccd3" : SECTOR_PALETTE[i % SECTOR_PALETTE.length];
}
/* "Police (COP)"; a code without a label as itself; none: "No sector" (states as a whole, and others). */
function sectorLabel(sector) {
  if (!sector) return "No sector";
  return (style.sector_labels || {})[sector] || sector;
}
function nodeColour(n) {
  if (state.colour === "community") {
    var c = style.communities[n.community];
    return c && c.label !== "smaller groups" ? c.colour : SMALL_COMMUNITY;
  }
  if (state.colour === "sector") return sectorColour(n.sector);
  return typeColour(n.type);
}

// ---------------------------------------------------------------- the view
var state = {
  level: "actor",
  colour: "type",
  size: "mentions",
  actorTypes: null, // Sets of what is shown (filled by resetState)
  sectors: null,
  relTypes: null,
  kinds: null,
  statuses: null,
  dateFrom: "", // first and last day shown (ISO); "" = no bound
  dateTo: "",
  undated: true, // show relations without a date
  doc: "",
  minConfidence: 0,
  ego: 0, // 1 or 2: only the selected actor's neighbourhood
  component: false, // only the largest connected component
  unconnected: false, // show actors without any relation at this level
  revealed: new Set(), // unconnected actors shown because the user searched for them
  selected: null, // {kind: "node" | "edge", id}
  path: null, // {from, to, nodes: [...], edges: [...]} when a path is shown
  edgeLabels: false,
};
var allActorTypes = Object.keys(style.node_labels).filter(function (t) {
  return data.nodes.some(function (n) {
    return n.type === t;
  });
});
var typeCounts = new Map();
primary.forEach(function (e) {
  typeCounts.set(e.type, (typeCounts.get(e.type) || 0) + 1);
});
var allRelTypes = Array.from(typeCounts.keys()).sort(function (a, b) {
  return typeCounts.get(b) - typeCounts.get(a) || (a < b ? -1 : 1);
});
var allKinds = Object.keys(style.edge_labels).filter(function (k) {
  return data.edges.some(function (e) {
    return e.kind === k;
  });
});
var citedDocs = Array.from(
  new Set(
    data.edges
      .map(function (e) {
        return e.doc_id;
      })
      .filter(function (d) {
        return d !== null;
      })
  )
);
function resetState() {
  state.actorTypes = new Set(allActorTypes);
  state.sectors = new Set(sectors.concat([""]));
  state.relTypes = new Set(allRelTypes);
  state.kinds = new Set(allKinds);
  state.statuses = new Set(STATUSES);
  state.dateFrom = "";
  state.dateTo = "";
  state.undated = true;
  state.doc = "";
  state.minConfidence = 0;
  state.ego = 0;
  state.component = false;
  state.unconnected = false;
  state.revealed = new Set();
  state.path = null;
}
resetState();

/* An edge's ends at the current level, or null when the edge is not shown at that level. */
function ends(e) {
  if (state.level === "country" && e.cv !== undefined) return e.cv;
  return [e.from, e.to];
}
function nodeAtLevel(n) {
  return state.level === "country" ? !n.fold : !n.country_only;
}
function docsOf(e) {
  var docs = [e.doc_id];
  (copiesOf.get(e.id) || []).forEach(function (c) {
    if (docs.indexOf(c.doc_id) < 0) docs.push(c.doc_id);
  });
  return docs;
}
function edgeFiltersActive() {
  return (
    state.relTypes.size < allRelTypes.length ||
    state.kinds.size < allKinds.length ||
    state.statuses.size < STATUSES.length ||
    state.dateFrom !== "" ||
    state.dateTo !== "" ||
    !state.undated ||
    state.doc !== "" ||
    state.minConfidence > 0
  );
}
function edgePasses(e) {
  if (!state.relTypes.has(e.type) || !state.kinds.has(e.kind) || !state.statuses.has(e.status)) return false;
  if (state.minConfidence > 0 && e.confidence !== null && e.confidence < state.minConfidence - 1e-9) return false;
  if (state.doc !== "" && docsOf(e).indexOf(state.doc) < 0) return false;
  var span = e.date ? data.dates[e.date] : undefined;
  if (!span) return state.undated;
  // a span (a year, a month) shows if it overlaps the range
  if (state.dateFrom !== "" && span[1] < state.dateFrom) return false;
  if (state.dateTo !== "" && span[0] > state.dateTo) return false;
  return true;
}
function nodePasses(n) {
  if (!nodeAtLevel(n) || !state.actorTypes.has(n.type)) return false;
  return !sectors.length || state.sectors.has(n.sector || "");
}

/* Which actors have a relation (any, affiliations included) at the current level. */
function linkedActors() {
  var linked = new Set();
  primary.forEach(function (e) {
    var p = ends(e);
    if (p) {
      linked.add(p[0]);
      linked.add(p[1]);
    }
  });
  return linked;
}
var linkedNow = linkedActors();

/* Neighbours of each node over a list of relations (ignoring direction and loops). */
function adjacency(rels) {
  var adj = new Map();
  rels.forEach(function (e) {
    var p = ends(e);
    if (p[0] === p[1]) return;
    if (!adj.has(p[0])) adj.set(p[0], new Set());
    if (!adj.has(p[1])) adj.set(p[1], new Set());
    adj.get(p[0]).add(p[1]);
    adj.get(p[1]).add(p[0]);
  });
  return adj;
}
/* Breadth-first distances from `start`, up to `limit` hops (Infinity for all). */
function hops(adj, start, limit) {
  var dist = new Map([[start, 0]]);
  var queue = [start];
  for (var i = 0; i < queue.length; i++) {
    var v = queue[i], d = dist.get(v);
    if (d >= limit) continue;
    (adj.get(v) || new Set()).forEach(function (w) {
      if (!dist.has(w)) {
        dist.set(w, d + 1);
        queue.push(w);
      }
    });
  }
  return dist;
}

/* The view: what passes the filters. Recomputed by applyFilters (part 4). */
var view = {
  nodes: new Set(), // visible actor ids
  rels: [], // visible relations (primary ones), loops included
  relIds: new Set(),
  domestic: new Map(), // state id -> relations between two of its actors (country level)
};
function computeView() {
  var nodeOk = new Set();
  data.nodes.forEach(function (n) {
    if (nodePasses(n)) nodeOk.add(n.id);
  });
  var rels = [];
  var touched = new Set();
  primary.forEach(function (e) {
    var p = ends(e);
    if (!p || !nodeOk.has(p[0]) || !nodeOk.has(p[1]) || !edgePasses(e)) return;
    rels.push(e);
    touched.add(p[0]);
    touched.add(p[1]);
  });
  var narrowed = edgeFiltersActive();
  // actors without any relation are hidden unless asked for (or unless no actor has one)
  var allUnconnected = state.unconnected || linkedNow.size === 0;
  var nodes = new Set();
  nodeOk.forEach(function (id) {
    if (state.revealed.has(id) || (narrowed ? touched.has(id) : allUnconnected || linkedNow.has(id))) nodes.add(id);
  });
  var sel = state.selected && state.selected.kind === "node" ? selectedAtLevel() : null;
  if (state.ego > 0 && sel !== null && nodes.has(sel)) {
    var near = hops(adjacency(rels), sel, state.ego);
    nodes.forEach(function (id) {
      if (!near.has(id)) nodes.delete(id);
    });
  }
  if (state.component) {
    var adj = adjacency(
      rels.filter(function (e) {
        var p = ends(e);
        return nodes.has(p[0]) && nodes.has(p[1]);
      })
    );
    var best = new Set(), seen = new Set();
    nodes.forEach(function (id) {
      if (seen.has(id)) return;
      var comp = hops(adj, id, Infinity);
      comp.forEach(function (_d, v) {
        seen.add(v);
      });
      if (comp.size > best.size) best = new Set(comp.keys());
    });
    nodes = best;
  }
  rels = rels.filter(function (e) {
    var p = ends(e);
    return nodes.has(p[0]) && nodes.has(p[1]);
  });
  var domestic = new Map();
  rels.forEach(function (e) {
    var p = ends(e);
    if (p[0] === p[1]) domestic.set(p[0], (domestic.get(p[0]) || 0) + 1);
  });
  view.nodes = nodes;
  view.rels = rels;
  view.relIds = new Set(
    rels.map(function (e) {
      return e.id;
    })
  );
  view.domestic = domestic;
}
/* The selected actor as drawn at the current level (a person is drawn as their state). */
function selectedAtLevel() {
  if (!state.selected || state.selected.kind !== "node") return null;
  var n = nodeById.get(state.selected.id);
  if (!n) return null;
  return state.level === "country" && n.fold ? n.fold : n.id;
}

// ---------------------------------------------------------------- statistics of the view
/* The `k` first items of `list` in the order of `cmp` (all of them, sorted, without `k`). */
function top(list, k, cmp) {
  if (!k || list.length <= k * 4) return list.sort(cmp).slice(0, k || list.length);
  var best = [];
  list.forEach(function (item) {
    if (best.length === k && cmp(item, best[k - 1]) >= 0) return;
    var i = best.length;
    while (i > 0 && cmp(item, best[i - 1]) < 0) i--;
    best.splice(i, 0, item);
    if (best.length > k) best.pop();
  });
  return best;
}
/* Top actors, dyads and relation types over the visible relations (the `k` first of each, or
 * all). A mutual relation counts once for its pair; negated and hypothetical ones are left out
 * of quad counts and scores. */
function viewStats(k) {
  var actors = new Map(), dyads = new Map(), types = new Map();
  view.rels.forEach(function (e) {
    var p = ends(e);
    types.set(e.type, (types.get(e.type) || 0) + 1);
    if (e.type === "AFFILIATION") return;
    [p[0], p[1]].forEach(function (id, i) {
      if (i === 1 && p[0] === p[1]) return;
      actors.set(id, (actors.get(id) || 0) + 1);
    });
    var key = (e.directed ? "d" : "m") + JSON.stringify(p);
    var d = dyads.get(key);
    if (!d) {
      d = { from: p[0], to: p[1], directed: e.directed, relations: 0, scored: 0, quads: [0, 0, 0, 0], net: 0, unscored: 0 };
      dyads.set(key, d);
    }
    d.relations++;
    if (SCORED[e.status]) {
      d.scored++;
      if (e.quad_class) d.quads[e.quad_class - 1]++;
      d.net += e.goldstein || 0;
    } else {
      d.unscored++;
    }
  });
  // ties by name, then id: the order is the same in every browser
  var rank = function (id) {
    var n = nodeById.get(id);
    return n ? n.rank : 0;
  };
  return {
    actors: top(Array.from(actors.entries()), k, function (a, b) {
      var na = nodeById.get(a[0]), nb = nodeById.get(b[0]);
      return b[1] - a[1] || (nb ? nb.mentions : 0) - (na ? na.mentions : 0) || rank(a[0]) - rank(b[0]);
    }),
    dyads: top(Array.from(dyads.values()), k, function (a, b) {
      return b.relations - a.relations || Math.abs(b.net) - Math.abs(a.net) || rank(a.from) - rank(b.from) || rank(a.to) - rank(b.to);
    }),
    types: Array.from(types.entries()).sort(function (a, b) {
      return b[1] - a[1] || (a[0] < b[0] ? -1 : 1);
    }),
  };
}
