from django import forms
from django.utils.translation import gettext_lazy as _


class AccessibilityFeedbackForm(forms.Form):
    """Anyone may write (no sign-in); ``website`` is a trap field people never see (bots fill it)."""

    message = forms.CharField(
        label=_("What did not work for you?"),
        widget=forms.Textarea(attrs={"rows": 6}),
        max_length=4000,
        min_length=5,
    )
    page = forms.CharField(label=_("Page concerned (address or name)"), max_length=300, required=False)
    name = forms.CharField(label=_("Your name"), max_length=200, required=False)
    email = forms.EmailField(
        label=_("Your e-mail address"),
        required=False,
        help_text=_("Only if you would like an answer."),
    )
    website = forms.CharField(label=_("Leave this field empty"), required=False)

    def is_spam(self) -> bool:
        return bool(self.cleaned_data.get("website"))
