"""The blocks of a summary's stream fields. Each renders itself from its template: the
summary page shows that rendering, and the plain-language and accessibility checks judge
the very same HTML (readability.declarations), so what is checked is what is read."""

from wagtail import blocks


class FindingBlock(blocks.TextBlock):
    class Meta:
        # One item of the section's numbered list; the page template holds the <ol>.
        template = "research/blocks/list_item.html"
        icon = "list-ol"
        label = "Finding"
        description = "One thing the study found, in one or two plain sentences."
        preview_value = "People who trained with the device walked faster after 12 weeks."


class LimitationBlock(blocks.TextBlock):
    class Meta:
        template = "research/blocks/list_item.html"
        icon = "list-ol"
        label = "Limitation"
        description = "One reason to be careful about the results."
        preview_value = "Only 25 people took part, so the results may not apply to everyone."


class ImplicationBlock(blocks.StructBlock):
    heading = blocks.CharBlock(
        max_length=120, help_text="A short heading, e.g. 'Talk to your team'."
    )
    text = blocks.TextBlock(help_text="One or two plain sentences on what this means for readers.")

    class Meta:
        # An h3: the page puts the blocks under the section's h2.
        template = "research/blocks/implication.html"
        icon = "pick"
        label = "Implication"
        description = "What the findings may mean for people living with SCI."
        preview_value = {
            "heading": "Ask about training options",
            "text": "If walking is a goal for you, ask your therapy team which training suits you.",
        }
