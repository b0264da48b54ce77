/* actorgraph report page, part 3 of 4: the side panel (evidence, actor details, paths, overview).
 * The panel always describes the current view: after a filter change it is drawn again, and
 * says so when what it showed is hidden. */

function heading(kicker, title) {
  var frag = document.createDocumentFragment();
  var h = el("h2");
  append(h, title);
  append(frag, el("div", "ag-kicker", kicker), h);
  return frag;
}
function typeBadge(e) {
  var badge = el("span", "ag-badge", e.type || "?");
  badge.style.background = e.status === "negated" ? NEGATED_COLOUR : edgeColour(e.kind);
  return badge;
}
function flagList(e) {
  var flags = [];
  if (e.negated) flags.push(el("span", "ag-flag ag-flag-negated", "negated: did not happen"));
  if (e.hypothetical) flags.push(el("span", "ag-flag", "hypothetical"));
  if (e.attributed_to) {
    var f = el("span", "ag-flag", "reported by ");
    append(f, u(e.attributed_name || e.attributed_to));
    flags.push(f);
  }
  if (!e.directed) flags.push(el("span", "ag-flag", "mutual"));
  return flags;
}
function pairLabel(from, to, directed) {
  var frag = el("span", "ag-card-dir");
  if (from === to) append(frag, u(nameOf(from)), " (domestic)"); // two actors of one state, at country level
  else append(frag, u(nameOf(from)), directed ? " → " : " — ", u(nameOf(to)));
  return frag;
}

/* Where the first of `needles` occurs in `text` (case-insensitive): [start, end] or null. */
function findAny(text, needles) {
  var lower = text.toLowerCase();
  var best = null;
  needles.forEach(function (needle) {
    if (!needle || needle.length < 2) return;
    var at = lower.indexOf(needle.toLowerCase());
    if (at >= 0 && lower.length === text.length && (best === null || at < best[0])) best = [at, at + needle.length];
  });
  return best;
}
function surfaces(id) {
  var n = nodeById.get(id);
  if (!n) return [String(id)];
  var list = [n.name].concat(n.aliases || []);
  (n.members || []).forEach(function (m) {
    list.push(m);
  });
  return list;
}
/* The sentence as text nodes: the predicate, the source and the target each in their own mark. */
function highlighted(e) {
  var p = el("p", "ag-sentence ag-u");
  var sentence = e.sentence;
  var marks = [];
  var pred = findAny(sentence, [e.predicate]);
  if (pred) marks.push([pred[0], pred[1], "ag-mark-pred", "predicate"]);
  [[e.from, "ag-mark-src", "source"], [e.to, "ag-mark-tgt", "target"]].forEach(function (side) {
    var hit = findAny(sentence, surfaces(side[0]));
    if (hit && !marks.some(function (m) { return hit[0] < m[1] && m[0] < hit[1]; })) marks.push([hit[0], hit[1], side[1], side[2]]);
  });
  marks.sort(function (a, b) {
    return a[0] - b[0];
  });
  var at = 0;
  marks.forEach(function (m) {
    append(p, sentence.slice(at, m[0]));
    var mark = el("mark", m[2], sentence.slice(m[0], m[1]));
    mark.title = m[3];
    append(p, mark);
    at = m[1];
  });
  append(p, sentence.slice(at));
  return p;
}

function docLabel(id) {
  var doc = id !== null ? data.documents[id] : undefined;
  return doc && doc.title ? doc.title : id ? "document " + id : "unknown document";
}
function documentLine(e) {
  var meta = el("div", "ag-meta");
  var doc = e.doc_id !== null ? data.documents[e.doc_id] : undefined;
  var url = doc ? safeUrl(doc.url) : null;
  if (url) {
    var a = el("a");
    append(a, u(docLabel(e.doc_id)));
    a.href = url;
    a.target = "_blank";
    a.rel = "noopener noreferrer";
    append(meta, a);
  } else {
    append(meta, u(docLabel(e.doc_id)));
  }
  if (doc && doc.source) append(meta, " · ", u(doc.source));
  var date = e.date || (doc && doc.date);
  append(meta, " · " + (date ? dateText(date) : "undated"));
  if (e.goldstein !== null) append(meta, " · score " + e.goldstein + (SCORED[e.status] ? "" : " (not counted)"));
  if (e.confidence !== null) append(meta, " · confidence " + Math.round(e.confidence * 100) + "%");
  if (suggested(e) && e.confidence < style.unstated_below) {
    append(meta, " · suggested by the learned model from the story: no word of this sentence states an act between the two");
  } else if (suggested(e)) {
    append(meta, " · suggested by the learned model, not stated by a rule: read the sentence");
  }
  var copies = copiesOf.get(e.id) || [];
  if (copies.length) {
    var others = docsOf(e).slice(1);
    var also = el("div", "ag-also", "also in " + plural(others.length, "other document") + ": ");
    others.forEach(function (id, i) {
      if (i) append(also, "; ");
      append(also, u(docLabel(id)));
    });
    append(meta, also);
  }
  return meta;
}

