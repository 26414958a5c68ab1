/* herald gallery viewer. Without this file every thumbnail is a plain link to the large
   picture and every video poster a plain link to the video; this script only adds to that:
   - a viewer (a modal <dialog>) with previous/next buttons, the arrow keys, Escape to close,
     focus kept inside while it is open and given back to the thumbnail afterwards;
   - videos from YouTube or Vimeo are loaded only when the visitor clicks their poster. */
(function () {
  "use strict";

  // Videos: nothing is requested from the video host before the click.
  Array.prototype.forEach.call(document.querySelectorAll("a.video-poster[data-embed]"), function (a) {
    a.addEventListener("click", function (ev) {
      if (ev.ctrlKey || ev.metaKey || ev.shiftKey || ev.altKey) { return; }
      ev.preventDefault();
      var frame = document.createElement("iframe");
      frame.src = a.getAttribute("data-embed");
      frame.title = a.getAttribute("data-title") || "";
      frame.className = "video-frame";
      frame.setAttribute("allow", "autoplay; fullscreen; picture-in-picture; encrypted-media");
      frame.setAttribute("allowfullscreen", "");
      a.parentNode.replaceChild(frame, a);
      frame.focus();
    });
  });

  var grid = document.querySelector("[data-lightbox]");
  if (!grid || typeof HTMLDialogElement !== "function") { return; }
  var links = Array.prototype.slice.call(grid.querySelectorAll("a.gallery-link"));
  if (!links.length) { return; }

  function button(cls, label, text) {
    var b = document.createElement("button");
    b.type = "button";
    b.className = cls;
    b.setAttribute("aria-label", label);
    b.textContent = text;
    return b;
  }
  var dialog = document.createElement("dialog");
  dialog.className = "lightbox";
  dialog.setAttribute("aria-label", grid.getAttribute("data-label") || "");
  var figure = document.createElement("figure");
  var img = document.createElement("img");
  var caption = document.createElement("figcaption");
  var position = document.createElement("p");
  position.className = "lightbox-position";
  position.setAttribute("aria-live", "polite");
  figure.appendChild(img);
  figure.appendChild(caption);
  var prev = button("lightbox-prev", grid.getAttribute("data-prev") || "", "\u2039");
  var next = button("lightbox-next", grid.getAttribute("data-next") || "", "\u203A");
  var close = button("lightbox-close", grid.getAttribute("data-close") || "", "\u00D7");
  dialog.appendChild(figure);
  dialog.appendChild(position);
  dialog.appendChild(prev);
  dialog.appendChild(next);
  dialog.appendChild(close);
  document.body.appendChild(dialog);
  var focusable = [close, prev, next];
  var current = 0;

  function show(i) {
    current = (i + links.length) % links.length;
    var a = links[current];
    var thumb = a.querySelector("img");
    var cap = a.parentNode.querySelector("figcaption");
    img.removeAttribute("srcset");
    if (a.getAttribute("data-srcset")) {
      img.setAttribute("srcset", a.getAttribute("data-srcset"));
      img.setAttribute("sizes", "100vw");
    }
    if (a.getAttribute("data-width")) {
      img.width = +a.getAttribute("data-width");
      img.height = +a.getAttribute("data-height");
    }
    img.src = a.href;
    img.alt = thumb ? thumb.alt : "";
    caption.textContent = cap ? cap.textContent : "";
    caption.hidden = !cap;
    position.textContent = (grid.getAttribute("data-position") || "{n} / {total}")
      .replace("{n}", String(current + 1)).replace("{total}", String(links.length));
    prev.hidden = next.hidden = links.length < 2;
  }

  function open(i) {
    show(i);
    dialog.showModal();
    close.focus();
  }

  // Back to the thumbnail of the picture last shown, so keyboard users continue from there.
  function restore() {
    img.removeAttribute("srcset");
    img.removeAttribute("src");
    links[current].focus();
  }
  function shut() {
    if (dialog.open) { dialog.close(); }
    restore();
  }
  dialog.addEventListener("close", restore);
  dialog.addEventListener("keydown", function (ev) {
    if (ev.key === "ArrowRight") { show(current + 1); ev.preventDefault(); }
    else if (ev.key === "ArrowLeft") { show(current - 1); ev.preventDefault(); }
    else if (ev.key === "Escape") { ev.preventDefault(); shut(); }
    else if (ev.key === "Tab") {
      // Keep the focus on the viewer's buttons while it is open.
      var shown = focusable.filter(function (b) { return !b.hidden; });
      var at = shown.indexOf(document.activeElement);
      var to = ev.shiftKey ? (at <= 0 ? shown.length - 1 : at - 1) : (at + 1) % shown.length;
      shown[to].focus();
      ev.preventDefault();
    }
  });
  // A click on the dark backdrop closes, a click on the picture does not.
  dialog.addEventListener("click", function (ev) { if (ev.target === dialog) { shut(); } });
  prev.addEventListener("click", function () { show(current - 1); });
  next.addEventListener("click", function () { show(current + 1); });
  close.addEventListener("click", shut);
  links.forEach(function (a, i) {
    a.addEventListener("click", function (ev) {
      if (ev.ctrlKey || ev.metaKey || ev.shiftKey || ev.altKey || ev.button !== 0) { return; }
      ev.preventDefault();
      open(i);
    });
  });
})();
