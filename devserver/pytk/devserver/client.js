// pytk dev client: reloads the page after a successful compile and shows compile
// errors in an overlay. Served by `pytk dev` only; never part of a production build.
(function () {
  "use strict";
  var script = document.currentScript;
  var pageBuild = Number(new URL(script.src).searchParams.get("build") || "0");
  var overlayId = "pytk-error-overlay";

  function hideOverlay() {
    var old = document.getElementById(overlayId);
    if (old) old.remove();
  }

  function showOverlay(diagnostics) {
    hideOverlay();
    var box = document.createElement("div");
    box.id = overlayId;
    box.setAttribute("role", "alert");
    box.style.cssText = "position:fixed;inset:0;z-index:2147483647;background:rgba(20,20,20,.92);" +
      "color:#fff;font:14px/1.5 ui-monospace,monospace;padding:2rem;overflow:auto;white-space:pre-wrap";
    var title = document.createElement("div");
    title.style.cssText = "color:#ff6b6b;font-weight:bold;font-size:16px;margin-bottom:1rem";
    title.textContent = "Compile error" + (diagnostics.length > 1 ? "s (" + diagnostics.length + ")" : "");
    box.appendChild(title);
    diagnostics.forEach(function (d) {
      var item = document.createElement("div");
      item.className = "pytk-diagnostic";
      item.style.marginBottom = "1rem";
      item.textContent = d.file + ":" + d.line + ":" + d.col + ": " + d.code + " " + d.message +
        (d.frame ? "\n" + d.frame : "");
      box.appendChild(item);
    });
    (document.body || document.documentElement).appendChild(box);
  }

  function connect(delay) {
    var protocol = location.protocol === "https:" ? "wss:" : "ws:";
    var socket = new WebSocket(protocol + "//" + location.host + "/_pytk/dev");
    socket.onopen = function () { delay = 250; };
    socket.onmessage = function (event) {
      var state = JSON.parse(event.data);
      if (state.type !== "state") return;
      if (state.diagnostics.length) {
        showOverlay(state.diagnostics);
      } else if (state.build !== pageBuild) {
        location.reload();
      } else {
        hideOverlay();
      }
    };
    socket.onclose = function () {
      setTimeout(function () { connect(Math.min(delay * 2, 4000)); }, delay);
    };
  }

  connect(250);
})();