function relationCard(e) {
  var card = el("article", "ag-card ag-status-" + e.status);
  card.style.borderLeftColor = e.status === "negated" ? NEGATED_COLOUR : edgeColour(e.kind);
  card.setAttribute("data-edge", e.id);
  var head = el("div", "ag-card-head");
  append(head, typeBadge(e), pairLabel(e.from, e.to, e.directed));
  flagList(e).forEach(function (f) {
    append(head, f);
  });
  append(card, head);
  if (e.predicate) {
    var pred = el("div", "ag-meta", "predicate: ");
    append(pred, u(e.predicate));
    append(card, pred);
  }
  append(card, highlighted(e), documentLine(e));
  return card;
}

/* Relations per month (or year) of a list, as a small bar chart. */
function activity(rels) {
  var dated = rels.filter(function (e) {
    return e.date && data.dates[e.date];
  });
  if (dated.length < 2) return null;
  var months = new Map();
  dated.forEach(function (e) {
    var m = data.dates[e.date][0].slice(0, 7);
    months.set(m, (months.get(m) || 0) + 1);
  });
  var keys = Array.from(months.keys()).sort();
  if (keys.length < 2) return null;
  var box = el("div", "ag-activity");
  box.setAttribute("aria-label", "Relations per month");
  var max = Math.max.apply(null, Array.from(months.values()));
  keys.forEach(function (k) {
    var bar = el("span", "ag-activity-bar");
    bar.style.height = Math.max(8, Math.round((100 * months.get(k)) / max)) + "%";
    bar.title = k + ": " + plural(months.get(k), "relation");
    append(box, bar);
  });
  var wrap = el("div");
  append(wrap, box, el("div", "ag-meta", keys[0] + " … " + keys[keys.length - 1] + " (" + (dated.length < rels.length ? plural(rels.length - dated.length, "undated relation") + " not shown" : "all dated") + ")"));
  return wrap;
}

function hiddenNotice(what) {
  clear(panel);
  append(panel, heading("Hidden by the filters", what));
  append(panel, el("p", "ag-hint", "The current filters hide it. Change them, or go back to the overview."));
  var back = el("button", "ag-button", "Overview");
  back.type = "button";
  back.addEventListener("click", function () {
    select(null);
  });
  append(panel, back);
}

/* Every relation of the edge's pair (at the current level), the chosen one first. */
function showEdge(id) {
  var e = edgeById.get(id);
  if (e && e.copy_of !== undefined) e = edgeById.get(e.copy_of);
  var p = e && ends(e);
  if (!p) return false;
  state.selected = { kind: "edge", id: e.id };
  state.path = null;
  renderPanel();
  refresh();
  return true;
}
function renderEdge(e) {
  var p = ends(e);
  var key = p[0] < p[1] ? p[0] + "\u0000" + p[1] : p[1] + "\u0000" + p[0];
  var all = primary.filter(function (r) {
    var q = ends(r);
    return q && (q[0] < q[1] ? q[0] + "\u0000" + q[1] : q[1] + "\u0000" + q[0]) === key;
  });
  var rels = all.filter(function (r) {
    return view.relIds.has(r.id);
  });
  if (!view.relIds.has(e.id)) {
    hiddenNotice(nameOf(p[0]) + (p[0] === p[1] ? "" : " ⇄ " + nameOf(p[1])));
    return;
  }
  rels.sort(byDate);
  rels = [e].concat(
    rels.filter(function (r) {
      return r !== e;
    })
  );
  clear(panel);
  var title = el("span");
  if (p[0] === p[1]) append(title, u(nameOf(p[0])), " (domestic)");
  else append(title, u(nameOf(p[0])), " ⇄ ", u(nameOf(p[1])));
  append(panel, heading(plural(rels.length, "relation") + " between", title));
  if (all.length > rels.length) append(panel, el("p", "ag-hint", plural(all.length - rels.length, "more relation") + " hidden by the filters."));
  var chart = activity(rels);
  if (chart) append(panel, el("h3", null, "Activity over time"), chart);
  append(panel, el("h3", null, "Evidence"));
  rels.forEach(function (r) {
    append(panel, relationCard(r));
  });
  panel.parentNode.scrollTop = 0;
}

