/* actorgraph report page, part 2 of 4: the drawing, on one 2D canvas, redrawn as a whole.
 * A frame is a few batched paths: lines grouped by colour, width and dash (one per bundle of
 * relations: same pair at this level, same direction, quad class and status), arrow heads
 * grouped by colour, dots grouped by colour, then names. Nothing is built per item up front:
 * tooltips are made when the pointer enters an actor or a line. Names are written with
 * fillText (text, never HTML), at a fixed size, only for actors on the canvas, most important
 * first, never over another name.
 * (Measured on the project's 2-core machine with Debian's headless Chromium, software
 * rendering: 15,000 lines and 5,000 dots present in 0.2–0.9 s on a 2D canvas and 1.0–2.9 s
 * through WebGL (SwiftShader), under the same load; see benchmarks/render.py.) */
var container = document.getElementById("ag-graph");
var tooltip = document.getElementById("ag-tooltip");
var canvas = document.createElement("canvas");
canvas.className = "ag-canvas";
container.appendChild(canvas);
var ctx = canvas.getContext("2d");
var STATUS_DASH = { asserted: [], reported: [8, 4], hypothetical: [3.5, 3.5], negated: [1.6, 3.2] };
var NODE_SCALE = 0.42; // page sizes are radii of 10–32 px at zoom 1; dots are drawn smaller
var DIM_NODE = "#e3e6eb", DIM_EDGE = "#e6e9ee";
var LABEL_PX = 13;
var LABEL_LIMIT = 300; // names written per frame at most
var LABEL_CELL = 48; // screen pixels per cell of the overlap grid
var LABEL_THOROUGH = 500; // actors (by importance) whose names are measured and tried in every place

// ------------------------------------------------ bundles: one line per pair, direction, class, status
var bundles = []; // {key, from, to, arrow, kind, status, rels: [relation], count, types, offset}
var bundleOf = new Map(); // relation id -> bundle
function buildBundles() {
  bundles = [];
  bundleOf = new Map();
  var byKey = new Map();
  primary.forEach(function (e) {
    var p = ends(e);
    if (!p || p[0] === p[1]) return;
    var key = JSON.stringify([p[0], p[1], e.directed, e.kind, e.status]);
    var b = byKey.get(key);
    if (!b) {
      b = { key: "b" + bundles.length, from: p[0], to: p[1], arrow: e.directed, kind: e.kind, status: e.status, rels: [], count: 0, types: "", offset: 0 };
      byKey.set(key, b);
      bundles.push(b);
    }
    b.rels.push(e);
    bundleOf.set(e.id, b);
  });
  bundles.forEach(function (b) {
    b.source = nodeById.get(b.from);
    b.target = nodeById.get(b.to);
  });
}
/* Visible relations per bundle; bundles of one pair side by side, 3.5 px apart. */
function countBundles() {
  bundles.forEach(function (b) {
    b.count = 0;
    b.typeSet = null;
    b.suggested = true;
  });
  view.rels.forEach(function (e) {
    var b = bundleOf.get(e.id);
    if (b) {
      b.count++;
      (b.typeSet || (b.typeSet = new Set())).add(e.type);
      if (!suggested(e)) b.suggested = false;
    }
  });
  var pairs = new Map();
  bundles.forEach(function (b) {
    b.types = b.typeSet ? Array.from(b.typeSet).join(", ") : "";
    if (!b.count) return;
    var k = b.from < b.to ? b.from + "\u0000" + b.to : b.to + "\u0000" + b.from;
    var list = pairs.get(k);
    if (list) list.push(b);
    else pairs.set(k, [b]);
  });
  pairs.forEach(function (list) {
    list.forEach(function (b, i) {
      var off = (i - (list.length - 1) / 2) * 3.5;
      b.offset = b.from < b.to ? off : -off; // one side of the pair whatever the direction
    });
  });
}
/* A single relation is a 1-pixel line: software rasterisers draw those far faster. */
function edgeWidth(count) {
  return Math.min(1 + 0.8 * Math.log2(count), 4);
}
/* Whether the learned pair model, not a rule, found this relation (its confidence is under the rules'). */
function suggested(e) {
  return e.confidence !== null && e.confidence < style.suggested_below;
}
function bundleColour(b) {
  if (b.status === "negated") return NEGATED_COLOUR;
  var c = edgeColour(b.kind);
  if (b.count && b.suggested) return c + "59"; // faint: every relation of the line is a suggestion
  return b.status === "hypothetical" ? c + "b0" : c;
}

