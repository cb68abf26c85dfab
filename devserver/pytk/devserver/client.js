// pytk dev client: reloads the page after a successful compile, shows compile errors in an
// overlay, and reports uncaught exceptions to the dev server, which answers with the Python
// traceback shown in the overlay (and printed in its terminal). Served by `pytk dev` only;
// never part of a production build.
(function () {
  "use strict";
  var script = document.currentScript;
  var pageBuild = Number(new URL(script.src).searchParams.get("build") || "0");
  var overlayId = "pytk-error-overlay";
  var socket = null;
  var unsent = [];
  var reported = 0;
  var MAX_REPORTS = 20;  // per page load: a failing animation loop must not flood the terminal
  var showingCompileErrors = false;

  function hideOverlay() {
    var old = document.getElementById(overlayId);
    if (old) old.remove();
  }

  function overlay(kind, heading) {
    hideOverlay();
    var box = document.createElement("div");
    box.id = overlayId;
    box.className = "pytk-overlay-" + kind;
    box.setAttribute("role", "alert");
    box.style.cssText = "position:fixed;inset:0;z-index:2147483647;background:rgba(20,20,20,.92);" +
      "color:#fff;font:14px/1.5 ui-monospace,monospace;padding:2rem;overflow:auto;white-space:pre-wrap";
    var title = document.createElement("div");
    title.style.cssText = "color:#ff6b6b;font-weight:bold;font-size:16px;margin-bottom:1rem";
    title.textContent = heading;
    box.appendChild(title);
    (document.body || document.documentElement).appendChild(box);
    return box;
  }

  function showCompileErrors(diagnostics) {
    showingCompileErrors = true;
    var box = overlay("compile", "Compile error" + (diagnostics.length > 1 ? "s (" + diagnostics.length + ")" : ""));
    diagnostics.forEach(function (d) {
      var item = document.createElement("div");
      item.className = "pytk-diagnostic";
      item.style.marginBottom = "1rem";
      item.textContent = d.file + ":" + d.line + ":" + d.col + ": " + d.code + " " + d.message +
        (d.frame ? "\n" + d.frame : "");
      box.appendChild(item);
    });
  }

  function showException(traceback) {
    if (showingCompileErrors) return;  // the compile errors matter more, and explain it anyway
    var box = overlay("exception", "Uncaught exception");
    var text = document.createElement("div");
    text.className = "pytk-traceback";
    text.textContent = traceback.text;
    box.appendChild(text);
    var hint = document.createElement("div");
    hint.style.cssText = "margin-top:1rem;color:#aaa";
    hint.textContent = "Click or press Escape to dismiss.";
    box.appendChild(hint);
    box.addEventListener("click", hideOverlay);
  }

  document.addEventListener("keydown", function (event) {
    var box = document.getElementById(overlayId);
    if (event.key === "Escape" && box && box.className === "pytk-overlay-exception") hideOverlay();
  });

  function describe(error) {
    if (error === null || error === undefined) return { exception: "Error", message: String(error), stack: "" };
    try {
      return { exception: error.__class__.__name__, message: error.__str__(), stack: String(error.stack || "") };
    } catch (notPython) {
      return { exception: error.name || "Error",
               message: error.message === undefined ? String(error) : String(error.message),
               stack: String(error.stack || "") };
    }
  }

  function report(error) {
    if (reported >= MAX_REPORTS) return;
    reported += 1;
    var message = describe(error);
    message.type = "error";
    if (socket && socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify(message));
    else unsent.push(message);
  }

  window.addEventListener("error", function (event) {
    report(event.error === undefined || event.error === null ? event.message : event.error);
  });
  window.addEventListener("unhandledrejection", function (event) { report(event.reason); });

  function onState(state) {
    if (state.diagnostics.length) {
      showCompileErrors(state.diagnostics);
      return;
    }
    showingCompileErrors = false;
    if (state.build !== pageBuild) {
      location.reload();
    } else {
      var box = document.getElementById(overlayId);
      if (box && box.className === "pytk-overlay-compile") hideOverlay();
    }
  }

  function connect(delay) {
    var protocol = location.protocol === "https:" ? "wss:" : "ws:";
    socket = new WebSocket(protocol + "//" + location.host + "/_pytk/dev");
    socket.onopen = function () {
      delay = 250;
      unsent.splice(0).forEach(function (message) { socket.send(JSON.stringify(message)); });
    };
    socket.onmessage = function (event) {
      var message = JSON.parse(event.data);
      if (message.type === "state") onState(message);
      else if (message.type === "exception") showException(message.traceback);
    };
    socket.onclose = function () {
      setTimeout(function () { connect(Math.min(delay * 2, 4000)); }, delay);
    };
  }

  connect(250);
})();
