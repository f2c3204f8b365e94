"""Wagtail's own content checker (the userbar and the editor's Checks panel), tuned to
the problems that matter in our summaries, so writers see them next to the
plain-language panel and before the publish gate refuses them."""

from wagtail.admin.userbar import ContentCheckerItem

EXTRA_RULES = [
    "image-alt",
    "link-in-text-block",
    "color-contrast",
    "document-title",
    "list",
    "listitem",
    "th-has-data-cells",
    "td-headers-attr",
    "duplicate-id-aria",
]

EXTRA_MESSAGES = {
    "image-alt": {
        "error_name": "Image has no alt text",
        "help_text": "Describe what the image shows, or mark it as decorative",
    },
    "link-in-text-block": {
        "error_name": "Link looks like normal text",
        "help_text": "Links in a paragraph must be underlined or otherwise stand out",
    },
    "color-contrast": {
        "error_name": "Text is hard to see",
        "help_text": "Make the text darker or the background lighter",
    },
    "th-has-data-cells": {
        "error_name": "Table header has no cells",
        "help_text": "Every header cell should describe some data cells",
    },
    "heading-order": {
        "error_name": "A heading level is skipped",
        "help_text": "Go from level 2 to 3, not 2 to 4: people who move by headings miss nothing",
    },
    "link-name": {
        "error_name": "Link has no text",
        "help_text": "Say where the link goes, in words that make sense on their own",
    },
}


class SummaryContentChecker(ContentCheckerItem):
    axe_run_only = [*ContentCheckerItem.axe_run_only, *EXTRA_RULES]
    axe_messages = {**ContentCheckerItem.axe_messages, **EXTRA_MESSAGES}
    # The site's header and footer are checked by the browser tests; writers need only
    # hear about the content they wrote.
    axe_include = ["main"]
