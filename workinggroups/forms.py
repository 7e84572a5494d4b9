"""Forms of the working groups (validation only)."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from members.models import Organisation, OrganisationContact
from sern_portal.language_names import name_in_sentence
from sern_portal.limits import LONG_TEXT
from strategy.models import ThematicArea

LANGUAGE_NAMES = dict(settings.LANGUAGES)


class GroupTextForm(forms.Form):
    """The page text in each language (the chair's and the secretariat's)."""

    def __init__(self, *args, group=None, **kwargs):
        super().__init__(*args, **kwargs)
        for code, _name in settings.LANGUAGES:
            self.fields[f"description_{code}"] = forms.CharField(
                label=_("Page text (%(language)s)") % {"language": name_in_sentence(code)},
                widget=forms.Textarea(attrs={"rows": 6}),
                required=False,
                max_length=LONG_TEXT,
                initial=getattr(group, f"description_{code}", "") if group else "",
            )

    def descriptions(self) -> dict[str, str]:
        return {code: self.cleaned_data[f"description_{code}"] for code, _name in settings.LANGUAGES}


class GroupCreateForm(GroupTextForm):
    thematic_area = forms.ModelChoiceField(
        label=_("Thematic area"), queryset=ThematicArea.objects.all(), required=False
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        names = {}
        for code, _name in settings.LANGUAGES:
            names[f"name_{code}"] = forms.CharField(
                label=_("Name (%(language)s)") % {"language": name_in_sentence(code)},
                max_length=200,
                required=code == settings.MODELTRANSLATION_DEFAULT_LANGUAGE,
            )
        self.fields = {**names, **self.fields}

    def names(self) -> dict[str, str]:
        return {code: self.cleaned_data[f"name_{code}"] for code, _name in settings.LANGUAGES}


class ChairForm(forms.Form):
    chair = forms.ModelChoiceField(
        label=_("Chair"),
        queryset=OrganisationContact.objects.none(),
        required=False,
        empty_label=_("(no chair)"),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["chair"].queryset = (
            OrganisationContact.objects.filter(organisation__in=Organisation.objects.members())
            .select_related("user", "organisation")
            .order_by("organisation__name", "user__name")
        )
        self.fields["chair"].label_from_instance = lambda contact: (
            f"{contact.user.name} — {contact.organisation.name}"
        )


class JoinForm(forms.Form):
    """Which of the person's member organisations they join for (when they have several)."""

    contact = forms.ModelChoiceField(label=_("On behalf of"), queryset=OrganisationContact.objects.none())

    def __init__(self, *args, contacts=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["contact"].queryset = (
            contacts if contacts is not None else OrganisationContact.objects.none()
        )
        self.fields["contact"].label_from_instance = lambda contact: contact.organisation.name
