/* actorgraph report page, part 3 of 4: the side panel (evidence, actor details, overview). */

function heading(kicker, title) {
  var frag = document.createDocumentFragment();
  append(frag, el("div", "ag-kicker", kicker), el("h2", null, title));
  return frag;
}
function typeBadge(e) {
  var badge = el("span", "ag-badge", e.type || "?");
  badge.style.background = edgeColour(e.kind);
  return badge;
}
function flagList(e) {
  var flags = [];
  if (e.negated) flags.push(el("span", "ag-flag", "negated"));
  if (e.hypothetical) flags.push(el("span", "ag-flag", "hypothetical"));
  if (e.attributed_to) flags.push(el("span", "ag-flag", "reported by " + (e.attributed_name || e.attributed_to)));
  if (!e.directed) flags.push(el("span", "ag-flag", "mutual"));
  return flags;
}

/* The sentence as text nodes, with the first occurrence of the predicate in a <mark>. */
function highlighted(sentence, predicate) {
  var p = el("p", "ag-sentence");
  var at = -1;
  if (predicate) {
    var lower = sentence.toLowerCase();
    at = lower.length === sentence.length ? lower.indexOf(predicate.toLowerCase()) : sentence.indexOf(predicate);
  }
  if (at < 0) {
    append(p, sentence);
    return p;
  }
  append(
    p,
    sentence.slice(0, at),
    el("mark", null, sentence.slice(at, at + predicate.length)),
    sentence.slice(at + predicate.length)
  );
  return p;
}

function documentLine(e) {
  var meta = el("div", "ag-meta");
  var doc = e.doc_id !== null ? data.documents[e.doc_id] : undefined;
  var label = doc && doc.title ? doc.title : e.doc_id ? "document " + e.doc_id : "unknown document";
  var url = doc ? safeUrl(doc.url) : null;
  if (url) {
    var a = el("a", null, label);
    a.href = url;
    a.target = "_blank";
    a.rel = "noopener noreferrer";
    append(meta, a);
  } else {
    append(meta, el("span", null, label));
  }
  if (doc && doc.source) append(meta, " · " + doc.source);
  var date = e.date || (doc && doc.date);
  if (date) append(meta, " · " + dateText(date));
  if (e.goldstein !== null) append(meta, " · score " + e.goldstein);
  if (e.confidence !== null) append(meta, " · confidence " + Math.round(e.confidence * 100) + "%");
  return meta;
}

function relationCard(e) {
  var card = el("article", "ag-card");
  card.style.borderLeftColor = edgeColour(e.kind);
  card.setAttribute("data-edge", e.id);
  var head = el("div", "ag-card-head");
  append(head, typeBadge(e), el("span", "ag-card-dir", nameOf(e.from) + (e.directed ? " → " : " — ") + nameOf(e.to)));
  flagList(e).forEach(function (f) {
    append(head, f);
  });
  append(card, head);
  if (e.predicate) append(card, el("div", "ag-meta", "predicate: “" + e.predicate + "”"));
  append(card, highlighted(e.sentence, e.predicate), documentLine(e));
  return card;
}

/* Every relation of the clicked edge's pair (at the current level), the clicked one first. */
function showEdge(id) {
  var e = edgeById.get(id);
  var p = e && ends(e);
  if (!p) return false;
  var key = pairKey(p[0], p[1]);
  var all = data.edges.filter(function (r) {
    var q = ends(r);
    return q && pairKey(q[0], q[1]) === key;
  });
  var rels = all.filter(function (r) {
    return r === e || visibleEdges.has(r.id);
  });
  rels.sort(byDate);
  rels = [e].concat(rels.filter(function (r) { return r !== e; }));
  clear(panel);
  var title = p[0] === p[1] ? nameOf(p[0]) : nameOf(p[0]) + " ⇄ " + nameOf(p[1]);
  append(panel, heading(plural(rels.length, "relation") + " between", title));
  if (all.length > rels.length) {
    append(panel, el("p", "ag-hint", plural(all.length - rels.length, "more relation") + " hidden by the filters."));
  }
  append(panel, el("h3", null, "Evidence"));
  rels.forEach(function (r) {
    append(panel, relationCard(r));
  });
  if (visibleEdges.has(id)) network.setSelection({ nodes: [], edges: [id] }, { unselectAll: true, highlightEdges: false });
  panel.parentNode.scrollTop = 0;
  return true;
}

function fact(dl, label, value) {
  if (value === null || value === undefined || value === "" || (Array.isArray(value) && !value.length)) return;
  append(dl, el("dt", null, label), el("dd", null, Array.isArray(value) ? value.join(", ") : value));
}