// ------------------------------------------------ what is emphasised: selection, path, hover
var focus = { node: null, near: new Set(), edges: new Set(), hover: null };
function updateFocus() {
  focus.node = null;
  focus.near = new Set();
  focus.edges = new Set();
  if (state.path) {
    state.path.nodes.forEach(function (id) {
      focus.near.add(id);
    });
    state.path.bundles.forEach(function (k) {
      focus.edges.add(k);
    });
    focus.node = state.path.nodes[0];
    return;
  }
  var sel = selectedAtLevel();
  if (sel !== null && view.nodes.has(sel)) {
    focus.node = sel;
    focus.near.add(sel);
    bundles.forEach(function (b) {
      if (b.count && (b.from === sel || b.to === sel)) {
        focus.near.add(b.from);
        focus.near.add(b.to);
        focus.edges.add(b.key);
      }
    });
  } else if (state.selected && state.selected.kind === "edge") {
    var e = edgeById.get(state.selected.id);
    var b = e && bundleOf.get(e.id);
    if (b && b.count) {
      bundles.forEach(function (o) {
        if (o.count && ((o.from === b.from && o.to === b.to) || (o.from === b.to && o.to === b.from))) focus.edges.add(o.key);
      });
      focus.near.add(b.from);
      focus.near.add(b.to);
      focus.node = b.from;
    }
  }
}
function nodeRadius(n) {
  return (state.size === "centrality" ? n.size_c : n.size) * NODE_SCALE;
}
/* How an actor is drawn now: colour, whether dimmed, its label. */
function nodeLook(n) {
  var dimmed = focus.node !== null && !focus.near.has(n.id);
  var loops = view.domestic.get(n.id);
  return { colour: dimmed ? DIM_NODE : nodeColour(n), dimmed: dimmed, label: n.name + (loops ? " ↻" + loops : "") };
}
/* How a bundle is drawn now: colour, width, dash. */
function bundleLook(b) {
  var dimmed = (focus.node !== null || focus.edges.size > 0) && !focus.edges.has(b.key);
  return { colour: dimmed ? DIM_EDGE : bundleColour(b), width: edgeWidth(b.count), dash: STATUS_DASH[b.status], dimmed: dimmed, arrow: b.arrow };
}

// ------------------------------------------------ camera: screen = (world - centre) × zoom + half size
var camera = { x: 0, y: 0, zoom: 1 };
var size = { width: 0, height: 0, ratio: 1 };
var cameraListeners = [];
function toScreen(x, y) {
  return [(x - camera.x) * camera.zoom + size.width / 2, (y - camera.y) * camera.zoom + size.height / 2];
}
function toWorld(sx, sy) {
  return [(sx - size.width / 2) / camera.zoom + camera.x, (sy - size.height / 2) / camera.zoom + camera.y];
}
function setCamera(c) {
  if (isFinite(c.x)) camera.x = c.x;
  if (isFinite(c.y)) camera.y = c.y;
  if (isFinite(c.zoom) && c.zoom > 0) camera.zoom = Math.min(Math.max(c.zoom, 0.005), 20);
  scheduleDraw();
  cameraListeners.forEach(function (f) {
    f();
  });
}
var animation = null;
function animateCamera(target, duration) {
  var from = { x: camera.x, y: camera.y, zoom: camera.zoom };
  var to = { x: target.x === undefined ? from.x : target.x, y: target.y === undefined ? from.y : target.y, zoom: target.zoom === undefined ? from.zoom : target.zoom };
  var start = performance.now();
  if (animation) cancelAnimationFrame(animation);
  function step(now) {
    var t = Math.min(1, (now - start) / (duration || 250));
    var k = t < 0.5 ? 2 * t * t : 1 - Math.pow(-2 * t + 2, 2) / 2;
    setCamera({
      x: from.x + (to.x - from.x) * k,
      y: from.y + (to.y - from.y) * k,
      zoom: from.zoom * Math.pow(to.zoom / from.zoom, k),
    });
    animation = t < 1 ? requestAnimationFrame(step) : null;
  }
  animation = requestAnimationFrame(step);
}
function resize() {
  var r = container.getBoundingClientRect();
  size.ratio = window.devicePixelRatio || 1;
  size.width = Math.max(1, Math.round(r.width));
  size.height = Math.max(1, Math.round(r.height));
  canvas.width = size.width * size.ratio;
  canvas.height = size.height * size.ratio;
  canvas.style.width = size.width + "px";
  canvas.style.height = size.height + "px";
}

