"""Every name the review app writes in more than one place: workflow actions, the
permissions the editorial roles grant and the audit log's actions. Defined once,
imported everywhere."""

APP_LABEL = "review"

# Workflow actions (Wagtail's own names for the group approval task, and ours).
APPROVE = "approve"
APPROVE_WITH_OVERRIDE = "approve_override"
REQUEST_CHANGES = "reject"

OVERRIDE_PERMISSION_CODENAME = "override_plain_language"
OVERRIDE_PERMISSION = f"{APP_LABEL}.{OVERRIDE_PERMISSION_CODENAME}"

# Other apps' permissions that the editorial roles grant. Those apps sit above review in
# the layers, so they import these from here rather than spell them again.
SITE_SETTINGS_PERMISSION = "home.change_sitesettings"
FEEDBACK_PERMISSION = "feedback.view_summaryfeedback"
# The review interval and reminder settings (currency app).
REVIEW_SCHEDULE_PERMISSION = "currency.change_reviewschedule"
# Seeing and lifting login lockouts (django-axes' attempts; the report is in accounts).
LOCKOUT_PERMISSION = "axes.delete_accessattempt"

# Audit log (page history) actions.
SIGN_OFF_LOG_ACTION = f"{APP_LABEL}.sign_off"
OVERRIDE_LOG_ACTION = f"{APP_LABEL}.override"
REVOKED_LOG_ACTION = f"{APP_LABEL}.sign_off_revoked"
PUBLISH_REFUSED_LOG_ACTION = f"{APP_LABEL}.publish_refused"
