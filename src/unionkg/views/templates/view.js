(function () {
  "use strict";
  var body = document.body;
  var data = JSON.parse(document.getElementById("graph-data").textContent);
  var FONT = data.font;

  // Tooltips are DOM nodes filled with textContent: names are shown, never parsed.
  function tip(info) {
    var box = document.createElement("div");
    function line(cls, text) {
      var el = document.createElement("div");
      el.className = cls;
      el.textContent = text;
      box.appendChild(el);
    }
    line("tip-head", info.type + " · " + info.name);
    if (info.aliases && info.aliases.length) { line("tip-alias", "别名 aliases：" + info.aliases.join("、")); }
    if (info.reports) { line("tip-reports", "见于 " + info.reports + " 篇报告 reports"); }
    (info.evidence || []).forEach(function (ev) {
      line("tip-ev", "「" + ev.sentence + "」 —《" + ev.report + "》");
    });
    if (info.more) { line("tip-more", "另有 " + info.more + " 条证据 more evidence"); }
    return box;
  }

  data.nodes.forEach(function (n) { n.title = tip(n.info); });
  data.edges.forEach(function (e) { e.title = tip(e.info); });
  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var layout = data.layout;
  var hidden = {};
  // nodes with no relation wait behind a toggle, unless there is nothing else to show
  // (graph.html?lone opens with them shown, as the toggle does)
  var showLone = data.nodes.every(function (n) { return n.lone; }) || /[?&]lone\b/.test(window.location.search);
  var nodeView = new vis.DataView(nodes, {
    filter: function (n) { return !hidden[n.kind] && (showLone || !n.lone); }
  });
  var big = data.nodes.length > 300;
  var container = document.getElementById("graph");

  // The canvas is as tall as the layout needs at the zoom its width allows (at most 1:1),
  // so fitting everything keeps labels at their drawn size instead of shrinking them.
  function sizeCanvas() {
    var height = showLone ? layout.height : layout.related;
    var width = container.clientWidth || 800;
    var scale = Math.min(1, width / (1.1 * Math.max(layout.width, 1)));
    var px = Math.max(320, Math.ceil(height * 1.1 * scale) + 60);
    container.style.height = px + "px";
  }
  sizeCanvas();

  var network = new vis.Network(container, { nodes: nodeView, edges: edges }, {
    physics: { enabled: false },
    layout: { improvedLayout: false },
    interaction: { hover: true, tooltipDelay: 150, hideEdgesOnDrag: big, hideEdgesOnZoom: big },
    nodes: { borderWidth: 1.5, font: { face: FONT, size: layout.font, color: "#222222" },
             scaling: { label: { drawThreshold: 6 } } },
    edges: {
      smooth: false, width: 1.2, arrows: { to: { enabled: true, scaleFactor: 0.6 } },
      // relation names appear once zoomed in past 1.25: at the overview they would cover the labels
      font: { face: FONT, size: 8, color: "#555555", strokeWidth: 3, strokeColor: "#ffffff", align: "middle" },
      scaling: { label: { drawThreshold: 11 } }
    }
  });
  window.unionkgNetwork = network;

  // The first view shows everything at the largest zoom the width allows (at most 1:1), with
  // the canvas as tall as that needs: the drawing is fitted, but labels keep their size.
  // Past the label limit the most connected keep labels of 12 px on screen whatever the zoom.
  function fitAll() {
    var ids = nodeView.getIds();
    network.fit({ animation: false });  // also measures every label
    if (!ids.length) { return; }
    var left = Infinity, top = Infinity, right = -Infinity, bottom = -Infinity;
    ids.forEach(function (id) {
      var b = network.getBoundingBox(id);
      left = Math.min(left, b.left); top = Math.min(top, b.top);
      right = Math.max(right, b.right); bottom = Math.max(bottom, b.bottom);
    });
    var margin = 24, MAX_CANVAS = 15000;  // px: taller canvases exhaust a browser's memory
    var scale = Math.min(1, (container.clientWidth - 2 * margin) / Math.max(right - left, 1),
                         (MAX_CANVAS - 2 * margin) / Math.max(bottom - top, 1));
    container.style.height = Math.max(320, Math.ceil((bottom - top) * scale + 2 * margin)) + "px";
    network.setSize("100%", "100%");
    network.moveTo({ position: { x: (left + right) / 2, y: (top + bottom) / 2 }, scale: scale, animation: false });
    if (scale * layout.font < 12) {
      var size = Math.ceil(12.5 / scale);
      nodes.update(nodes.get({ filter: function (n) { return n.font.size === layout.font; } })
        .map(function (n) { return { id: n.id, font: { size: size } }; }));
    }
  }
  fitAll();

  // A canvas taller than the window lets the wheel scroll the page; Ctrl + wheel zooms.
  container.addEventListener("wheel", function (e) {
    if (!e.ctrlKey && container.clientHeight > window.innerHeight * 0.9) { e.stopPropagation(); }
  }, true);

  var status = document.getElementById("status");
  function showCount(extra) {
    var shown = nodeView.length;
    status.textContent = "显示 " + shown + " / " + data.total + " 个节点" + (extra || "");
    container.setAttribute("data-shown", String(shown));
  }

  // ?check: the page reports what it drew (positions, label boxes, zoom) for the browser tests.
  function report() {
    var scale = network.getScale();
    var out = { scale: scale, width: container.clientWidth, height: container.clientHeight, nodes: [] };
    nodeView.getIds().forEach(function (id) {
      var n = nodes.get(id);
      var box = network.getBoundingBox(id);
      var pos = network.getPositions([id])[id];
      out.nodes.push({ id: id, cluster: n.cluster, lone: n.lone, x: pos.x, y: pos.y, font: n.font.size,
                       screenFont: n.font.size * scale, label: n.label,
                       box: [box.left, box.top, box.right, box.bottom] });
    });
    var pre = document.createElement("pre");
    pre.id = "layout-check";
    pre.hidden = true;
    pre.textContent = JSON.stringify(out);
    body.appendChild(pre);
  }

  network.once("afterDrawing", function () {
    container.setAttribute("data-nodes", String(nodes.length));
    container.setAttribute("data-edges", String(edges.length));
    showCount();
    if (/[?&]check\b/.test(window.location.search)) { report(); }
    body.setAttribute("data-settle-ms", performance.now().toFixed(0));
    body.setAttribute("data-ok", "1");
  });

  var loneBox = document.getElementById("show-lone");
  if (loneBox) {
    loneBox.checked = showLone;
    loneBox.addEventListener("change", function () {
      showLone = loneBox.checked;
      nodeView.refresh();
      fitAll();
      showCount();
    });
  }

  Array.prototype.forEach.call(document.querySelectorAll(".type-filter"), function (box) {
    box.addEventListener("change", function () {
      hidden[box.value] = !box.checked;
      nodeView.refresh();
      showCount();
    });
  });

  var search = document.getElementById("search");
  // The same matching as unionkg.names: fold (NFKC, traditional → simplified, no spaces,
  // lower case), then exact names, else names starting with the query, else containing it.
  var FOLD = data.fold || {};
  function fold(text) {
    var out = "";
    Array.from(text.normalize("NFKC")).forEach(function (ch) { out += FOLD[ch] || ch; });
    return out.replace(/\s+/g, "").toLowerCase();
  }
  var TIERS = [
    function (k, q) { return k === q; },
    function (k, q) { return k.indexOf(q) === 0; },
    function (k, q) { return k.indexOf(q) !== -1; }
  ];
  function matching(q) {
    for (var t = 0; t < TIERS.length; t++) {
      var ids = nodeView.getIds({ filter: function (n) {
        return n.search.some(function (k) { return TIERS[t](k, q); });
      } });
      if (ids.length) { return ids; }
    }
    return [];
  }
  function runSearch() {
    var q = fold(search.value);
    if (!q) { network.unselectAll(); showCount(); return; }
    var ids = matching(q);
    network.selectNodes(ids.slice(0, 200));
    if (ids.length) { network.fit({ nodes: ids.slice(0, 50), animation: false }); }
    var names = [];
    ids.forEach(function (id) {
      var name = nodes.get(id).info.name;
      if (names.indexOf(name) === -1) { names.push(name); }
    });
    var listed = names.length > 1 ? "：" + names.slice(0, 12).join("、") + (names.length > 12 ? " …" : "") : "";
    showCount("，找到 " + ids.length + " 个 found" + listed);
    search.setAttribute("data-found", names.join("|"));
  }
  search.addEventListener("input", runSearch);
  search.addEventListener("keydown", function (e) { if (e.key === "Enter") { runSearch(); } });
  // A link can carry a search: graph.html#search=名称
  if (location.hash.indexOf("#search=") === 0) {
    search.value = decodeURIComponent(location.hash.slice(8));
    runSearch();
  }

  // Organisations and awards have their own page: double-click opens it.
  network.on("doubleClick", function (params) {
    if (params.nodes.length) {
      var node = nodes.get(params.nodes[0]);
      if (node && node.href) { window.location.href = node.href; }
    }
  });
})();
