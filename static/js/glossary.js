/* Glossary terms on a summary: the server renders each term as a link to its glossary
   entry, with its definition in a hidden panel beside it (glossary/markup.py). This turns
   the link into a disclosure button (WAI-ARIA disclosure pattern): Enter, Space, a click
   or a tap shows or hides the definition; Escape hides it and puts focus back on the term.
   Nothing here builds HTML from text: the panel's content came escaped from the server. */
(function () {
  "use strict";

  function setOpen(button, open) {
    var panel = document.getElementById(button.getAttribute("aria-controls"));
    if (!panel) return;
    button.setAttribute("aria-expanded", String(open));
    panel.hidden = !open;
  }

  function upgrade(wrapper) {
    var link = wrapper.querySelector(".glossary-term__link");
    var panel = wrapper.querySelector(".glossary-term__panel");
    if (!link || !panel || !panel.id) return;
    var button = document.createElement("button");
    button.type = "button";
    button.className = "glossary-term__button";
    button.setAttribute("aria-expanded", "false");
    button.setAttribute("aria-controls", panel.id);
    while (link.firstChild) button.appendChild(link.firstChild);
    link.replaceWith(button);
    button.addEventListener("click", function () {
      setOpen(button, button.getAttribute("aria-expanded") !== "true");
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("[data-glossary-term]").forEach(upgrade);
    document.addEventListener("keydown", function (event) {
      if (event.key !== "Escape") return;
      var wrapper = document.activeElement && document.activeElement.closest("[data-glossary-term]");
      var button = wrapper && wrapper.querySelector(".glossary-term__button[aria-expanded='true']");
      if (!button) return;
      setOpen(button, false);
      button.focus();
    });
  });
})();
