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
  var hidden = {};
  var nodeView = new vis.DataView(nodes, { filter: function (n) { return !hidden[n.kind]; } });
  var big = data.nodes.length > 300;
  var container = document.getElementById("graph");
  var network = new vis.Network(container, { nodes: nodeView, edges: edges }, {
    physics: { enabled: false },
    layout: { improvedLayout: false },
    interaction: { hover: true, tooltipDelay: 150, hideEdgesOnDrag: big, hideEdgesOnZoom: big },
    nodes: { borderWidth: 1.5, font: { face: FONT, size: 14, color: "#222222" } },
    edges: {
      smooth: false, width: 1.2, arrows: { to: { enabled: true, scaleFactor: 0.6 } },
      font: { face: FONT, size: 10, color: "#555555", strokeWidth: 3, strokeColor: "#ffffff", align: "middle" }
    }
  });
  window.unionkgNetwork = network;

  var status = document.getElementById("status");
  function showCount(extra) {
    var shown = nodeView.length;
    status.textContent = "显示 " + shown + " / " + data.total + " 个节点" + (extra || "");
    container.setAttribute("data-shown", String(shown));
  }

  network.once("afterDrawing", function () {
    container.setAttribute("data-nodes", String(nodes.length));
    container.setAttribute("data-edges", String(edges.length));
    body.setAttribute("data-settle-ms", performance.now().toFixed(0));
    body.setAttribute("data-ok", "1");
  });

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
