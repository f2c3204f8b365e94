// "Edit this field" in the marked preview. Shown in the editor's preview panel (a
// same-origin frame), the editor takes the writer to the field (go_to_field.js), keeping
// their unsaved changes. Opened on its own, the link opens the editor at the field.
(function () {
    "use strict";
    document.addEventListener("click", function (event) {
        var link = event.target.closest("a.pl-legend__edit[data-field]");
        if (!link) return;
        var goToField = null;
        try {
            if (window.parent !== window) goToField = window.parent.plainLanguageGoToField;
        } catch (error) {
            goToField = null; // an editor of another origin: follow the link
        }
        if (typeof goToField === "function" && goToField(link.dataset.field)) {
            event.preventDefault();
        }
    });
})();