// ------------------------------------------------ one frame
var drawPending = null;
var drawn = { labels: [], nodes: [], bundles: [] }; // what the last frame showed, for hits and tests
function scheduleDraw() {
  if (drawPending === null) drawPending = requestAnimationFrame(draw);
}
function group(map, key, make) {
  var g = map.get(key);
  if (!g) map.set(key, (g = make()));
  return g;
}
function draw() {
  if (drawPending !== null) cancelAnimationFrame(drawPending);
  drawPending = null;
  var W = size.width, H = size.height;
  ctx.setTransform(size.ratio, 0, 0, size.ratio, 0, 0);
  ctx.fillStyle = "#ffffff";
  ctx.fillRect(0, 0, W, H);
  // visible actors on screen (a margin for dots and names)
  var pos = new Map();
  var onScreen = [];
  // dots grow slower than the zoom, so that a zoomed-out view is not a carpet of dots
  var grow = Math.sqrt(camera.zoom), half = [W / 2, H / 2], centrality = state.size === "centrality";
  view.nodes.forEach(function (id) {
    var n = nodeById.get(id);
    var r = Math.max(2, (centrality ? n.size_c : n.size) * NODE_SCALE * grow);
    var p = [(n.x - camera.x) * camera.zoom + half[0], (n.y - camera.y) * camera.zoom + half[1], r];
    pos.set(id, p);
    if (p[0] > -r && p[1] > -r && p[0] < W + r && p[1] < H + r) onScreen.push([n, p[0], p[1], r]);
  });
  // lines: dimmed first, then the rest, each batch one path
  var batches = [new Map(), new Map()], heads = [new Map(), new Map()];
  var shown = [];
  for (var i = 0; i < bundles.length; i++) {
    var b = bundles[i];
    if (!b.count) continue;
    var a = pos.get(b.from), c = pos.get(b.to);
    if (!a || !c) continue;
    if ((a[0] < 0 && c[0] < 0) || (a[1] < 0 && c[1] < 0) || (a[0] > W && c[0] > W) || (a[1] > H && c[1] > H)) continue;
    var look = bundleLook(b);
    var dx = c[0] - a[0], dy = c[1] - a[1], len = Math.sqrt(dx * dx + dy * dy) || 1;
    var ux = dx / len, uy = dy / len, ox = -uy * b.offset, oy = ux * b.offset;
    var rt = c[2], rs = a[2];
    var head = look.arrow ? Math.min(4 + look.width * 1.6, len / 3) : 0;
    var x1 = a[0] + ox + ux * rs, y1 = a[1] + oy + uy * rs;
    var x2 = c[0] + ox - ux * (rt + head), y2 = c[1] + oy - uy * (rt + head);
    var layer = look.dimmed ? 0 : 1;
    group(batches[layer], look.colour + "|" + look.width.toFixed(1) + "|" + look.dash.join(","), function () {
      return { colour: look.colour, width: look.width, dash: look.dash, lines: [] };
    }).lines.push(x1, y1, x2, y2);
    if (head) {
      var tx = c[0] + ox - ux * rt, ty = c[1] + oy - uy * rt, w = head * 0.55;
      group(heads[layer], look.colour, function () {
        return { colour: look.colour, points: [] };
      }).points.push(tx, ty, tx - ux * head - uy * w, ty - uy * head + ux * w, tx - ux * head + uy * w, ty - uy * head - ux * w);
    }
    shown.push([b, x1, y1, x2 + ux * head, y2 + uy * head, look.width]);
  }
  ctx.lineCap = "butt";
  for (var layer2 = 0; layer2 < 2; layer2++) {
    batches[layer2].forEach(function (g) {
      ctx.strokeStyle = g.colour;
      ctx.lineWidth = g.width;
      ctx.setLineDash(g.dash);
      ctx.beginPath();
      for (var j = 0; j < g.lines.length; j += 4) {
        ctx.moveTo(g.lines[j], g.lines[j + 1]);
        ctx.lineTo(g.lines[j + 2], g.lines[j + 3]);
      }
      ctx.stroke();
    });
    ctx.setLineDash([]);
    heads[layer2].forEach(function (g) {
      ctx.fillStyle = g.colour;
      ctx.beginPath();
      for (var j = 0; j < g.points.length; j += 6) {
        ctx.moveTo(g.points[j], g.points[j + 1]);
        ctx.lineTo(g.points[j + 2], g.points[j + 3]);
        ctx.lineTo(g.points[j + 4], g.points[j + 5]); // fill closes each triangle (closePath is slow here)
      }
      ctx.fill();
    });
  }
  // dots, grouped by colour; dimmed ones first, emphasised ones last
  var dots = [new Map(), new Map()];
  onScreen.forEach(function (o) {
    var look = nodeLook(o[0]);
    o.push(look);
    group(dots[look.dimmed ? 0 : 1], look.colour, function () {
      return [];
    }).push(o);
  });
  ctx.lineWidth = 1;
  ctx.strokeStyle = "#ffffff";
  dots.forEach(function (layerDots) {
    layerDots.forEach(function (list, colour) {
      ctx.fillStyle = colour;
      ctx.beginPath();
      list.forEach(function (o) {
        ctx.moveTo(o[1] + o[3], o[2]);
        ctx.arc(o[1], o[2], o[3], 0, 2 * Math.PI);
      });
      ctx.fill();
      if (list.length < 4000) ctx.stroke();
    });
  });
  // rings: selected, hovered, path
  var rings = [];
  if (focus.node !== null && pos.has(focus.node)) rings.push(focus.node);
  if (state.path) rings = rings.concat(state.path.nodes);
  if (focus.hover !== null && pos.has(focus.hover)) rings.push(focus.hover);
  ctx.strokeStyle = "#111827";
  ctx.lineWidth = 2;
  rings.forEach(function (id) {
    var p = pos.get(id);
    if (!p) return;
    ctx.beginPath();
    ctx.arc(p[0], p[1], p[2] + 3, 0, 2 * Math.PI);
    ctx.stroke();
  });
  drawn.nodes = onScreen;
  drawn.bundles = shown;
  drawn.labels = drawLabels(onScreen, pos);
  if (state.edgeLabels) drawEdgeLabels(shown);
}

