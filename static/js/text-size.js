/* Text-size control: remembers the reader's choice on this device. */
(function () {
  "use strict";
  var KEY = "text-size";
  var SIZES = ["normal", "large", "largest"];

  function stored() {
    try { return window.localStorage.getItem(KEY); } catch (error) { return null; }
  }

  function apply(size) {
    if (SIZES.indexOf(size) === -1) size = "normal";
    document.documentElement.setAttribute("data-text-size", size);
    document.querySelectorAll("[data-text-size] [data-size]").forEach(function (button) {
      button.setAttribute("aria-pressed", String(button.getAttribute("data-size") === size));
    });
    return size;
  }

  apply(stored());

  document.addEventListener("DOMContentLoaded", function () {
    var control = document.querySelector("div[data-text-size]");
    if (!control) return;
    control.hidden = false;
    apply(stored());
    control.addEventListener("click", function (event) {
      var button = event.target.closest("[data-size]");
      if (!button) return;
      var size = apply(button.getAttribute("data-size"));
      try { window.localStorage.setItem(KEY, size); } catch (error) { /* private mode: still applied */ }
    });
  });
})();
