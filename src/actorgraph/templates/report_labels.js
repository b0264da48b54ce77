/* actorgraph report page, part 2 of 4: actor names, drawn over the graph after each frame.
 * vis-network scales its labels with the zoom: at the zoom that fits a hundred actors they are
 * a few pixels tall. Here every name is drawn 12–16 px tall on screen whatever the zoom. The
 * most important actors (by the size shown) are named first and a name that would overlap a
 * name or a dot already placed is skipped, so a zoomed-out view names the central actors and
 * zooming in names the rest. The hovered and selected actors, then the selected one's
 * neighbours, always come first. Names reach the canvas through fillText: text, never HTML. */

var LABEL_PX = { min: 12, base: 14, max: 16 }; // on-screen font size: base × zoom, within min–max
var LABEL_LIMIT = 500; // names drawn per frame at most
var LABEL_CELL = 48; // screen pixels per cell of the overlap grid
var LABEL_ALWAYS = 8; // the first names drawn may cover a dot if no place is free
var labelHover = null;
var labelOrder = null; // node ids, most important first (recomputed when the size mode changes)
var labelLines = new Map(); // id -> the name in one or two lines
var labelWidths = new Map(); // id -> width of the widest line at a 100 px font

function nodeSize(n) {
  return state.size === "centrality" ? n.size_c : n.size;
}
function rankLabels() {
  labelOrder = data.nodes
    .slice()
    .sort(function (a, b) {
      return nodeSize(b) - nodeSize(a) || b.degree - a.degree || b.mentions - a.mentions || (a.name < b.name ? -1 : 1);
    })
    .map(function (n) {
      return n.id;
    });
}
/* Long names break at the space nearest their middle; each line is cut at 32 characters. */
function linesOf(n) {
  var lines = labelLines.get(n.id);
  if (lines) return lines;
  var name = n.name;
  lines = [name];
  if (name.length > 22) {
    var mid = name.length / 2, best = -1;
    for (var i = 1; i < name.length - 1; i++) {
      if (name[i] === " " && (best < 0 || Math.abs(i - mid) < Math.abs(best - mid))) best = i;
    }
    if (best > 0) lines = [name.slice(0, best), name.slice(best + 1)];
  }
  lines = lines.map(function (l) {
    return l.length > 32 ? l.slice(0, 31) + "…" : l;
  });
  labelLines.set(n.id, lines);
  return lines;
}
function widthOf(ctx, n) {
  var w = labelWidths.get(n.id);
  if (w === undefined) {
    var saved = ctx.font;
    ctx.font = "600 100px " + FONT;
    w = Math.max.apply(
      null,
      linesOf(n).map(function (l) {
        return ctx.measureText(l).width;
      })
    );
    ctx.font = saved;
    labelWidths.set(n.id, w);
  }
  return w;
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

/* Ids to name, in order: hovered and selected actors, the selected ones' neighbours, the rest. */
function labelCandidates() {
  if (!labelOrder) rankLabels();
  var first = [];
  var forced = new Set();
  var selected = network.getSelectedNodes();
  if (labelHover !== null && visibleNodes.has(labelHover)) first.push(labelHover);
  selected.forEach(function (id) {
    if (visibleNodes.has(id) && first.indexOf(id) < 0) first.push(id);
  });
  first.forEach(function (id) {
    forced.add(id);
  });
  var near = new Set(first);
  selected.forEach(function (id) {
    if (!visibleNodes.has(id)) return;
    network.getConnectedNodes(id).forEach(function (other) {
      if (visibleNodes.has(other) && !near.has(other)) {
        near.add(other);
        first.push(other);
      }
    });
  });
  var rest = labelOrder.filter(function (id) {
    return visibleNodes.has(id) && !near.has(id);
  });
  return { ids: first.concat(rest), forced: forced };
}

function drawLabels(ctx) {
  if (!visibleNodes.size) return;
  var scale = network.getScale();
  var px = Math.min(LABEL_PX.max, Math.max(LABEL_PX.min, LABEL_PX.base * scale));
  var lineHeight = px * 1.2;
  var width = container.clientWidth, height = container.clientHeight;
  var origin = network.DOMtoCanvas({ x: 0, y: 0 });
  var candidates = labelCandidates();
  var ids = candidates.ids;
  var positions = network.getPositions(ids);
  var dots = new Occupancy(), names = new Occupancy();
  // the toolbar over the graph's corner counts as a name: nothing is written under it
  var area = container.getBoundingClientRect();
  document.querySelectorAll(".ag-graph-area .ag-overlay").forEach(function (bar) {
    var b = bar.getBoundingClientRect();
    if (b.width) names.add([b.left - area.left - 4, b.top - area.top - 4, b.right - area.left + 4, b.bottom - area.top + 4]);
  });
  var onScreen = [];
  ids.forEach(function (id) {
    var p = positions[id];
    if (!p) return;
    var r = nodeSize(nodeById.get(id)) * scale;
    var sx = (p.x - origin.x) * scale, sy = (p.y - origin.y) * scale;
    if (sx < -200 || sy < -60 || sx > width + 200 || sy > height + 20) return;
    onScreen.push([id, p, sx, sy, r]);
    dots.add([sx - r, sy - r, sx + r, sy + r]);
  });
  ctx.save();
  ctx.textAlign = "left";
  ctx.textBaseline = "top";
  ctx.lineJoin = "round";
  ctx.lineWidth = 4 / scale;
  ctx.strokeStyle = "rgba(255, 255, 255, 0.9)";
  ctx.fillStyle = "#1c2430";
  var drawn = 0;
  var selected = new Set(network.getSelectedNodes());
  for (var i = 0; i < onScreen.length && drawn < LABEL_LIMIT; i++) {
    var o = onScreen[i], id = o[0], n = nodeById.get(id);
    var sx = o[2], sy = o[3], r = o[4];
    var lines = linesOf(n);
    var w = (widthOf(ctx, n) * px) / 100 + 4, h = lines.length * lineHeight;
    // below, above, right, left of the dot: the first place free of names and dots; the most
    // important actors (and the hovered and selected ones) may cover a dot, never a name
    var places = [
      [sx - w / 2, sy + r + 1],
      [sx - w / 2, sy - r - 1 - h],
      [sx + r + 3, sy - h / 2],
      [sx - r - 3 - w, sy - h / 2],
    ];
    places.forEach(function (pl) {
      // a name near the edge slides inwards rather than leave the canvas
      pl[0] = Math.max(2, Math.min(width - w - 2, pl[0]));
      pl[1] = Math.max(2, Math.min(height - h - 2, pl[1]));
    });
    var box = null, k;
    for (k = 0; k < places.length && !box; k++) {
      var b = [places[k][0], places[k][1], places[k][0] + w, places[k][1] + h];
      if (!names.hits(b) && !dots.hits(b)) box = b;
    }
    if (!box && (candidates.forced.has(id) || drawn < LABEL_ALWAYS)) {
      for (k = 0; k < places.length && !box; k++) {
        var c = [places[k][0], places[k][1], places[k][0] + w, places[k][1] + h];
        if (candidates.forced.has(id) || !names.hits(c)) box = c;
      }
    }
    if (!box) continue;
    names.add(box);
    drawn++;
    ctx.font = (selected.has(id) || id === labelHover ? "700 " : "600 ") + px / scale + "px " + FONT;
    for (var j = 0; j < lines.length; j++) {
      var lw = (ctx.measureText(lines[j]).width * scale) || 0;
      var x = origin.x + (box[0] + (w - lw) / 2) / scale;
      var y = origin.y + (box[1] + j * lineHeight) / scale;
      ctx.strokeText(lines[j], x, y);
      ctx.fillText(lines[j], x, y);
    }
  }
  ctx.restore();
  labelsDrawn = drawn;
}
var labelsDrawn = 0;