/* A grid of occupied screen rectangles [left, top, right, bottom]. */
function Occupancy() {
  this.cells = new Map();
}
Occupancy.prototype.each = function (r, fn) {
  for (var cx = Math.floor(r[0] / LABEL_CELL); cx <= Math.floor(r[2] / LABEL_CELL); cx++) {
    for (var cy = Math.floor(r[1] / LABEL_CELL); cy <= Math.floor(r[3] / LABEL_CELL); cy++) {
      if (fn(cx * 100003 + cy) === true) return true;
    }
  }
  return false;
};
Occupancy.prototype.hits = function (r) {
  var cells = this.cells;
  return this.each(r, function (key) {
    var list = cells.get(key);
    if (!list) return false;
    for (var i = 0; i < list.length; i++) {
      var o = list[i];
      if (r[0] < o[2] && o[0] < r[2] && r[1] < o[3] && o[1] < r[3]) return true;
    }
    return false;
  });
};
Occupancy.prototype.add = function (r) {
  var cells = this.cells;
  this.each(r, function (key) {
    var list = cells.get(key);
    if (list) list.push(r);
    else cells.set(key, [r]);
  });
};
var labelWidths = new Map();
/* A name's width on screen; measured once per distinct name, after a first estimate from its
 * length (measuring every candidate of a 20,000-actor view costs a third of a second). */
