// pytk dev client: applies each successful compile to the page, shows compile errors in an
// overlay, and reports uncaught exceptions to the dev server, which answers with the Python
// traceback shown in the overlay (and printed in its terminal). Served by `pytk dev` only;
// never part of a production build.
//
// Hot module replacement: an update names the compiled modules whose code changed. The page
// fetches each, points its imports at the module instances the page uses now (earlier hot
// versions included), and imports it as a new instance. If every changed module that the page
// had loaded defines `on_hot_reload(previous)`, each new version's hook is called with the old
// module and the page stays; otherwise the page reloads. Stylesheets and images of public/
// are swapped by URL; a change to index.html reloads the page.
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
  var serverError = null;  // the traceback of the app's server code that failed to load
  var queue = Promise.resolve();  // updates are applied one after another

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

  // The app's server code failed to load (compile errors, shown first, take precedence).
  function showServerError() {
    if (showingCompileErrors) return;
    var box = document.getElementById(overlayId);
    if (!serverError) {
      if (box && box.className === "pytk-overlay-server") hideOverlay();
      return;
    }
    box = overlay("server", "Server code error (the previous server code keeps answering, if any)");
    var text = document.createElement("div");
    text.className = "pytk-server-error";
    text.textContent = serverError;
    box.appendChild(text);
  }

  function showException(traceback) {
    if (showingCompileErrors || serverError) return;  // those matter more, and may explain it
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

  var ASSETS = "/assets/dev/";
  var IMPORT = /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])\.\/([^'"]+\.js)\2/g;
  var instances = {};  // script file name -> URL of the instance the page uses now

  function baseUrl(file) { return new URL(ASSETS + file, location.href).href; }
  function instanceUrl(file) { return instances[file] || baseUrl(file); }
  var fetched = {};  // URLs of the scripts the page has fetched (whatever clears resource timings)
  new PerformanceObserver(function (list) {
    list.getEntries().forEach(function (entry) { fetched[entry.name] = true; });
  }).observe({ type: "resource", buffered: true });
  function loaded(file) { return Boolean(instances[file]) || Boolean(fetched[baseUrl(file)]); }

  function dependencies(text) {
    var found = [], match;
    IMPORT.lastIndex = 0;
    while ((match = IMPORT.exec(text)) !== null) found.push(match[3]);
    return found;
  }

  // Dependencies first, so that a changed module imports the new version of another.
  function inOrder(texts) {
    var order = [], seen = {};
    function visit(file) {
      if (seen[file]) return;
      seen[file] = true;
      dependencies(texts[file]).forEach(function (dep) { if (dep in texts) visit(dep); });
      order.push(file);
    }
    Object.keys(texts).sort().forEach(visit);
    return order;
  }

  async function swapModules(files, build) {
    var texts = {};
    await Promise.all(files.map(async function (file) {
      var response = await fetch(ASSETS + file + "?build=" + build, { cache: "no-store" });
      if (!response.ok) throw new Error("cannot fetch " + file + ": HTTP " + response.status);
      texts[file] = await response.text();
    }));
    var swapped = [];
    for (var file of inOrder(texts)) {
      var code = texts[file].replace(IMPORT, function (all, head, quote, dep) {
        return head + quote + instanceUrl(dep) + quote;
      }) + "\n//# sourceURL=" + baseUrl(file) + "\n";
      var previous = loaded(file) ? await import(instanceUrl(file)) : null;
      var url = URL.createObjectURL(new Blob([code], { type: "text/javascript" }));
      var fresh = await import(url);
      instances[file] = url;
      if (previous) swapped.push({ fresh: fresh, previous: previous });
    }
    if (!swapped.every(function (s) { return typeof s.fresh.on_hot_reload === "function"; })) return false;
    // A module namespace has no prototype, which compiled functions expect of their last
    // argument: the hook gets a plain object with the old module's names.
    for (var s of swapped) await s.fresh.on_hot_reload(Object.assign({}, s.previous));
    return true;
  }

  function bust(url, build) {
    var fresh = new URL(url, location.href);
    fresh.searchParams.set("v", "hot" + build);
    return fresh.href;
  }

  function servesOneOf(url, files) {
    var path = new URL(url, location.href).pathname;
    return files.some(function (file) { return path === "/static/" + file; });
  }

  function swapStatic(css, files, build) {
    document.querySelectorAll('link[rel="stylesheet"]').forEach(function (link) {
      if (!servesOneOf(link.href, css)) return;
      var fresh = link.cloneNode();
      fresh.href = bust(link.href, build);
      fresh.onload = fresh.onerror = function () { link.remove(); };
      link.after(fresh);
    });
    document.querySelectorAll("img[src]").forEach(function (image) {
      if (servesOneOf(image.src, files)) image.src = bust(image.src, build);
    });
  }

  async function onUpdate(update) {
    showingCompileErrors = false;
    var box = document.getElementById(overlayId);
    if (box && box.className === "pytk-overlay-compile") hideOverlay();
    showServerError();
    if (update.reload || update.previous !== pageBuild || update.modules.indexOf("pytk_main.js") >= 0) {
      location.reload();
      return;
    }
    pageBuild = update.build;
    swapStatic(update.css, update.static, update.build);
    if (!update.modules.length) return;
    var swapped;
    try {
      swapped = await swapModules(update.modules, update.build);
    } catch (error) {
      report(error);
      swapped = true;  // the traceback overlay says what went wrong; a reload would hide it
    }
    if (!swapped) location.reload();
  }

  function onState(state) {
    serverError = state.server_error || null;
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
      showServerError();
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
      else if (message.type === "update") queue = queue.then(function () { return onUpdate(message); });
      else if (message.type === "exception") showException(message.traceback);
      else if (message.type === "server") { serverError = message.error; showServerError(); }
    };
    socket.onclose = function () {
      setTimeout(function () { connect(Math.min(delay * 2, 4000)); }, delay);
    };
  }

  connect(250);
})();
