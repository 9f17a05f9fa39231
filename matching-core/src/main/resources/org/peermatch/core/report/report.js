/* Optional filtering of the participants; the report reads the same without it. */
(function () {
  "use strict";
  var box = document.getElementById("filters");
  if (!box || !document.querySelectorAll) {
    return;
  }
  var text = document.getElementById("filter-text");
  var onlyGaps = document.getElementById("filter-gaps");
  var count = document.getElementById("filter-count");
  var items = document.querySelectorAll("article.participant");
  function apply() {
    var query = text.value.trim().toLowerCase();
    var shown = 0;
    for (var i = 0; i < items.length; i++) {
      var item = items[i];
      var matchesText = query === "" || (item.getAttribute("data-search") || "").indexOf(query) >= 0;
      var matchesGap = !onlyGaps.checked || item.classList.contains("has-gap");
      item.hidden = !(matchesText && matchesGap);
      if (!item.hidden) {
        shown++;
      }
    }
    count.textContent = shown === items.length
        ? "Showing all " + items.length + " participants."
        : "Showing " + shown + " of " + items.length + " participants.";
  }
  text.addEventListener("input", apply);
  onlyGaps.addEventListener("change", apply);
  box.hidden = false;
  apply();
})();
