"""Spreadsheet exports of the admin reports, safe to open: a cell that starts like a
formula is written as text, so words a reader or a writer typed ("=HYPERLINK(…)" in a
comment or a title) never run in the spreadsheet of whoever opens the export.

Here, low in the layers, so that every report (review's own, feedback's) uses this one
guard."""

from wagtail.admin.views.mixins import SpreadsheetExportMixin

# Characters that make a spreadsheet read a CSV cell as a formula (OWASP's list).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# A leading apostrophe is how spreadsheets themselves mark a cell as text.
TEXT_MARK = "'"


def formula_safe(value):
    """`value` for a CSV cell: text that a spreadsheet would run is marked as text."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return TEXT_MARK + value
    return value


class FormulaSafeExportMixin:
    """For a Wagtail ReportView (or any SpreadsheetExportMixin view), before it in the
    bases. Wagtail keeps an XLSX cell that looks like a formula as text already, but
    writes CSV cells as they are."""

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)  # type: ignore[misc]
        if export_format == SpreadsheetExportMixin.FORMAT_CSV:
            return formula_safe(value)
        return value