function showNode(id) {
  var n = nodeById.get(id);
  if (!n) return false;
  clear(panel);
  var kicker = el("div", "ag-kicker");
  var badge = el("span", "ag-badge", style.node_labels[n.type] || n.type);
  badge.style.background = typeColour(n.type);
  append(kicker, badge);
  if (state.colour === "community" && style.communities[n.community]) {
    var group = el("span", "ag-badge", "group: " + style.communities[n.community].label);
    group.style.background = nodeColour(n);
    append(kicker, " ", group);
  }
  append(panel, kicker, el("h2", null, n.name));
  var dl = el("dl", "ag-facts");
  fact(dl, "Country", n.country);
  fact(dl, "Office", n.office);
  fact(dl, "Affiliations", n.affiliations);
  fact(dl, "Also called", n.aliases);
  fact(dl, "Resolved by", n.resolved_by);
  fact(dl, "Mentions", n.mentions ? String(n.mentions) : null);
  fact(dl, "Betweenness", n.betweenness ? n.betweenness.toFixed(3) : null);
  fact(dl, "At country level", n.fold ? "folded into " + nameOf(n.fold) : null);
  fact(dl, "Folds in", n.members);
  fact(dl, "Id", n.id);
  append(panel, dl);

  var rels = data.edges.filter(function (e) {
    var p = visibleEdges.has(e.id) && ends(e);
    return p && (p[0] === id || p[1] === id);
  });
  rels.sort(byDate);
  append(panel, el("h3", null, plural(rels.length, "relation") + (state.level === "country" ? " (country level)" : "")));
  var list = el("ul", "ag-rel-list");
  var LIMIT = 300;
  rels.slice(0, LIMIT).forEach(function (e) {
    var p = ends(e);
    var li = el("li");
    var sw = el("span", "ag-swatch");
    sw.style.background = edgeColour(e.kind);
    var outgoing = p[0] === id;
    var other = outgoing ? p[1] : p[0];
    var button = el("button", "ag-link-button", (outgoing ? "→ " : "← ") + e.type + " " + nameOf(other));
    button.type = "button";
    button.addEventListener("click", function () {
      showEdge(e.id);
    });
    append(li, sw, button, el("span", "ag-meta", dateText(e.date)));
    append(list, li);
  });
  append(panel, list);
  if (rels.length > LIMIT) append(panel, el("p", "ag-hint", "and " + (rels.length - LIMIT) + " more"));
  if (!rels.length) append(panel, el("p", "ag-hint", "No relations shown for this actor."));
  if (visibleNodes.has(id)) network.setSelection({ nodes: [id], edges: [] }, { unselectAll: true, highlightEdges: true });
  panel.parentNode.scrollTop = 0;
  return true;
}

function barRows(counts, colourOf, labelOf) {
  var frag = document.createDocumentFragment();
  var max = Math.max.apply(null, counts.map(function (c) { return c[1]; }).concat([1]));
  counts.forEach(function (c) {
    var row = el("div", "ag-bar-row");
    var bar = el("div", "ag-bar");
    bar.style.width = Math.max(2, Math.round((100 * c[1]) / max)) + "%";
    bar.style.background = colourOf(c[0]);
    var track = el("div");
    append(track, bar);
    append(row, el("span", null, labelOf(c[0])), track, el("span", "ag-count", c[1]));
    append(frag, row);
  });
  return frag;
}

function actorButton(id, label) {
  var button = el("button", "ag-link-button", label);
  button.type = "button";
  button.addEventListener("click", function () {
    focusNode(id);
  });
  return button;
}

function table(headers, rows) {
  var t = el("table", "ag-table");
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
    .map(function (label, i) { return counts[i] + " " + label; })
    .join(", ");
  counts.forEach(function (c, i) {
    if (!c) return;
    var part = el("span");
    part.style.width = (100 * c) / total + "%";
    part.style.background = edgeColour("q" + (i + 1));
    append(bar, part);
  });
  return bar;
}

function showOverview() {
  clear(panel);
  append(panel, heading("Overview", data.meta.title));
  append(panel, el("p", "ag-hint", "Click a relation (edge) to read its evidence, or an actor to see its details. Scroll to zoom, drag to pan; the bar above the graph filters what is shown."));
  var tables = data.tables;
  var dyadNames = new Map(tables.names);

  if (tables.actors.length) {
    append(panel, el("h3", null, "Top actors"));
    append(
      panel,
      table(
        [["Actor"], ["Mentions"], ["Rel.", "relations in and out"], ["Betw.", "betweenness centrality (0–1) in the drawn graph"]],
        tables.actors.map(function (a) {
          var cell = el("span", "ag-actor-cell");
          var sw = el("span", "ag-swatch ag-round");
          sw.style.background = typeColour(a[2]);
          append(cell, sw, nodeById.has(a[0]) ? actorButton(a[0], a[1]) : el("span", null, a[1]));
          return [cell, a[3], a[4], a[5] === null ? "–" : a[5].toFixed(2)];
        })
      )
    );
  }
  if (tables.dyads.length) {
    append(panel, el("h3", null, "Top dyads"));
    append(
      panel,
      table(
        [["Source → target"], ["Rel.", "relations"], ["Quad classes", "verbal/material cooperation, verbal/material conflict"], ["Net", "sum of Goldstein-style scores: > 0 cooperative, < 0 conflictual"]],
        tables.dyads.map(function (d) {
          var label = (dyadNames.get(d[0]) || d[0]) + " → " + (dyadNames.get(d[1]) || d[1]);
          var net = el("span", d[7] > 0 ? "ag-pos" : d[7] < 0 ? "ag-neg" : null, (d[7] > 0 ? "+" : "") + d[7]);
          return [label, d[2], quadBar(d.slice(3, 7), d[2]), net];
        })
      )
    );
  }
  var kindOfType = new Map();
  data.edges.forEach(function (e) {
    kindOfType.set(e.type, e.kind);
  });
  if (tables.types.length) {
    append(panel, el("h3", null, "Relations by type"));
    append(panel, barRows(tables.types, function (t) { return edgeColour(kindOfType.get(t) || "other"); }, function (t) { return t; }));
  }
}

function focusNode(id) {
  if (!nodeById.has(id)) return false;
  reveal(id); // an actor without relations is shown when asked for
  if (!showNode(id)) return false;
  if (visibleNodes.has(id)) {
    network.focus(id, { scale: Math.max(network.getScale(), 1.1), animation: { duration: 350, easingFunction: "easeInOutQuad" } });
  }
  return true;
}
