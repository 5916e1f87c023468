// Progressive enhancement only: every page works without this file.
// Purpose allocation: show the running sum of points while the respondent types.
(function () {
  "use strict";
  document.querySelectorAll("[data-allocation]").forEach(function (group) {
    var out = group.querySelector("[data-allocation-sum]");
    if (!out) return;
    var inputs = group.querySelectorAll("input[type=number]");
    function update() {
      var sum = 0;
      inputs.forEach(function (i) { var v = parseInt(i.value, 10); if (!isNaN(v)) sum += v; });
      out.textContent = String(sum);
      out.parentElement.classList.toggle("bad", sum !== 100);
    }
    inputs.forEach(function (i) { i.addEventListener("input", update); });
    out.parentElement.hidden = false;
    update();
  });
})();