function fact(dl, label, value) {
  if (value === null || value === undefined || value === "" || (Array.isArray(value) && !value.length)) return;
  var dd = el("dd");
  if (Array.isArray(value)) {
    value.forEach(function (v, i) {
      if (i) append(dd, ", ");
      append(dd, u(v));
    });
  } else if (value instanceof Node) append(dd, value);
  else append(dd, u(value));
  append(dl, el("dt", null, label), dd);
}

function showNode(id) {
  var n = nodeById.get(id);
  if (!n) return false;
  state.selected = { kind: "node", id: id };
  state.path = null;
  applyFilters(); // the ego filter follows the selection
  return true;
}
function renderNode(n) {
  var id = selectedAtLevel();
  if (id === null || !view.nodes.has(id)) {
    hiddenNotice(n.name);
    return;
  }
  var shown = nodeById.get(id);
  clear(panel);
  var kicker = el("div", "ag-kicker");
  var badge = el("span", "ag-badge", style.node_labels[shown.type] || shown.type);
  badge.style.background = typeColour(shown.type);
  append(kicker, badge);
  if (shown.code) append(kicker, " ", el("span", "ag-badge ag-badge-code", shown.code));
  if (state.colour === "community" && style.communities[shown.community]) {
    var group = el("span", "ag-badge", "group: " + style.communities[shown.community].label);
    group.style.background = nodeColour(shown);
    append(kicker, " ", group);
  }
  var title = el("span");
  append(title, u(shown.name));
  if (shown.mixed) {
    var warn = el("span", "ag-flag ag-flag-warn", "mixed scripts");
    warn.title = "This name mixes letters of different alphabets (for example a Cyrillic а in a Latin name): it may imitate another actor's name.";
    append(title, " ", warn);
  }
  append(panel, kicker, heading("", title));
  if (shown !== n) append(panel, el("p", "ag-hint", n.name + " is drawn as " + shown.name + " at country level."));
  var dl = el("dl", "ag-facts");
  fact(dl, "Code", shown.code);
  if (shown.sector) fact(dl, "Sector", shown.sector + (shown.sector_by ? " (from " + shown.sector_by + ")" : ""));
  fact(dl, "Country", shown.country);
  fact(dl, "Office", shown.office);
  fact(dl, "Affiliations", shown.affiliations);
  fact(dl, "Also called", shown.aliases);
  fact(dl, "Resolved by", shown.resolved_by);
  fact(dl, "Mentions", shown.mentions ? String(shown.mentions) : null);
  fact(dl, "Betweenness", shown.betweenness ? shown.betweenness.toFixed(3) : null);
  fact(dl, "At country level", shown.fold ? "folded into " + nameOf(shown.fold) : null);
  fact(dl, "Folds in", shown.members);
  var loops = view.domestic.get(id);
  fact(dl, "Domestic relations", loops ? plural(loops, "relation") + " between its own actors" : null);
  fact(dl, "Id", shown.id);
  append(panel, dl);
  append(panel, pathTool(id));

  var rels = view.rels.filter(function (e) {
    var p = ends(e);
    return p[0] === id || p[1] === id;
  });
  rels.sort(byDate);
  append(panel, el("h3", null, plural(rels.length, "relation") + (state.level === "country" ? " (country level)" : "")));
  var list = el("ul", "ag-rel-list");
  var LIMIT = 300;
  rels.slice(0, LIMIT).forEach(function (e) {
    var p = ends(e);
    var li = el("li");
    var sw = el("span", "ag-swatch");
    sw.style.background = e.status === "negated" ? NEGATED_COLOUR : edgeColour(e.kind);
    var other = p[0] === id ? p[1] : p[0];
    var arrow = p[0] === p[1] ? "↻ " : !e.directed ? "— " : p[0] === id ? "→ " : "← ";
    var button = el("button", "ag-link-button", arrow + e.type + (e.status !== "asserted" ? " (" + e.status + ") " : " "));
    append(button, u(nameOf(other)));
    button.type = "button";
    button.addEventListener("click", function () {
      showEdge(e.id);
    });
    append(li, sw, button, el("span", "ag-meta", e.date ? dateText(e.date) : "undated"));
    append(list, li);
  });
  append(panel, list);
  if (rels.length > LIMIT) append(panel, el("p", "ag-hint", "and " + (rels.length - LIMIT) + " more"));
  if (!rels.length) append(panel, el("p", "ag-hint", "No relations shown for this actor."));
  panel.parentNode.scrollTop = 0;
}

