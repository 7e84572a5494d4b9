"""Forms of the member record: validation only (the views call the services)."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from sern_portal.limits import SHORT_TEXT

from .models import ContactRole, MembershipEndReason

DATE_INPUT = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class NoteForm(forms.Form):
    text = forms.CharField(
        label=_("New note"), max_length=SHORT_TEXT, widget=forms.Textarea(attrs={"rows": 3})
    )


class StartRoleForm(forms.Form):
    """Each contact's form has its own prefix (``start-<contact>``): ids stay unique on the page."""

    role = forms.ChoiceField(label=_("Role"), choices=ContactRole.choices)
    starts_on = forms.DateField(label=_("From"), widget=DATE_INPUT, initial=timezone.localdate)


class EndRoleForm(forms.Form):
    """Prefixed ``end-<assignment>``."""

    ends_on = forms.DateField(label=_("Last day"), widget=DATE_INPUT, initial=timezone.localdate)


class MembershipEndForm(forms.Form):
    ends_on = forms.DateField(label=_("Last day of membership"), widget=DATE_INPUT)
    reason = forms.ChoiceField(label=_("Reason"), choices=MembershipEndReason.choices)
    explanation = forms.CharField(
        label=_("Explanation"),
        required=False,
        max_length=SHORT_TEXT,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