function textWidth(text, exact) {
  var w = labelWidths.get(text);
  if (w === undefined) {
    if (!exact) return text.length * LABEL_PX * 0.62;
    w = ctx.measureText(text).width;
    labelWidths.set(text, w);
  }
  return w;
}
function shortName(text) {
  return text.length > 36 ? text.slice(0, 35) + "…" : text;
}
/* The first free place for a name of width w and height h beside a dot at (x, y) of radius r:
 * right, left, centred below or above, below or above reaching left or right, then the four
 * corners (the first `tries` of these 12 places); inside the canvas, over no other name and, when
 * `dots` is given, over no dot. The box is [left, top, right, bottom] with the side it took. */
function labelPlace(x, y, r, w, h, names, dots, tries) {
  var below = y + r + 1, above = y - r - 1 - h;
  var places = [
    ["right", x + r + 3, y - h / 2],
    ["left", x - r - 3 - w, y - h / 2],
    ["centre", x - w / 2, below],
    ["centre", x - w / 2, above],
    ["left", x + r - w, below],
    ["right", x - r, below],
    ["left", x + r - w, above],
    ["right", x - r, above],
    ["right", x + r + 1, y + r / 2],
    ["right", x + r + 1, y - r / 2 - h],
    ["left", x - r - 1 - w, y + r / 2],
    ["left", x - r - 1 - w, y - r / 2 - h],
  ];
  for (var k = 0; k < tries; k++) {
    var box = [places[k][1], places[k][2], places[k][1] + w, places[k][2] + h];
    if (box[0] < 0 || box[2] > size.width || box[1] < 0 || box[3] > size.height) continue; // never cut at the edge
    if (names.hits(box) || (dots && dots.hits(box))) continue;
    box.side = places[k][0];
    return box;
  }
  return null;
}
/* Names of on-screen actors: emphasised ones first, then by size; each in the first free place
 * beside its dot (`labelPlace`); a name that fits nowhere is left out. */