// ---------------------------------------------------------------- paths between two actors
/* Shortest paths (up to 4 hops) over the visible relations, direction ignored. */
function shortestPath(from, to) {
  var adj = adjacency(view.rels);
  var dist = hops(adj, from, 4);
  if (!dist.has(to)) return null;
  var path = [to];
  while (path[0] !== from) {
    var v = path[0], d = dist.get(v);
    var prev = Array.from(adj.get(v)).filter(function (w) {
      return dist.get(w) === d - 1;
    }).sort(function (a, b) {
      return nameOf(a) < nameOf(b) ? -1 : 1;
    })[0];
    path.unshift(prev);
  }
  return path;
}
function pathTool(id) {
  var box = el("div", "ag-path-tool");
  var label = el("label", "ag-meta", "Path to ");
  var input = el("input");
  input.type = "search";
  input.placeholder = "another actor";
  input.setAttribute("aria-label", "Find the shortest path from this actor to another");
  append(label, input);
  var go = el("button", "ag-button", "Find path");
  go.type = "button";
  var out = el("p", "ag-hint");
  function run() {
    var matches = searchActors(input.value);
    if (!matches.length) {
      out.textContent = "No actor matches.";
      return;
    }
    var target = matches[0].id;
    var tn = nodeById.get(target);
    if (state.level === "country" && tn.fold) target = tn.fold;
    showPath(id, target);
  }
  go.addEventListener("click", run);
  input.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") run();
  });
  append(box, label, go, out);
  return box;
}
/* Show the shortest path and its evidence; `again` when the view changed under a shown path. */
function showPath(from, to, again) {
  var path = view.nodes.has(from) && view.nodes.has(to) ? shortestPath(from, to) : null;
  clear(panel);
  var title = el("span");
  append(title, u(nameOf(from)), " … ", u(nameOf(to)));
  if (!path) {
    append(panel, heading("No path of up to 4 relations in this view", title));
    state.path = null;
    refresh();
    return false;
  }
  var pathBundles = [];
  var steps = [];
  for (var i = 0; i + 1 < path.length; i++) {
    var a = path[i], b = path[i + 1];
    var rels = view.rels.filter(function (e) {
      var p = ends(e);
      return (p[0] === a && p[1] === b) || (p[0] === b && p[1] === a);
    });
    rels.sort(byDate);
    rels.forEach(function (e) {
      var bundle = bundleOf.get(e.id);
      if (bundle && pathBundles.indexOf(bundle.key) < 0) pathBundles.push(bundle.key);
    });
    steps.push([a, b, rels]);
  }
  state.path = { from: from, to: to, nodes: path, bundles: pathBundles };
  append(panel, heading("Shortest path: " + plural(path.length - 1, "step"), title));
  steps.forEach(function (s, i) {
    var h = el("h3");
    append(h, String(i + 1) + ". ", u(nameOf(s[0])), " — ", u(nameOf(s[1])), " (" + plural(s[2].length, "relation") + ")");
    append(panel, h, relationCard(s[2][0]));
    if (s[2].length > 1) {
      var more = el("button", "ag-link-button", "all " + s[2].length + " relations of this pair");
      more.type = "button";
      more.addEventListener("click", function () {
        showEdge(s[2][0].id);
      });
      append(panel, more);
    }
  });
  refresh();
  if (!again) fit(path, true);
  return true;
}

