// noteparse review index: filter rows by a text box, sort by clicking a column header.
(function () {
  "use strict";
  var table = document.getElementById("notes");
  var body = table.tBodies[0];
  var input = document.getElementById("filter");
  var shown = document.getElementById("shown");
  function filter() {
    var q = input.value.trim().toLowerCase();
    var n = 0;
    Array.prototype.forEach.call(body.rows, function (row) {
      var hit = !q || row.textContent.toLowerCase().indexOf(q) >= 0;
      row.hidden = !hit;
      if (hit) n++;
    });
    shown.textContent = n + " shown";
  }
  input.addEventListener("input", filter);
  function key(row, i) {
    var cell = row.cells[Math.min(i, row.cells.length - 1)];
    var v = cell.hasAttribute("data-sort") ? cell.getAttribute("data-sort") : cell.textContent.trim();
    return v;
  }
  function compare(a, b) {
    var x = parseFloat(a), y = parseFloat(b);
    if (!isNaN(x) && !isNaN(y) && String(x) === a && String(y) === b) return x - y;
    if (a === "" && b !== "") return 1;
    if (b === "" && a !== "") return -1;
    return a.localeCompare(b, undefined, { numeric: true, sensitivity: "base" });
  }
  Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, i) {
    th.querySelector("button").addEventListener("click", function () {
      var dir = th.getAttribute("aria-sort") === "ascending" ? "descending" : "ascending";
      Array.prototype.forEach.call(table.tHead.rows[0].cells, function (o) { o.setAttribute("aria-sort", "none"); });
      th.setAttribute("aria-sort", dir);
      var rows = Array.prototype.slice.call(body.rows);
      rows.sort(function (a, b) { var c = compare(key(a, i), key(b, i)); return dir === "ascending" ? c : -c; });
      rows.forEach(function (r) { body.appendChild(r); });
    });
  });
})();