var labelOrder = null; // actors by importance (size shown, degree, name); recomputed with the size mode
var labelOrderSize = null;
function drawLabels(onScreen, pos) {
  if (labelOrderSize !== state.size) {
    labelOrderSize = state.size;
    labelOrder = data.nodes.slice().sort(function (a, b) {
      return nodeRadius(b) - nodeRadius(a) || b.degree - a.degree || a.rank - b.rank;
    });
  }
  var here = new Map();
  onScreen.forEach(function (o) {
    if (!o[4].dimmed || focus.near.has(o[0].id)) here.set(o[0].id, o);
  });
  var first = [], rest = [];
  labelOrder.forEach(function (n) {
    var o = here.get(n.id);
    if (o) (focus.near.has(n.id) || n.id === focus.hover ? first : rest).push(o);
  });
  var order = first.concat(rest);
  var names = new Occupancy(), dots = new Occupancy();
  onScreen.forEach(function (o) {
    dots.add([o[1] - o[3], o[2] - o[3], o[1] + o[3], o[2] + o[3]]);
  });
  var area = container.getBoundingClientRect();
  document.querySelectorAll(".ag-graph-area .ag-overlay").forEach(function (bar) {
    var b = bar.getBoundingClientRect();
    if (b.width) names.add([b.left - area.left - 4, b.top - area.top - 4, b.right - area.left + 4, b.bottom - area.top + 4]);
  });
  ctx.font = "600 " + LABEL_PX + "px " + FONT;
  ctx.textBaseline = "middle";
  var written = [];
  var h = LABEL_PX + 2;
  for (var i = 0; i < order.length && written.length < LABEL_LIMIT; i++) {
    var o = order[i], n = o[0], x = o[1], y = o[2], r = o[3];
    var text = shortName(o[4].label);
    // the chosen actors, and the few most important, may cover a dot (never a name), where no
    // place beside their own dot is free of dots
    var forced = focus.near.has(n.id) || n.id === focus.hover || written.length < 8;
    var w = textWidth(text) + 4;
    // every place for the most important names; the first four for the long tail of a big view
    var tries = i < LABEL_THOROUGH ? 12 : 4;
    var box = labelPlace(x, y, r, w, h, names, dots, tries);
    // the first estimate of a width is generous: a name that fits nowhere by it is measured
    // and tried again (only for the first actors, so that a huge view stays fast)
    if (!box && !labelWidths.has(text) && i < LABEL_THOROUGH) {
      w = textWidth(text, true) + 4;
      box = labelPlace(x, y, r, w, h, names, dots, tries);
    }
    if (!box && forced) box = labelPlace(x, y, r, w, h, names, null, tries);
    if (!box) continue;
    // a name that is written is measured: its box fits it, on the side of its dot
    var spare = w - (textWidth(text, true) + 4);
    if (spare !== 0) {
      if (box.side === "right") box[2] -= spare;
      else if (box.side === "left") box[0] += spare;
      else {
        box[0] += spare / 2;
        box[2] -= spare / 2;
      }
    }
    names.add(box);
    written.push([n.id, text, box]);
  }
  // a pale box behind each name (stroking glyphs costs far more), then the names
  ctx.fillStyle = "rgba(255, 255, 255, 0.8)";
  ctx.beginPath();
  written.forEach(function (w) {
    ctx.rect(w[2][0], w[2][1] + 1, w[2][2] - w[2][0], w[2][3] - w[2][1] - 2);
  });
  ctx.fill();
  ctx.fillStyle = "#1c2430";
  written.forEach(function (w) {
    ctx.fillText(w[1], w[2][0] + 2, w[2][1] + h / 2);
  });
  return written.map(function (w) {
    return w[0];
  });
}
/* Relation types on the lines, where they fit (only when asked for). */
function drawEdgeLabels(shown) {
  if (shown.length > 3000) return;
  ctx.font = "10px " + FONT;
  ctx.textBaseline = "middle";
  ctx.lineWidth = 3;
  ctx.strokeStyle = "#ffffff";
  ctx.fillStyle = "#4a5564";
  var taken = new Occupancy();
  shown.forEach(function (s) {
    if (bundleLook(s[0]).dimmed) return;
    var text = shortName(s[0].types);
    var w = ctx.measureText(text).width + 4, mx = (s[1] + s[3]) / 2, my = (s[2] + s[4]) / 2;
    var box = [mx - w / 2, my - 7, mx + w / 2, my + 7];
    if (Math.hypot(s[3] - s[1], s[4] - s[2]) < w + 20 || taken.hits(box)) return;
    taken.add(box);
    ctx.strokeText(text, box[0] + 2, my);
    ctx.fillText(text, box[0] + 2, my);
  });
}

// ------------------------------------------------ hits: what is under the pointer
function nodeAt(sx, sy) {
  for (var i = drawn.nodes.length - 1; i >= 0; i--) {
    var o = drawn.nodes[i];
    var dx = sx - o[1], dy = sy - o[2];
    if (dx * dx + dy * dy <= (o[3] + 3) * (o[3] + 3)) return o[0];
  }
  return null;
}
function bundleAt(sx, sy) {
  var best = null, bestDist = Infinity;
  drawn.bundles.forEach(function (s) {
    var x1 = s[1], y1 = s[2], x2 = s[3], y2 = s[4];
    var dx = x2 - x1, dy = y2 - y1, l2 = dx * dx + dy * dy;
    var t = l2 ? Math.max(0, Math.min(1, ((sx - x1) * dx + (sy - y1) * dy) / l2)) : 0;
    var px = x1 + t * dx - sx, py = y1 + t * dy - sy;
    var d = Math.sqrt(px * px + py * py);
    if (d <= Math.max(4, s[5] / 2 + 2) && d < bestDist) {
      best = s[0];
      bestDist = d;
    }
  });
  return best;
}