// ---------------------------------------------------------------- overview
function barRows(counts, colourOf) {
  var frag = document.createDocumentFragment();
  var max = Math.max.apply(null, counts.map(function (c) { return c[1]; }).concat([1]));
  counts.forEach(function (c) {
    var row = el("div", "ag-bar-row");
    var bar = el("div", "ag-bar");
    bar.style.width = Math.max(2, Math.round((100 * c[1]) / max)) + "%";
    bar.style.background = colourOf(c[0]);
    var track = el("div");
    append(track, bar);
    append(row, el("span", null, c[0]), track, el("span", "ag-count", c[1]));
    append(frag, row);
  });
  return frag;
}
function actorButton(id) {
  var button = el("button", "ag-link-button");
  append(button, u(nameOf(id)));
  button.type = "button";
  button.addEventListener("click", function () {
    focusNode(id);
  });
  return button;
}
function table(headers, rows, className) {
  var t = el("table", "ag-table" + (className ? " " + className : ""));
  var tr = el("tr");
  headers.forEach(function (h) {
    var th = el("th", null, h[0]);
    if (h[1]) th.title = h[1];
    append(tr, th);
  });
  append(t, append(el("thead"), tr));
  var body = el("tbody");
  rows.forEach(function (cells) {
    var row = el("tr");
    cells.forEach(function (c) {
      append(row, c instanceof Node ? append(el("td"), c) : el("td", typeof c === "number" ? "ag-num" : null, c));
    });
    append(body, row);
  });
  append(t, body);
  return t;
}
/* Quad-class counts of a dyad as a small stacked bar (the legend's colours). */
function quadBar(counts, total) {
  var bar = el("span", "ag-quadbar");
  bar.title = ["verbal cooperation", "material cooperation", "verbal conflict", "material conflict"]
    .map(function (label, i) {
      return counts[i] + " " + label;
    })
    .join(", ");
  counts.forEach(function (c, i) {
    if (!c) return;
    var part = el("span");
    part.style.width = (100 * c) / Math.max(total, 1) + "%";
    part.style.background = edgeColour("q" + (i + 1));
    append(bar, part);
  });
  return bar;
}
var TABLE_ROWS = 15;
function renderOverview() {
  clear(panel);
  append(panel, heading("Overview of this view", data.meta.title));
  append(panel, el("p", "ag-hint", "Click a line to read its evidence, or an actor for its details. Scroll or + and − to zoom, drag or arrow keys to pan. The tables count the relations the view shows."));
  var stats = viewStats(TABLE_ROWS);
  append(panel, el("p", "ag-meta", plural(view.nodes.size, "actor") + " and " + plural(view.rels.length, "relation") + " in view."));
  if (stats.actors.length) {
    append(panel, el("h3", null, "Top actors"));
    append(
      panel,
      table(
        [["Actor"], ["Rel.", "relations in view, in and out"], ["Mentions"]],
        stats.actors.slice(0, TABLE_ROWS).map(function (a) {
          var n = nodeById.get(a[0]);
          var cell = el("span", "ag-actor-cell");
          var sw = el("span", "ag-swatch ag-round");
          sw.style.background = n ? nodeColour(n) : "#999";
          append(cell, sw, actorButton(a[0]));
          return [cell, a[1], n ? n.mentions : 0];
        }),
        "ag-table-actors"
      )
    );
  }
  if (stats.dyads.length) {
    append(panel, el("h3", null, "Top dyads"));
    append(
      panel,
      table(
        [["Source → target"], ["Rel.", "relations in view"], ["Quad classes", "stated relations (not negated, not hypothetical): verbal/material cooperation, verbal/material conflict"], ["Net", "sum of Goldstein-style scores of the stated relations: > 0 cooperative, < 0 conflictual. Negated and hypothetical relations do not count."]],
        stats.dyads.slice(0, TABLE_ROWS).map(function (d) {
          var label = pairLabel(d.from, d.to, d.directed);
          var net = Math.round(d.net * 10) / 10;
          var netCell = el("span", net > 0 ? "ag-pos" : net < 0 ? "ag-neg" : null, (net > 0 ? "+" : "") + net);
          if (d.unscored) netCell.title = plural(d.unscored, "negated or hypothetical relation") + " not counted";
          return [label, d.relations, quadBar(d.quads, d.scored), netCell];
        }),
        "ag-table-dyads"
      )
    );
  }
  var kindOfType = new Map();
  data.edges.forEach(function (e) {
    kindOfType.set(e.type, e.kind);
  });
  if (stats.types.length) {
    append(panel, el("h3", null, "Relations by type"));
    var bars = el("div", "ag-types");
    append(bars, barRows(stats.types, function (t) { return edgeColour(kindOfType.get(t) || "other"); }));
    append(panel, bars);
  }
}

/* Draw the panel for the current selection, in the current view. */
function renderPanel() {
  if (state.path) {
    showPath(state.path.from, state.path.to, true); // the path follows the view too
    return;
  }
  var sel = state.selected;
  if (sel && sel.kind === "node" && nodeById.has(sel.id)) renderNode(nodeById.get(sel.id));
  else if (sel && sel.kind === "edge" && edgeById.has(sel.id)) renderEdge(edgeById.get(sel.id));
  else renderOverview();
}
function showOverview() {
  select(null);
  return true;
}
function select(selection) {
  state.selected = selection;
  state.path = null;
  applyFilters();
}
function focusNode(id) {
  if (!nodeById.has(id)) return false;
  reveal(id); // an actor without relations is shown when asked for
  showNode(id);
  var at = selectedAtLevel();
  if (at !== null && view.nodes.has(at)) focusCamera(at);
  return true;
}
