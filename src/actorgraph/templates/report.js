/* actorgraph report page.
 * All data comes from the JSON block #ag-data. Article text (names, sentences, predicates,
 * titles, URLs) is untrusted: it only ever reaches the DOM through textContent, text nodes
 * and DOM properties, never innerHTML; tooltips are DOM elements, never HTML strings. */
(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("ag-data").textContent);
  var style = data.style;
  var FONT = getComputedStyle(document.body).fontFamily || "sans-serif";
  var panel = document.getElementById("ag-panel");

  var nodeById = new Map();
  var edgeById = new Map();
  var pairEdges = new Map();
  var nodeEdges = new Map();

  data.nodes.forEach(function (n) {
    nodeById.set(n.id, n);
    nodeEdges.set(n.id, []);
  });
  data.edges.forEach(function (e) {
    edgeById.set(e.id, e);
    var key = pairKey(e.from, e.to);
    if (!pairEdges.has(key)) pairEdges.set(key, []);
    pairEdges.get(key).push(e);
    nodeEdges.get(e.from).push(e);
    if (e.to !== e.from) nodeEdges.get(e.to).push(e);
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
  function nodeColour(type) {
    return style.node_colours[type] || style.node_colours.other;
  }
  function edgeColour(kind) {
    return style.edge_colours[kind] || style.edge_colours.other;
  }
  function nameOf(id) {
    var n = nodeById.get(id);
    return n ? n.name : id;
  }
  function day(date) {
    return date ? String(date).slice(0, 10) : "";
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

  // ---------------------------------------------------------------- tooltips (DOM elements)
  function nodeTip(n) {
    var tip = el("div");
    append(tip, el("div", "ag-tip-title", n.name));
    var sub = (style.node_labels[n.type] || n.type) + (n.country ? " · " + n.country : "");
    append(tip, el("div", "ag-tip-sub", sub + " · " + plural(n.degree, "relation")));
    return tip;
  }
  function edgeTip(e) {
    var tip = el("div");
    append(tip, el("div", "ag-tip-title", nameOf(e.from) + (e.directed ? " → " : " — ") + nameOf(e.to)));
    var sub = e.type + (e.predicate ? ": “" + e.predicate + "”" : "") + (e.date ? " · " + day(e.date) : "");
    append(tip, el("div", "ag-tip-sub", sub));
    return tip;
  }

  // ---------------------------------------------------------------- vis data
  var big = data.nodes.length > 400 || data.edges.length > 1500;
  var nodes = new vis.DataSet(
    data.nodes.map(function (n) {
      var c = nodeColour(n.type);
      return {
        id: n.id,
        label: n.name,
        x: n.x,
        y: n.y,
        size: n.size,
        title: nodeTip(n),
        color: {
          background: c,
          border: darken(c, 0.72),
          highlight: { background: c, border: "#111827" },
          hover: { background: c, border: "#111827" },
        },
      };
    })
  );
  var edges = new vis.DataSet(
    data.edges.map(function (e) {
      var c = edgeColour(e.kind);
      return {
        id: e.id,
        from: e.from,
        to: e.to,
        label: e.kind === "affiliation" ? undefined : e.type, // grey = affiliation, see the legend
        title: edgeTip(e),
        arrows: { to: { enabled: e.directed, scaleFactor: 0.5 } },
        dashes: isDashed(e) ? [6, 4] : false,
        color: { color: c, highlight: darken(c, 0.75), hover: darken(c, 0.85), opacity: 0.9 },
        smooth: e.roundness > 0 ? { enabled: true, type: e.smooth, roundness: e.roundness } : { enabled: false },
      };
    })
  );

  var options = {
    autoResize: true,
    physics: false,
    layout: { improvedLayout: false, randomSeed: 42 },
    nodes: {
      shape: "dot",
      borderWidth: 1.5,
      borderWidthSelected: 3,
      font: { face: FONT, size: 14, color: "#1c2430", strokeWidth: 4, strokeColor: "#ffffff" },
      widthConstraint: { maximum: 170 },
      scaling: { label: { enabled: false } },
    },
    edges: {
      width: 1.4,
      selectionWidth: 1.6,
      hoverWidth: 0.8,
      font: { face: FONT, size: 9, color: "#4a5564", strokeWidth: 3, strokeColor: "#ffffff", align: "horizontal" },
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

  var container = document.getElementById("ag-graph");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, options);

  function fit() {
    network.fit({ animation: false, maxZoomLevel: 1.3 });
  }
  fit();

  // ---------------------------------------------------------------- panel views
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
    if (date) append(meta, " · " + day(date));
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

  function showEdge(id) {
    var e = edgeById.get(id);
    if (!e) return false;
    var rels = pairEdges.get(pairKey(e.from, e.to)).slice().sort(byDate);
    // the clicked relation first, then the rest of the pair in date order
    rels = [e].concat(rels.filter(function (r) { return r !== e; }));
    clear(panel);
    var title = e.from === e.to ? nameOf(e.from) : nameOf(e.from) + " ⇄ " + nameOf(e.to);
    append(panel, heading(plural(rels.length, "relation") + " between", title));
    append(panel, el("h3", null, "Evidence"));
    rels.forEach(function (r) {
      append(panel, relationCard(r));
    });
    network.setSelection({ nodes: [], edges: [id] }, { unselectAll: true, highlightEdges: false });
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
    badge.style.background = nodeColour(n.type);
    append(kicker, badge);
    append(panel, kicker, el("h2", null, n.name));
    var dl = el("dl", "ag-facts");
    fact(dl, "Country", n.country);
    fact(dl, "Office", n.office);
    fact(dl, "Also called", n.aliases);
    fact(dl, "Resolved by", n.resolved_by);
    fact(dl, "Mentions", n.mentions ? String(n.mentions) : null);
    fact(dl, "Members", n.members);
    fact(dl, "Id", n.id);
    append(panel, dl);

    var rels = nodeEdges.get(id).slice().sort(byDate);
    append(panel, el("h3", null, plural(rels.length, "relation")));
    var list = el("ul", "ag-rel-list");
    var LIMIT = 300;
    rels.slice(0, LIMIT).forEach(function (e) {
      var li = el("li");
      var sw = el("span", "ag-swatch");
      sw.style.background = edgeColour(e.kind);
      var outgoing = e.from === id;
      var other = outgoing ? e.to : e.from;
      var button = el("button", "ag-link-button", (outgoing ? "→ " : "← ") + e.type + " " + nameOf(other));
      button.type = "button";
      button.addEventListener("click", function () {
        showEdge(e.id);
      });
      append(li, sw, button, el("span", "ag-meta", day(e.date)));
      append(list, li);
    });
    append(panel, list);
    if (rels.length > LIMIT) append(panel, el("p", "ag-hint", "and " + (rels.length - LIMIT) + " more"));
    if (!rels.length) append(panel, el("p", "ag-hint", "No relations drawn for this actor."));
    network.setSelection({ nodes: [id], edges: [] }, { unselectAll: true, highlightEdges: true });
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

  function showOverview() {
    clear(panel);
    append(panel, heading("Overview", data.meta.title));
    append(panel, el("p", "ag-hint", "Click a relation (edge) to read its evidence, or an actor to see its details. Hover for a summary; scroll to zoom, drag to pan."));

    var typeCounts = new Map();
    var kindOfType = new Map();
    data.edges.forEach(function (e) {
      typeCounts.set(e.type, (typeCounts.get(e.type) || 0) + 1);
      kindOfType.set(e.type, e.kind);
    });
    var rows = Array.from(typeCounts.entries()).sort(function (a, b) { return b[1] - a[1] || (a[0] < b[0] ? -1 : 1); });
    if (rows.length) {
      append(panel, el("h3", null, "Relations by type"));
      append(panel, barRows(rows, function (t) { return edgeColour(kindOfType.get(t)); }, function (t) { return t; }));
    }

    var top = data.nodes.slice().sort(function (a, b) { return b.degree - a.degree || (a.name < b.name ? -1 : 1); }).slice(0, 12);
    if (top.length) {
      append(panel, el("h3", null, "Most connected actors"));
      var list = el("ul", "ag-rel-list");
      top.forEach(function (n) {
        var li = el("li");
        var sw = el("span", "ag-swatch");
        sw.style.background = nodeColour(n.type);
        sw.style.borderRadius = "50%";
        var button = el("button", "ag-link-button", n.name);
        button.type = "button";
        button.addEventListener("click", function () {
          focusNode(n.id);
        });
        append(li, sw, button, el("span", "ag-meta", plural(n.degree, "relation")));
        append(list, li);
      });
      append(panel, list);
    }
  }

  function focusNode(id) {
    if (!showNode(id)) return false;
    network.focus(id, { scale: Math.max(network.getScale(), 1.1), animation: { duration: 350, easingFunction: "easeInOutQuad" } });
    return true;
  }

  // ---------------------------------------------------------------- search
  var input = document.getElementById("ag-search-input");
  var status = document.getElementById("ag-search-status");
  var datalist = document.getElementById("ag-actor-names");
  var names = [];
  data.nodes.forEach(function (n) {
    names.push({ id: n.id, text: n.name.toLowerCase(), alias: false });
    n.aliases.forEach(function (a) {
      names.push({ id: n.id, text: String(a).toLowerCase(), alias: true });
    });
  });
  data.nodes
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
    status.textContent = id === null && input.value.trim() ? "No actor matches." : "";
    if (id !== null) focusNode(id);
    return id;
  }
  input.addEventListener("change", search);
  input.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") search();
  });

  // ---------------------------------------------------------------- events and controls
  network.on("click", function (params) {
    if (params.nodes.length) showNode(params.nodes[0]);
    else if (params.edges.length) showEdge(params.edges[0]);
    else showOverview();
  });
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
  setEdgeLabels(edgeLabelsOn);

  showOverview();

  window.actorgraph = {
    network: network,
    nodes: nodes,
    edges: edges,
    data: data,
    showEdge: showEdge,
    showNode: showNode,
    showOverview: showOverview,
    findActor: findActor,
    focusNode: focusNode,
  };
})();
