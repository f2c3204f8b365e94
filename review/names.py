"""Every name the review app writes in more than one place: workflow actions, the
override permission and the audit log's actions. Defined once, imported everywhere."""

APP_LABEL = "review"

# Workflow actions (Wagtail's own names for the group approval task, and ours).
APPROVE = "approve"
APPROVE_WITH_OVERRIDE = "approve_override"
REQUEST_CHANGES = "reject"

OVERRIDE_PERMISSION_CODENAME = "override_plain_language"
OVERRIDE_PERMISSION = f"{APP_LABEL}.{OVERRIDE_PERMISSION_CODENAME}"

# Audit log (page history) actions.
SIGN_OFF_LOG_ACTION = "review.sign_off"
OVERRIDE_LOG_ACTION = "review.override"
REVOKED_LOG_ACTION = "review.sign_off_revoked"
PUBLISH_REFUSED_LOG_ACTION = "review.publish_refused"
