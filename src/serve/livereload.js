// herald serve: live reload and the error overlay. Injected only by `herald serve`.
(function () {
  "use strict";
  var base = document.currentScript.getAttribute("data-base") || "/";
  var here = location.pathname.indexOf(base) === 0 ? location.pathname.slice(base.length) : "";
  // Reload messages name files as they are called (`lā/index.html`), the address is encoded.
  try { here = decodeURIComponent(here); } catch (e) { /* a malformed address: keep it */ }
  if (here === "" || here.charAt(here.length - 1) === "/") here += "index.html";
  var overlay = null;

  // The overlay's words come with the error, in the language herald speaks.
  function showError(message, title, note) {
    if (!overlay) {
      overlay = document.createElement("div");
      overlay.id = "herald-error-overlay";
      overlay.setAttribute("role", "alert");
      overlay.style.cssText =
        "position:fixed;inset:0;z-index:2147483647;background:rgba(20,20,20,.92);color:#fff;" +
        "font:15px/1.5 Verdana,Tahoma,sans-serif;padding:2rem;overflow:auto";
      document.body.appendChild(overlay);
    }
    overlay.innerHTML = "";
    var h = document.createElement("h2");
    h.textContent = title || "herald: the site cannot be built";
    h.style.cssText = "margin-top:0;color:#ffcc00";
    var pre = document.createElement("pre");
    pre.textContent = message;
    pre.style.cssText = "white-space:pre-wrap;font:14px/1.5 monospace";
    var p = document.createElement("p");
    p.textContent = note || "The page shows the last good build. This message goes away when the file is fixed.";
    overlay.appendChild(h);
    overlay.appendChild(pre);
    overlay.appendChild(p);
  }

  function clearError() {
    if (overlay) { overlay.remove(); overlay = null; }
  }

  function swapStyles() {
    var links = document.querySelectorAll('link[rel="stylesheet"]');
    for (var i = 0; i < links.length; i++) {
      var url = links[i].href.replace(/[?&]herald=\d+/, "");
      links[i].href = url + (url.indexOf("?") < 0 ? "?" : "&") + "herald=" + Date.now();
    }
  }

  var source = new EventSource(base + "__herald/events");
  source.onmessage = function (e) {
    var msg = JSON.parse(e.data);
    if (msg.type === "error") { showError(msg.message, msg.title, msg.note); return; }
    if (msg.type !== "reload") return;
    clearError();
    var paths = msg.paths || [];
    if (paths.indexOf(here) >= 0) { location.reload(); return; }
    var others = paths.filter(function (p) { return !/\.(html|xml|txt)$/.test(p); });
    if (others.length && others.every(function (p) { return /\.css$/.test(p); })) {
      swapStyles();
    } else if (others.length) {
      location.reload();
    }
  };
})();