// ------------------------------------------------ tooltips (DOM elements, built on hover)
function nodeTip(n) {
  var tip = document.createDocumentFragment();
  append(tip, u(n.name, "ag-tip-title"));
  var sub = el("div", "ag-tip-sub");
  append(sub, (style.node_labels[n.type] || n.type) + (n.code ? " · " + n.code : n.country ? " · " + n.country : ""));
  if (n.country_only) append(sub, " (country level)");
  append(tip, sub);
  return tip;
}
function bundleTip(b) {
  var tip = document.createDocumentFragment();
  var head = el("div", "ag-tip-title");
  append(head, u(nameOf(b.from)), b.arrow ? " → " : " — ", u(nameOf(b.to)));
  append(tip, head);
  append(tip, el("div", "ag-tip-sub", plural(b.count, "relation") + " · " + b.types + " · " + (style.status_labels[b.status] || b.status).toLowerCase()));
  return tip;
}
function showTip(content, x, y) {
  clear(tooltip);
  append(tooltip, content);
  tooltip.hidden = false;
  var w = tooltip.offsetWidth, h = tooltip.offsetHeight;
  var left = x + 14, top = y + 14;
  if (left + w > size.width - 4) left = Math.max(4, x - w - 10);
  if (top + h > size.height - 4) top = Math.max(4, y - h - 10);
  tooltip.style.left = left + "px";
  tooltip.style.top = top + "px";
}
function hideTip() {
  tooltip.hidden = true;
  clear(tooltip);
}

// ------------------------------------------------ camera moves
/* Fit the visible actors (or `ids`), leaving a margin for their names. */
function fit(ids, animate) {
  var list = ids || Array.from(view.nodes);
  var x0 = Infinity, x1 = -Infinity, y0 = Infinity, y1 = -Infinity;
  list.forEach(function (id) {
    var n = nodeById.get(id);
    if (!n) return;
    x0 = Math.min(x0, n.x);
    x1 = Math.max(x1, n.x);
    y0 = Math.min(y0, n.y);
    y1 = Math.max(y1, n.y);
  });
  if (x0 === Infinity) return;
  // room for names on the right, the toolbar above and the status line below
  var zoom = Math.min((size.width - 200) / Math.max(x1 - x0, 1), (size.height - 120) / Math.max(y1 - y0, 1));
  zoom = Math.max(0.005, Math.min(zoom, 1.3));
  var target = { x: (x0 + x1) / 2 + 45 / zoom, y: (y0 + y1) / 2 - 8 / zoom, zoom: zoom };
  if (animate) animateCamera(target, 300);
  else setCamera(target);
}
function zoomBy(factor, sx, sy) {
  var target = { zoom: Math.min(Math.max(camera.zoom * factor, 0.005), 20) };
  if (sx !== undefined) {
    // keep the point under the pointer where it is
    var w = toWorld(sx, sy);
    target.x = w[0] - (sx - size.width / 2) / target.zoom;
    target.y = w[1] - (sy - size.height / 2) / target.zoom;
    setCamera(target);
  } else animateCamera(target, 150);
}
function panBy(dx, dy) {
  animateCamera({ x: camera.x + (dx * size.width * 0.15) / camera.zoom, y: camera.y + (dy * size.height * 0.15) / camera.zoom }, 120);
}
function focusCamera(id) {
  var n = nodeById.get(id);
  if (n) animateCamera({ x: n.x, y: n.y, zoom: Math.max(camera.zoom, 1) }, 350);
}

