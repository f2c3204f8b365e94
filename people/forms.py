from django import forms

from .models import Person

# What a user may say about themselves. The account, the role, the address and the
# fictional flag are editors' business: a writer must not present as a medical reviewer.
OWN_PROFILE_FIELDS = (
    "display_name",
    "credentials",
    "job_title",
    "specialty",
    "bio",
    "conflicts_of_interest",
)


class OwnProfileForm(forms.ModelForm):
    class Meta:
        model = Person
        fields = OWN_PROFILE_FIELDS
        widgets = {
            "bio": forms.Textarea(attrs={"rows": 5}),
            "conflicts_of_interest": forms.Textarea(attrs={"rows": 3}),
        }
