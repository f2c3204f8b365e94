/* "Was this summary helpful?" without a page reload. Without this script the forms post
   normally and the page comes back at the feedback block; this only makes it smoother. */
(function () {
  "use strict";
  if (!window.fetch || !window.FormData) return;

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
          // Offline, an expired page (no CSRF cookie) or a server error: post the form
          // the ordinary way, so the reader still gets an answer from the server.
          submitNormally(form, submitter);
        });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("[data-feedback]").forEach(enhance);
  });
})();
