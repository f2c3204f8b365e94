from wagtail import blocks


class FindingBlock(blocks.TextBlock):
    class Meta:
        icon = "list-ol"
        label = "Finding"
        description = "One thing the study found, in one or two plain sentences."
        preview_value = "People who trained with the device walked faster after 12 weeks."


class LimitationBlock(blocks.TextBlock):
    class Meta:
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
        icon = "pick"
        label = "Implication"
        description = "What the findings may mean for people living with SCI."
        preview_value = {
            "heading": "Ask about training options",
            "text": "If walking is a goal for you, ask your therapy team which training suits you.",
        }
