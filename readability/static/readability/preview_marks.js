// "Edit this field" in the marked preview: the preview is a same-origin frame inside the
// editor, so move the writer to the field there and keep their unsaved changes. Without
// access to the editor (preview opened on its own) the link opens the editor at the field.
(function () {
    "use strict";
    function fieldIn(editor, name) {
        return (
            editor.querySelector('[data-contentpath="' + CSS.escape(name) + '"]') ||
            editor.getElementById("panel-child-content-" + name + "-section")
        );
    }
    document.addEventListener("click", function (event) {
        var link = event.target.closest("a.pl-legend__edit[data-field]");
        if (!link) return;
        var editor;
        try {
            editor = window.parent !== window ? window.parent.document : null;
        } catch (error) {
            editor = null;
        }
        var field = editor && fieldIn(editor, link.dataset.field);
        if (!field) return;
        event.preventDefault();
        field.scrollIntoView({ block: "center" });
        var control = field.querySelector("textarea, input:not([type=hidden]), [contenteditable=true]");
        (control || field).focus({ preventScroll: true });
    });
})();
