"""The backstop: whatever path publishes a revision, the page's save refuses it when
the gate does. Friendly checks on the editor paths run first; this is the rule that
holds when they were skipped."""

from .gate import PublishRefused, judge


class GatedPublishMixin:
    """For page types whose publishing the gate controls. Every Wagtail publish path ends
    in PublishRevisionAction._publish_revision, which saves the page with a new
    `live_revision`; a save that turns a page live without a revision is refused too."""

    def save(self, *args, **kwargs):
        update_fields = kwargs.get("update_fields")
        touches_live_state = update_fields is None or {"live", "live_revision"} & set(update_fields)
        if self.live and touches_live_state and self._is_being_published():
            verdict = judge(self)
            if not verdict.can_publish:
                raise PublishRefused(self, verdict)
            self.on_publish_approved(verdict)
        return super().save(*args, **kwargs)

    def _is_being_published(self) -> bool:
        if self.pk is None:
            return True
        previous = (
            type(self).objects.filter(pk=self.pk).values_list("live", "live_revision_id").first()
        )
        if previous is None:
            return True
        was_live, previous_revision_id = previous
        return not was_live or previous_revision_id != self.live_revision_id

    def on_publish_approved(self, verdict) -> None:
        """Hook for the page type, e.g. to stamp who signed it off."""
