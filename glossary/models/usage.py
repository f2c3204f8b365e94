"""Which published pages use which glossary terms: the index behind each entry's list of
summaries on the glossary page, and behind purging the pages a changed term shows on.

Rebuilt for a page when it is published, unpublished or deleted, and for every page
when a term changes (glossary.usage). What it holds is what readers see marked up: the
same matching on the same rendering of the page's declared fields."""

from django.db import models


class GlossaryUsage(models.Model):
    term = models.ForeignKey(
        "glossary.GlossaryTerm", on_delete=models.CASCADE, related_name="usages"
    )
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["term", "page"], name="unique_glossary_usage")
        ]

    def __str__(self):
        return f"{self.term} on page {self.page_id}"
