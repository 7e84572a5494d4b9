"""Validation only: the views pass the cleaned data to the services."""

from django import forms
from django.forms.models import ModelChoiceIterator
from django.utils.translation import gettext_lazy as _

from information.models import EuCall
from members.models import Country, OrganisationKind
from sern_portal.limits import LONG_TEXT, SHORT_TEXT

from .models import (
    MAX_EU_GRANT_EUR,
    MAX_PARTICIPANTS,
    STARTING_PHASES,
    InterestStatus,
    PcmPhase,
    Programme,
    ProjectIdea,
    ProjectOutcome,
)

DATE_INPUT = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class IdeaForm(forms.ModelForm):
    """Create or edit an idea. The texts are written in ``original_language``."""

    title = forms.CharField(label=_("Title"), max_length=200)
    summary = forms.CharField(
        label=_("Summary"),
        max_length=600,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Two or three sentences: what the project would change, and for whom."),
    )
    description = forms.CharField(
        label=_("Description"), required=False, max_length=LONG_TEXT, widget=forms.Textarea
    )
    partner_roles = forms.CharField(
        label=_("Roles of the partners sought"),
        required=False,
        max_length=SHORT_TEXT,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("For example: pilot site, training, evaluation, dissemination."),
    )
    partner_countries = forms.MultipleChoiceField(
        label=_("Countries of the partners sought"),
        choices=Country.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    partner_kinds = forms.MultipleChoiceField(
        label=_("Kinds of partners sought"),
        choices=OrganisationKind.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    phase = forms.ChoiceField(
        label=_("Starting phase"),
        choices=[(p.value, p.label) for p in STARTING_PHASES],
        initial=PcmPhase.PROGRAMMING,
    )

    TEXT_FIELDS = ("title", "summary", "description", "partner_roles")
    # (legend, fields): the template renders these groups in order.
    fieldsets = [
        (_("The idea"), ["lead", "original_language", "title", "summary", "description", "phase"]),
        (_("Strategy"), ["priorities", "perspectives"]),
        (
            _("Target"),
            ["target_programme", "target_programme_other", "target_call", "target_call_text"],
        ),
        (
            _("Partners sought"),
            ["partner_countries", "partner_kinds", "partner_roles", "partners_wanted", "eoi_deadline"],
        ),
        (_("Visibility"), ["visibility"]),
    ]

    class Meta:
        model = ProjectIdea
        fields = [
            "lead",
            "original_language",
            "phase",
            "priorities",
            "perspectives",
            "target_programme",
            "target_programme_other",
            "target_call",
            "target_call_text",
            "partner_countries",
            "partner_kinds",
            "partners_wanted",
            "eoi_deadline",
            "visibility",
        ]
        widgets = {
            "priorities": forms.CheckboxSelectMultiple,
            "perspectives": forms.CheckboxSelectMultiple,
            "eoi_deadline": DATE_INPUT,
            "visibility": forms.RadioSelect,
        }

    def __init__(self, *args, lead_choices=None, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            # The lead and the phase change through their own workflows, not by editing.
            del self.fields["lead"], self.fields["phase"]
            with_language = self.instance.original_language
            for name in self.TEXT_FIELDS:
                self.initial[name] = getattr(self.instance, f"{name}_{with_language}") or ""
        else:
            self.fields["lead"].queryset = lead_choices
            self.fields["lead"].empty_label = None
        self.fields["original_language"].help_text = _("The language you write the title and texts in.")
        # Open calls only; an idea keeps the call it is linked to after the call's deadline.
        calls = EuCall.objects.open()
        if self.instance.target_call_id:
            calls = calls | EuCall.objects.filter(pk=self.instance.target_call_id)
        self.fields["target_call"].queryset = calls.order_by("deadline", "pk")
        self.fields["target_call"].empty_label = _("None (or not in the portal)")

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("target_programme") == Programme.OTHER and not cleaned.get("target_programme_other"):
            self.add_error("target_programme_other", _("Name the programme."))
        return cleaned

    def visible_fieldsets(self):
        for legend, names in self.fieldsets:
            fields = [self[name] for name in names if name in self.fields]
            if fields:
                yield legend, fields

    @property
    def texts(self) -> dict[str, str]:
        return {name: self.cleaned_data[name] for name in self.TEXT_FIELDS}


class PhaseForm(forms.Form):
    to_phase = forms.ChoiceField(label=_("New phase"), choices=PcmPhase.choices)
    note = forms.CharField(label=_("Note (optional)"), max_length=300, required=False)


class ReadOnceChoiceIterator(ModelChoiceIterator):
    """The choices of the field's queryset, read once: Django's own iterator asks the database
    each time the choices are read, and a select reads them twice (options, required)."""

    def __iter__(self):
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        for obj in self.queryset:
            yield self.choice(obj)


class ReadOnceModelChoiceField(forms.ModelChoiceField):
    iterator = ReadOnceChoiceIterator


class InterestForm(forms.Form):
    organisation = ReadOnceModelChoiceField(label=_("On behalf of"), queryset=None, empty_label=None)
    message = forms.CharField(
        label=_("Your message to the lead"),
        max_length=SHORT_TEXT,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("What your organisation would bring, and who would work on it."),
    )

    def __init__(self, *args, organisations, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = organisations

    def has_organisations(self) -> bool:
        """Whether the user may express interest on behalf of any organisation (the query that
        also gives the choices)."""
        return bool(self.fields["organisation"].queryset)


class DecisionForm(forms.Form):
    decision = forms.ChoiceField(
        choices=[(InterestStatus.ACCEPTED.value, _("Accept")), (InterestStatus.DECLINED.value, _("Decline"))]
    )
    note = forms.CharField(
        label=_("Message to the member (optional)"),
        required=False,
        max_length=SHORT_TEXT,
        widget=forms.Textarea,
    )


class SubmissionForm(forms.Form):
    acronym = forms.CharField(label=_("Acronym"), max_length=60)
    programme = forms.CharField(label=_("EU programme"), max_length=200)
    submitted_on = forms.DateField(label=_("Submitted on"), widget=DATE_INPUT)


class OutcomeForm(forms.Form):
    outcome = forms.ChoiceField(
        label=_("Outcome"),
        choices=[(o.value, o.label) for o in (ProjectOutcome.APPROVED, ProjectOutcome.REJECTED)],
        widget=forms.RadioSelect,
    )
    eu_grant_eur = forms.DecimalField(
        label=_("EU grant (EUR)"),
        min_value=0,
        max_value=MAX_EU_GRANT_EUR,
        max_digits=12,
        decimal_places=2,
        required=False,
    )
    participants = forms.IntegerField(
        label=_("Participants"), min_value=0, max_value=MAX_PARTICIPANTS, required=False
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("outcome") == ProjectOutcome.APPROVED:
            for name in ("eu_grant_eur", "participants"):
                if cleaned.get(name) is None:
                    self.add_error(name, _("Give the figure of the approved project."))
        return cleaned


class CorrectionForm(OutcomeForm):
    """The secretariat's correction of a record: the same bounds, and a reason for the trail."""

    outcome = forms.ChoiceField(label=_("Outcome"), choices=ProjectOutcome.choices, widget=forms.RadioSelect)
    reason = forms.CharField(
        label=_("Reason for the correction"),
        max_length=SHORT_TEXT,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Kept with the record's history of changes."),
    )


class DismissForm(forms.Form):
    note = forms.CharField(label=_("Why not? (optional, helps the matching)"), max_length=300, required=False)
