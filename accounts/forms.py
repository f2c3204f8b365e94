from django import forms


class CodeForm(forms.Form):
    code = forms.CharField(
        label="Code",
        max_length=32,
        help_text="6 digits from your authenticator app, or a backup code.",
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "autofocus": True}),
    )

    def clean_code(self) -> str:
        # Apps show codes as "123 456"; people copy backup codes with spaces around.
        return "".join(self.cleaned_data["code"].split())
