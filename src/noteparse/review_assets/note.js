// noteparse review: status line and tooltip for the value under the pointer or focus, n/p keys, jumps from the panel.
(function () {
  "use strict";
  var status = document.getElementById("status");
  var marks = Array.prototype.slice.call(document.querySelectorAll(".hl, .wmark"));
  var hovered = null;
  function primary(el) {
    if (el.classList.contains("hl-cont")) {
      var f = el.getAttribute("data-cont");
      return marks.filter(function (m) { return m.getAttribute("data-field") === f; })[0] || el;
    }
    return el;
  }
  function show(el) {
    var p = primary(el);
    var what = p.getAttribute("data-field") || ("warning " + (p.getAttribute("data-warning") || ""));
    var label = p.getAttribute("data-label") || "Warning";
    var s = p.getAttribute("data-start"), e = p.getAttribute("data-end");
    status.textContent = "";
    var b = document.createElement("strong");
    b.textContent = "[" + p.getAttribute("data-abbr") + "] " + label + ": ";
    var c = document.createElement("code");
    c.textContent = what + " [" + s + ", " + e + ")";
    status.appendChild(b);
    status.appendChild(document.createTextNode(p.getAttribute("data-tip") + " — "));
    status.appendChild(c);
  }
  document.addEventListener("mouseover", function (ev) {
    var el = ev.target.closest ? ev.target.closest(".hl, .hl-cont, .wmark, .wmark-cont") : null;
    if (el === hovered) return;
    if (hovered) hovered.classList.remove("hover");
    hovered = el;
    if (el) { el.classList.add("hover"); show(el); }
  });
  document.addEventListener("focusin", function (ev) {
    if (ev.target.matches && ev.target.matches(".hl, .wmark")) {
      if (hovered) { hovered.classList.remove("hover"); hovered = null; }
      show(ev.target);
    }
  });
  function go(target) {
    if (!target) return;
    target.focus({ preventScroll: true });
    target.scrollIntoView({ block: "center" });
    target.classList.remove("flash");
    void target.offsetWidth;
    target.classList.add("flash");
  }
  document.addEventListener("click", function (ev) {
    var a = ev.target.closest ? ev.target.closest("a.jump") : null;
    if (!a) return;
    var t = document.getElementById(a.getAttribute("href").slice(1));
    if (t) { ev.preventDefault(); history.replaceState(null, "", a.getAttribute("href")); go(t); }
  });
  document.addEventListener("keydown", function (ev) {
    var tag = (ev.target.tagName || "").toLowerCase();
    if (tag === "input" || tag === "textarea" || ev.ctrlKey || ev.metaKey || ev.altKey) return;
    var i = marks.indexOf(document.activeElement);
    if (ev.key === "n" || ev.key === "j") { go(marks[Math.min(i + 1, marks.length - 1)]); ev.preventDefault(); }
    else if (ev.key === "p" || ev.key === "k") { go(marks[Math.max(i - 1, 0)]); ev.preventDefault(); }
    else if (ev.key === "Escape" && i >= 0) { document.activeElement.blur(); }
  });
  if (location.hash) { go(document.getElementById(location.hash.slice(1))); }
})();
