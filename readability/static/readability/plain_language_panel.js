/*
 * Live plain-language feedback in the page editor.
 *
 * As the writer types (debounced), the whole editor form is posted to the gate's JSON
 * endpoint, which judges the typed content exactly as publishing will. Results go to
 * the "Plain language" section of Wagtail's Checks side panel and to a one-line status
 * under each plain-language field. Nothing is saved.
 */
(function () {
  "use strict";

  var DEBOUNCE_MS = 700;

  function endpointFor(pathname) {
    var edit = pathname.match(/\/admin\/pages\/(\d+)\/edit\/?$/);
    if (edit) return "/admin/plain-language/check/" + edit[1] + "/";
    var add = pathname.match(/\/admin\/pages\/add\/(\w+)\/(\w+)\/(\d+)\/?$/);
    if (add) return "/admin/plain-language/check/new/" + add[1] + "/" + add[2] + "/" + add[3] + "/";
    return null;
  }

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (key) {
      if (key === "text") node.textContent = attrs[key];
      else node.setAttribute(key, attrs[key]);
    });
    (children || []).forEach(function (child) { if (child) node.appendChild(child); });
    return node;
  }

  function plural(count, word) {
    return count + " " + word + (count === 1 ? "" : "s");
  }

  function gradeLine(field) {
    if (field.empty) return "Not written yet.";
    var line = "Reading grade " + field.grade + " (limit " + field.max_grade;
    if (field.grade_nearly_too_hard) {
      line += "; above " + field.warn_grade + " it is nearly too hard";
    }
    line += ") · " + plural(field.words, "word");
    var withoutJargon = field.grade_without_jargon;
    var addedByTerms = withoutJargon !== null && field.grade - withoutJargon >= 1;
    if (field.jargon.length && addedByTerms) {
      line += ". Without its medical terms and abbreviations it would read at grade " +
        withoutJargon + "; " + plural(field.jargon.length, "unexplained term") + " to explain or replace";
    } else if (field.jargon.length) {
      line += " · " + plural(field.jargon.length, "unexplained term");
    }
    return line + ".";
  }

  function termsLine(field) {
    if (!field.jargon.length) return "";
    var names = field.jargon.slice(0, 3).map(function (hit) { return "“" + hit.text + "”"; });
    var more = field.jargon.length > 3 ? " and " + (field.jargon.length - 3) + " more" : "";
    return " Explain or replace " + names.join(", ") + more +
      " (suggestions in the Checks panel: the glasses button at the top of the editor).";
  }

  // Why one sentence is hard, and what to do:
  // "Rare words: 'allogeneic' (try 'from a donor')" then "Use the everyday words…".
  function renderReasons(reasons) {
    if (!reasons.length) return null;
    return el("ul", { class: "pl-reasons", "aria-label": "Why it is hard" }, reasons.map(function (reason) {
      var item = el("li", { class: "pl-reason", "data-reason": reason.code }, [
        el("strong", { class: "pl-reason__label", text: reason.label + ": " }),
        el("span", { text: reason.detail }),
      ]);
      if (reason.suggestion) {
        item.appendChild(el("span", { class: "pl-reason__todo", text: " " + reason.suggestion }));
      }
      return item;
    }));
  }

  function renderField(field) {
    var section = el("section", { class: "pl-field pl-field--" + field.status, "data-field": field.name }, [
      el("h3", { class: "pl-field__title" }, [
        el("span", { text: field.label }),
        el("span", { class: "pl-badge pl-badge--" + field.status, text: field.status_label }),
      ]),
      el("p", { class: "pl-field__grade", text: gradeLine(field) }),
    ]);
    if (field.messages.length) {
      section.appendChild(el("ul", { class: "pl-messages" }, field.messages.map(function (m) {
        return el("li", { class: "pl-message pl-message--" + m.severity, text: m.message });
      })));
    }
    if (field.hard_sentences.length) {
      section.appendChild(el("h4", { text: "Sentences to look at, and why (" + field.hard_sentence_count + ")" }));
      section.appendChild(el("ol", { class: "pl-sentences" }, field.hard_sentences.map(function (s) {
        var flags = s.flag_words.join(", ");
        return el("li", {}, [
          el("q", { text: s.text }),
          el("span", { class: "pl-sentence__meta", text: " Grade " + s.grade + (flags ? " · " + flags : "") }),
          renderReasons(s.reasons || []),
        ]);
      })));
    }
    if (field.jargon.length) {
      section.appendChild(el("h4", { text: "Words to explain or replace" }));
      section.appendChild(el("ul", { class: "pl-jargon" }, field.jargon.map(function (hit) {
        var item = el("li", {}, [
          el("strong", { text: hit.text }),
          el("span", { class: "pl-sentence__meta", text: " (" + hit.reason_words + ")" }),
        ]);
        if (hit.avoid) item.appendChild(el("span", { text: " · a word to avoid" }));
        if (hit.suggestion) item.appendChild(el("span", { text: " · " + hit.suggestion }));
        else if (hit.plain) item.appendChild(el("span", { text: " · try: “" + hit.plain + "”" }));
        return item;
      })));
    }
    if (field.explained_to_readers && field.explained_to_readers.length) {
      section.appendChild(el("p", {
        class: "pl-sentence__meta",
        text: "Explained to readers by the glossary where they appear: " +
          field.explained_to_readers.join(", ") + ".",
      }));
    }
    return section;
  }

  function renderInline(form, field) {
    var anchor = document.getElementById("panel-child-content-" + field.name + "-section") ||
      (form.querySelector("[name='" + field.name + "']") || {}).parentElement;
    if (!anchor) return;
    var line = anchor.querySelector(":scope > .pl-inline");
    if (!line) {
      line = el("p", { class: "pl-inline", "aria-live": "polite" });
      anchor.appendChild(line);
    }
    line.className = "pl-inline pl-inline--" + field.status;
    line.textContent = (field.empty ? "" : field.status_label + ": ") + gradeLine(field) + termsLine(field);
  }

  function render(container, form, payload) {
    var summary = container.querySelector("[data-plain-language-summary]");
    var list = container.querySelector("[data-plain-language-fields]");
    var failing = payload.fields_too_hard;
    summary.textContent = payload.overridden
      ? "A reviewer has overridden the plain-language check for this version."
      : failing
        ? failing + " field" + (failing === 1 ? " is" : "s are") + " too hard to publish yet."
        : "Every plain-language field is within its limit.";
    list.replaceChildren.apply(list, payload.fields.map(renderField));
    payload.fields.forEach(function (field) { renderInline(form, field); });
  }

  function start() {
    var container = document.querySelector("[data-plain-language-panel]");
    var url = endpointFor(window.location.pathname);
    var form = document.querySelector("form[data-edit-form]") || document.getElementById("page-edit-form");
    if (!container || !url || !form) return;
    var status = container.querySelector("[data-plain-language-status]");
    var submitButtons = container.dataset.submitButtons.split(" ");
    var timer = null;
    var inFlight = null;
    var lastPayload = null;

    // Submitting text the automatic check will send back only costs the writer a round
    // trip: say so before, and let them choose.
    form.addEventListener("submit", function (event) {
      var button = event.submitter;
      var submits = button && submitButtons.indexOf(button.name) !== -1;
      if (!submits || !lastPayload || !lastPayload.content_errors) return;
      var problems = lastPayload.content_errors;
      var question = "The automatic plain-language check will send this back: " + problems +
        " problem" + (problems === 1 ? "" : "s") + " shown in the Checks panel. Submit anyway?";
      if (!window.confirm(question)) event.preventDefault();
    });

    function check() {
      if (inFlight) inFlight.abort();
      inFlight = new AbortController();
      status.textContent = "Checking…";
      fetch(url, {
        method: "POST",
        body: new FormData(form),
        credentials: "same-origin",
        headers: { "X-Requested-With": "XMLHttpRequest" },
        signal: inFlight.signal,
      })
        .then(function (response) {
          if (!response.ok) throw new Error("HTTP " + response.status);
          return response.json();
        })
        .then(function (payload) {
          render(container, form, payload);
          lastPayload = payload;
          status.textContent = "Checked as you type.";
        })
        .catch(function (error) {
          if (error.name === "AbortError") return;
          status.textContent = "Could not check the text just now (" + error.message + "). It will be checked again when you publish or submit.";
        });
    }

    function schedule() {
      window.clearTimeout(timer);
      timer = window.setTimeout(check, DEBOUNCE_MS);
    }

    form.addEventListener("input", schedule);
    form.addEventListener("change", schedule);
    // Draftail and StreamField rebuild parts of the form; keep listening to the form itself.
    check();
  }

  // Wait for the whole editor (rich text and stream fields draw their inputs on load).
  if (document.readyState === "complete") start();
  else window.addEventListener("load", start);
})();