// ------------------------------------------------ pointer: drag to pan, wheel to zoom, click, hover
var handlers = { clickNode: null, clickEdge: null, clickStage: null };
(function () {
  var drag = null;
  var hoverKey = null;
  function local(ev) {
    var r = container.getBoundingClientRect();
    return [ev.clientX - r.left, ev.clientY - r.top];
  }
  canvas.addEventListener("pointerdown", function (ev) {
    var p = local(ev);
    drag = { x: p[0], y: p[1], cx: camera.x, cy: camera.y, moved: false };
    canvas.setPointerCapture(ev.pointerId);
  });
  canvas.addEventListener("pointermove", function (ev) {
    var p = local(ev);
    if (drag) {
      if (Math.abs(p[0] - drag.x) + Math.abs(p[1] - drag.y) > 4) drag.moved = true;
      if (drag.moved) {
        hideTip();
        setCamera({ x: drag.cx - (p[0] - drag.x) / camera.zoom, y: drag.cy - (p[1] - drag.y) / camera.zoom });
      }
      return;
    }
    var n = nodeAt(p[0], p[1]);
    var b = n ? null : bundleAt(p[0], p[1]);
    var key = n ? "n" + n.id : b ? "b" + b.key : null;
    canvas.style.cursor = key ? "pointer" : "grab";
    if (key === hoverKey) return;
    hoverKey = key;
    focus.hover = n ? n.id : null;
    if (n) showTip(nodeTip(n), p[0], p[1]);
    else if (b) showTip(bundleTip(b), p[0], p[1]);
    else hideTip();
    scheduleDraw();
  });
  canvas.addEventListener("pointerleave", function () {
    hoverKey = null;
    focus.hover = null;
    hideTip();
    scheduleDraw();
  });
  canvas.addEventListener("pointerup", function (ev) {
    var d = drag;
    drag = null;
    if (!d || d.moved) return;
    var p = local(ev);
    var n = nodeAt(p[0], p[1]);
    var b = n ? null : bundleAt(p[0], p[1]);
    if (n && handlers.clickNode) handlers.clickNode(n);
    else if (b && handlers.clickEdge) handlers.clickEdge(b);
    else if (!n && !b && handlers.clickStage) handlers.clickStage();
  });
  canvas.addEventListener(
    "wheel",
    function (ev) {
      ev.preventDefault();
      var p = local(ev);
      hideTip();
      zoomBy(Math.pow(1.0015, -ev.deltaY), p[0], p[1]);
    },
    { passive: false }
  );
})();
if (window.ResizeObserver) {
  new ResizeObserver(function () {
    resize();
    scheduleDraw();
  }).observe(container);
}

// ------------------------------------------------ exports of the view
function download(name, mime, content) {
  var a = el("a");
  a.download = name;
  a.href = typeof content === "string" && content.slice(0, 5) === "data:" ? content : URL.createObjectURL(new Blob([content], { type: mime }));
  a.rel = "noopener";
  document.body.appendChild(a);
  a.click();
  a.remove();
}
/* The drawing as a PNG (data: URL). */
function viewPNG() {
  draw();
  return canvas.toDataURL("image/png");
}
/* The visible actors and lines as SVG (names as text elements, made by the DOM). */
function viewSVG() {
  draw();
  var NS = "http://www.w3.org/2000/svg";
  var svg = document.createElementNS(NS, "svg");
  svg.setAttribute("xmlns", NS);
  svg.setAttribute("width", size.width);
  svg.setAttribute("height", size.height);
  svg.setAttribute("viewBox", "0 0 " + size.width + " " + size.height);
  function add(tag, attrs, text) {
    var node = document.createElementNS(NS, tag);
    Object.keys(attrs).forEach(function (k) {
      node.setAttribute(k, attrs[k]);
    });
    if (text !== undefined) node.textContent = text;
    svg.appendChild(node);
  }
  add("rect", { width: size.width, height: size.height, fill: "#ffffff" });
  drawn.bundles.forEach(function (s) {
    var look = bundleLook(s[0]);
    var attrs = { x1: s[1].toFixed(1), y1: s[2].toFixed(1), x2: s[3].toFixed(1), y2: s[4].toFixed(1), stroke: look.colour.slice(0, 7), "stroke-width": look.width.toFixed(1) };
    if (look.dash.length) attrs["stroke-dasharray"] = look.dash.join(" ");
    add("line", attrs);
  });
  drawn.nodes.forEach(function (o) {
    add("circle", { cx: o[1].toFixed(1), cy: o[2].toFixed(1), r: o[3].toFixed(1), fill: o[4].colour });
  });
  drawn.labels.forEach(function (id) {
    var o = drawn.nodes.filter(function (d) { return d[0].id === id; })[0];
    if (o) add("text", { x: (o[1] + o[3] + 3).toFixed(1), y: (o[2] + 4).toFixed(1), "font-family": "sans-serif", "font-size": "12" }, o[4].label);
  });
  return new XMLSerializer().serializeToString(svg);
}
