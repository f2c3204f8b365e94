/*
 * "Fill from DOI" in the summary editor.
 *
 * Asks the admin endpoint (research/doi_lookup.py) for the paper's title, authors,
 * journal and year, then fills the form. Nothing typed is lost: an empty field is
 * filled at once; a field that already holds different text is left alone, and the
 * writer sees both versions and chooses, field by field, "Use Crossref's" or
 * "Keep mine". Every outcome is said in a live status line. Nothing is saved: the
 * writer saves the page as usual.
 */
(function () {
  "use strict";

  var FIELDS = [
    { name: "paper_title", label: "Paper title" },
    { name: "paper_authors", label: "Authors" },
    { name: "journal", label: "Journal" },
    { name: "publication_year", label: "Year" },
  ];

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (key) {
      if (key === "text") node.textContent = attrs[key];
      else node.setAttribute(key, attrs[key]);
    });
    (children || []).forEach(function (child) { if (child) node.appendChild(child); });
    return node;
  }

  function sameText(a, b) {
    return String(a).replace(/\s+/g, " ").trim() === String(b).replace(/\s+/g, " ").trim();
  }

  function listOf(labels) {
    if (labels.length < 2) return labels.join("");
    return labels.slice(0, -1).join(", ") + " and " + labels[labels.length - 1];
  }

  // Wagtail (unsaved-changes warning) and the live plain-language panel listen for these.
  function setValue(input, value) {
    input.value = value;
    input.dispatchEvent(new Event("input", { bubbles: true }));
    input.dispatchEvent(new Event("change", { bubbles: true }));
  }

  function setUp(root) {
    var url = root.getAttribute("data-lookup-url");
    var input = root.querySelector("input");
    var button = root.querySelector("[data-doi-lookup-button]");
    var status = root.querySelector("[data-doi-lookup-status]");
    var choices = root.querySelector("[data-doi-lookup-choices]");
    var hint = root.querySelector(".doi-lookup__hint");
    var form = input && input.form;
    if (!url || !input || !button || !status || !choices || !form) return;
    button.hidden = false;
    if (hint) hint.hidden = false;

    function say(message, kind) {
      status.textContent = message;
      status.className = "doi-lookup__status" + (kind ? " doi-lookup__status--" + kind : "");
    }

    function focusNextChoice() {
      var next = choices.querySelector(".doi-lookup__choice button");
      (next || status).focus();
    }

    function offerChoice(field, input, mine, theirs) {
      var headingId = "doi-choice-" + field.name;
      var group = el("div", { class: "doi-lookup__choice", role: "group", "aria-labelledby": headingId }, [
        el("p", { id: headingId, class: "doi-lookup__choice-heading" }, [
          el("strong", { text: field.label }),
          document.createTextNode(": yours differs from Crossref's."),
        ]),
        el("dl", { class: "doi-lookup__versions" }, [
          el("dt", { text: "Yours" }), el("dd", { text: mine }),
          el("dt", { text: "Crossref's" }), el("dd", { text: theirs }),
        ]),
      ]);
      var useTheirs = el("button", { type: "button", class: "button button-small", text: "Use Crossref's" });
      var keepMine = el("button", { type: "button", class: "button button-small button-secondary", text: "Keep mine" });
      useTheirs.setAttribute("aria-describedby", headingId);
      keepMine.setAttribute("aria-describedby", headingId);
      function decide(useCrossref) {
        if (useCrossref) setValue(input, theirs);
        group.remove();
        var left = choices.querySelectorAll(".doi-lookup__choice").length;
        say(field.label + ": " + (useCrossref ? "now Crossref's version." : "kept yours.") +
          (left ? " " + left + " more to choose below." : " Save the page to keep the changes."),
          left ? "choose" : "ok");
        focusNextChoice();
      }
      useTheirs.addEventListener("click", function () { decide(true); });
      keepMine.addEventListener("click", function () { decide(false); });
      group.appendChild(el("div", { class: "doi-lookup__actions" }, [useTheirs, keepMine]));
      choices.appendChild(group);
    }

    function fill(fields) {
      var filled = [], same = [], differ = [], missing = [];
      FIELDS.forEach(function (field) {
        var target = form.elements[field.name];
        var theirs = fields[field.name];
        if (!target || theirs === null || theirs === undefined || String(theirs).trim() === "") {
          missing.push(field.label);
          return;
        }
        theirs = String(theirs);
        var mine = target.value;
        if (sameText(mine, theirs)) {
          same.push(field.label);
        } else if (mine.trim() === "") {
          setValue(target, theirs);
          filled.push(field.label);
        } else {
          differ.push(field.label);
          offerChoice(field, target, mine, theirs);
        }
      });
      var parts = ["Crossref found this paper."];
      if (filled.length) parts.push("Filled: " + listOf(filled) + ".");
      if (same.length) parts.push("Already the same: " + listOf(same) + ".");
      if (differ.length) parts.push("Different from what you wrote, so not changed: " + listOf(differ) + ". Choose below.");
      if (missing.length) parts.push("Crossref gives no " + listOf(missing).toLowerCase() + ": fill by hand.");
      if (!differ.length && filled.length) parts.push("Save the page to keep the changes.");
      say(parts.join(" "), differ.length ? "choose" : "ok");
    }

    function problem(response) {
      if (response.status === 403) {
        return "You may have been signed out, or your role cannot look DOIs up. Save your work, then sign in again.";
      }
      return "The lookup did not work (error " + response.status + "). Fill the fields by hand.";
    }

    button.addEventListener("click", function () {
      choices.textContent = "";
      if (!input.value.trim()) {
        say("Type or paste the paper's DOI first.", "error");
        input.focus();
        return;
      }
      var token = form.querySelector("input[name=csrfmiddlewaretoken]");
      var body = new URLSearchParams();
      body.append("doi", input.value);
      button.disabled = true;
      say("Asking Crossref…", "");
      fetch(url, {
        method: "POST",
        credentials: "same-origin",
        headers: {
          "X-CSRFToken": token ? token.value : "",
          "X-Requested-With": "XMLHttpRequest",
          Accept: "application/json",
        },
        body: body,
      })
        .then(function (response) {
          return response.json().then(
            function (data) { return data; },
            function () { return { ok: false, message: problem(response) }; }
          );
        })
        .then(function (data) {
          if (data.ok) fill(data.fields || {});
          else say(data.message || "The lookup did not work. Fill the fields by hand.", "error");
        })
        .catch(function () {
          say("Could not reach the site. Check your connection, or fill the fields by hand.", "error");
        })
        .then(function () {
          // Focus stays on the button: the choices, if any, come next in the tab order.
          button.disabled = false;
        });
    });
  }

  function start() {
    document.querySelectorAll("[data-doi-lookup][data-lookup-url]").forEach(setUp);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
