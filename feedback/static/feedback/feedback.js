/* "Was this summary helpful?" without a page reload. Without this script the forms post
   normally and the page comes back at the feedback block; this only makes it smoother.

   The page is the same for every reader (so that it can be cached), so the answer form
   carries no value of its own: this script gives it a random one when it is sent. The
   fetch and, if that fails, the ordinary post that follows carry the same value, so the
   server counts the answer once (feedback.forms.AnswerForm). */
(function () {
  "use strict";
  if (!window.fetch || !window.FormData) return;

  var NONCE_FIELD = "vote";

  function randomNonce() {
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (byte) {
      return ("0" + byte.toString(16)).slice(-2);
    }).join("");
  }

  function giveNonce(form) {
    // Once per form: sending it again (the fallback below, a double click) is the same
    // answer. A form the server sends back after an answer is a new one.
    if (!form.hasAttribute("data-feedback-answer") || form.elements[NONCE_FIELD]) return;
    if (!window.crypto || !window.crypto.getRandomValues) return;
    var input = document.createElement("input");
    input.type = "hidden";
    input.name = NONCE_FIELD;
    input.value = randomNonce();
    form.appendChild(input);
  }

  function submitNormally(form, submitter) {
    // A plain form.submit() leaves out the clicked button, which carries the answer.
    if (submitter && submitter.name) {
      var input = document.createElement("input");
      input.type = "hidden";
      input.name = submitter.name;
      input.value = submitter.value;
      form.appendChild(input);
    }
    form.submit();
  }

  function enhance(block) {
    var status = block.querySelector("[data-feedback-status]");
    var body = block.querySelector("[data-feedback-body]");
    if (!status || !body) return;
    status.setAttribute("tabindex", "-1");

    block.addEventListener("submit", function (event) {
      var form = event.target.closest("[data-feedback-form]");
      if (!form) return;
      event.preventDefault();
      giveNonce(form);
      var submitter = event.submitter;
      var data = new FormData(form);
      if (submitter && submitter.name) data.append(submitter.name, submitter.value);
      form.querySelectorAll("button").forEach(function (button) { button.disabled = true; });

      fetch(form.action, {
        method: "POST",
        body: data,
        credentials: "same-origin",
        headers: { Accept: "application/json" },
      })
        .then(function (response) {
          var type = response.headers.get("Content-Type") || "";
          if (type.indexOf("application/json") === -1) throw new Error("not JSON");
          return response.json().then(function (payload) {
            return { ok: response.ok, payload: payload };
          });
        })
        .then(function (result) {
          body.innerHTML = result.payload.html;
          // Changing the live region's text is what screen readers announce.
          status.classList.toggle("feedback__status--error", !result.ok);
          status.textContent = "";
          if (result.payload.message) {
            var message = document.createElement("p");
            message.textContent = result.payload.message;
            status.appendChild(message);
          }
          // The button that had focus is gone: move focus somewhere sensible.
          var field = body.querySelector("textarea");
          (field || status).focus();
        })
        .catch(function () {
          // Offline or a server error: post the form the ordinary way, with the same
          // nonce, so the reader still gets an answer from the server.
          submitNormally(form, submitter);
        });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("[data-feedback]").forEach(enhance);
  });
})();
