"""Names the people app shares with the apps above it: defined once, imported there."""

APP_LABEL = "people"

# Editors hold these (review.roles grants them); everyone else edits only their own
# profile, through "My profile".
PERSON_PERMISSIONS = tuple(
    f"{APP_LABEL}.{action}_person" for action in ("add", "change", "delete", "view")
)

# The visible note on every fictional profile, and the words seed_demo uses.
FICTIONAL_NOTE = "This is a fictional person for the demo site."
NONE_DECLARED = "None declared"

# Shown on "My profile" to a reviewer whose approval was refused for want of credentials.
CREDENTIALS_MISSING = (
    "Not approved yet. Add your credentials (for example “MD, PhD”) below before you "
    "approve a summary: readers see them beside your name, as what qualifies you to check "
    "it. Then approve again."
)
