// Takes the writer to a field of the page editor from the marked preview's "Edit this
// field" links. In the preview panel beside the editor, the preview's script calls
// window.plainLanguageGoToField, so the writer's unsaved changes stay; a preview opened
// in its own tab links to the editor with ?field=<name>, and the editor goes there once
// it has loaded.
(function () {
    "use strict";
    function fieldNamed(name) {
        return (
            document.querySelector('[data-contentpath="' + CSS.escape(name) + '"]') ||
            document.getElementById("panel-child-content-" + name + "-section")
        );
    }
    // A hidden element can be neither focused nor scrolled to: the writer may be on another
    // tab of the editor (Promote, Settings) or have collapsed the field's section.
    function reveal(field) {
        var tabPanel = field.closest("[role=tabpanel]");
        if (tabPanel && tabPanel.hidden) {
            var id = CSS.escape(tabPanel.id);
            var tab = document.querySelector(
                '[role=tab][aria-controls="' + id + '"], [role=tab][href="#' + id + '"]'
            );
            if (tab) tab.click();
        }
        var section = field.closest("[data-panel]");
        for (; section; section = section.parentElement.closest("[data-panel]")) {
            var toggle = section.querySelector(":scope > .w-panel__header > [data-panel-toggle]");
            if (toggle && toggle.getAttribute("aria-expanded") === "false") toggle.click();
        }
    }
    // Wagtail shows a chosen tab a moment later, not during the click.
    function whenShown(element, then) {
        var frames = 0;
        (function check() {
            if (element.getClientRects().length || frames++ > 60) then();
            else window.requestAnimationFrame(check);
        })();
    }
    function goToField(name) {
        var field = fieldNamed(name);
        if (!field) return false;
        reveal(field);
        whenShown(field, function () {
            // At once: a smooth scroll is cut short by the editor's own work (loading,
            // switching tabs) and leaves the writer far from the field.
            field.scrollIntoView({ block: "center", behavior: "instant" });
            var control = field.querySelector(
                "textarea, select, input:not([type=hidden]), [contenteditable=true]"
            );
            // After a click in the preview's frame, focus is in that frame: the editor's
            // window takes it back first, or the field is never focused.
            window.focus();
            (control || field).focus({ preventScroll: true });
        });
        return true;
    }
    window.plainLanguageGoToField = goToField;
    var wanted = new URLSearchParams(window.location.search).get("field");
    if (wanted) {
        window.addEventListener("load", function () {
            goToField(wanted);
        });
    }
})();
