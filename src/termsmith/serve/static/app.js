// termsmith serve: small conveniences around htmx (no network access beyond this app).
(function () {
  "use strict";
  function text() { return document.getElementById("text"); }

  function gutter() {
    var area = text(), g = document.getElementById("gutter");
    if (!area || !g) return;
    var n = area.value.split("\n").length, hits = {};
    document.querySelectorAll("#diagnostics .diag[role=button]").forEach(function (d) {
      hits[d.dataset.line] = d.classList.contains("error") ? "hit" : "";
    });
    var out = [];
    for (var i = 1; i <= n; i++) {
      out.push(hits[i] !== undefined ? '<span class="hit">' + i + "</span>" : String(i));
    }
    g.innerHTML = out.join("\n") + "\n";
    g.scrollTop = area.scrollTop;
  }

  function jump(line, col) {
    var area = text();
    if (!area) return;
    var lines = area.value.split("\n"), offset = 0;
    for (var i = 0; i < line - 1 && i < lines.length; i++) offset += lines[i].length + 1;
    offset += Math.max(0, col - 1);
    area.focus();
    area.setSelectionRange(offset, offset);
    var lh = parseFloat(getComputedStyle(area).lineHeight) || 20;
    area.scrollTop = Math.max(0, (line - 5) * lh);
    gutter();
  }

  document.addEventListener("click", function (e) {
    var d = e.target.closest && e.target.closest(".diag[role=button]");
    if (d) jump(parseInt(d.dataset.line, 10), parseInt(d.dataset.col, 10));
  });
  document.addEventListener("keydown", function (e) {
    var d = e.target.closest && e.target.closest(".diag[role=button]");
    if (d && e.key === "Enter") jump(parseInt(d.dataset.line, 10), parseInt(d.dataset.col, 10));
    if ((e.ctrlKey || e.metaKey) && e.key === "s" && document.getElementById("save")) {
      e.preventDefault();
      document.getElementById("save").click();
    }
  });
  // unsaved edits: the browser asks before leaving the page
  var dirty = false;
  window.addEventListener("beforeunload", function (e) {
    if (dirty) { e.preventDefault(); e.returnValue = ""; }
  });
  document.addEventListener("htmx:afterSwap", function (e) {
    if (e.detail.target.id === "save-status" && document.getElementById("saved")) dirty = false;
  });
  document.addEventListener("input", function (e) {
    if (e.target !== text()) return;
    dirty = true;
    var saved = document.getElementById("saved");
    if (saved) saved.remove();  // "Saved." no longer describes the editor
    gutter();
  });
  document.addEventListener("scroll", function (e) {
    if (e.target === text()) document.getElementById("gutter").scrollTop = e.target.scrollTop;
  }, true);
  document.addEventListener("change", function (e) {
    if (e.target.hasAttribute && e.target.hasAttribute("data-autosubmit")) e.target.form.submit();
  });
  document.addEventListener("htmx:afterSettle", function (e) {
    gutter();
    // the common-fields form replaced the editor: re-check the new text
    if (e.target && e.target.id === "editor-box" && window.htmx) {
      dirty = true;
      htmx.trigger("#text", "termsmith:refresh");
    }
  });
  document.addEventListener("DOMContentLoaded", gutter);
})();
