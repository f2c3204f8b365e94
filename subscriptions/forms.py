from django import forms


class SubscribeForm(forms.Form):
    email = forms.EmailField(
        label="Your e-mail address",
        help_text="We send one e-mail when new summaries are published. We never share "
        "your address.",
        max_length=254,
        error_messages={
            "required": "Enter your e-mail address.",
            "invalid": "Enter an e-mail address like name@example.com.",
        },
        widget=forms.EmailInput(
            attrs={"class": "field__input", "autocomplete": "email", "spellcheck": "false"}
        ),
    )
