"""Every name the readability app shares with other apps or with Wagtail's page editor.
Defined once, imported everywhere (the review app's own are in `review/names.py`)."""

APP_LABEL = "readability"

# Who may change the plain-language limits (`PlainLanguageSettings`).
SETTINGS_PERMISSION = f"{APP_LABEL}.change_plainlanguagesettings"

# The page editor's buttons and workflow fields, as Wagtail names them in the form it
# posts: the live check leaves them out, and the review reacts to them.
PUBLISH_BUTTON = "action-publish"
SUBMIT_BUTTON = "action-submit"
RESUBMIT_BUTTON = "action-restart-workflow"
WITHDRAW_BUTTON = "action-cancel-workflow"
WORKFLOW_ACTION_BUTTON = "action-workflow-action"
WORKFLOW_ACTION_NAME = "workflow-action-name"
WORKFLOW_ACTION_DATA = "workflow-action-extra-data"
