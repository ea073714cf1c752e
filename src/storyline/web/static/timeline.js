// Keyboard navigation through a story's timeline: the entries' summaries are focusable
// (Enter opens one, as a <details> always does); arrow keys, j/k, Home and End move between them.
(function () {
  "use strict";
  var list = document.getElementById("timeline");
  if (!list) { return; }
  var items = Array.prototype.slice.call(list.querySelectorAll("li.entry > details > summary"));
  function move(from, to) {
    if (to < 0 || to >= items.length) { return; }
    items[to].focus();
    items[to].scrollIntoView({ block: "nearest" });
  }
  list.addEventListener("keydown", function (event) {
    var at = items.indexOf(document.activeElement);
    if (at < 0) { return; }
    var key = event.key;
    if (key === "ArrowDown" || key === "j") { move(at, at + 1); }
    else if (key === "ArrowUp" || key === "k") { move(at, at - 1); }
    else if (key === "Home") { move(at, 0); }
    else if (key === "End") { move(at, items.length - 1); }
    else { return; }
    event.preventDefault();
  });
  // a click on a mark of the time axis opens the entry it points to
  function openTarget() {
    var id = window.location.hash.slice(1);
    var target = id && document.getElementById(id);
    if (target && target.classList.contains("entry")) {
      var fold = target.closest("details.history");  // an entry of the folded earlier history: unfold it first
      if (fold) { fold.open = true; }
      target.querySelector("details").open = true;
      target.querySelector("summary").focus();
    }
  }
  window.addEventListener("hashchange", openTarget);
  openTarget();
}());
