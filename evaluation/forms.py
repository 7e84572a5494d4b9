from django import forms
from django.conf import settings
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from .models import Risk, RiskStatus
from .period import Period

FIRST_YEAR = 2005  # the network was founded in January 2005
LONGEST_PERIOD_DAYS = 366 * 25


class LinkedErrorsMixin:
    """Points each invalid field at its error message (and help text) with aria-describedby.

    Templates render the message with the id ``<field id>-error`` and help text with
    ``<field id>_helptext`` (Django's own convention).
    """

    def full_clean(self):
        super().full_clean()
        for name in self.errors:
            if name not in self.fields:
                continue
            bound = self[name]
            described = [f"{bound.auto_id}-error"]
            if self.fields[name].help_text:
                described.append(f"{bound.auto_id}_helptext")
            self.fields[name].widget.attrs["aria-describedby"] = " ".join(described)


class PeriodForm(LinkedErrorsMixin, forms.Form):
    """The period selector shared by the dashboard, the CSV exports and the annual report.

    Either a year, or a span of dates (both ends); nothing selected means the current year.
    """

    year = forms.TypedChoiceField(label=_("Year"), required=False, coerce=int, empty_value=None)
    start = forms.DateField(
        label=_("From"), required=False, widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
    )
    end = forms.DateField(
        label=_("To"), required=False, widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        this_year = timezone.localdate().year
        self.fields["year"].choices = [("", _("Dates below"))] + [
            (year, str(year)) for year in range(this_year + 1, FIRST_YEAR - 1, -1)
        ]

    def clean(self):
        data = super().clean()
        start, end = data.get("start"), data.get("end")
        if (start is None) != (end is None) and not self.has_error("start") and not self.has_error("end"):
            field = "end" if start else "start"
            self.add_error(field, _("Give both dates of the period, or choose a year."))
        elif start and end:
            if end < start:
                self.add_error("end", _("The period must end on or after its first day."))
            elif (end - start).days > LONGEST_PERIOD_DAYS:
                self.add_error("end", _("Choose a period of at most 25 years."))
        return data

    @property
    def period(self) -> Period:
        """The selected period; the current year when nothing (valid) was selected."""
        if not self.is_bound or not self.is_valid():
            return Period.current_year()
        data = self.cleaned_data
        # The control says "choose a year, or 'Dates below' and give the dates": a chosen year
        # wins over dates still in the form from the last time (from_request drops them too).
        if data.get("year"):
            return Period.year(data["year"])
        if data.get("start") and data.get("end"):
            return Period(data["start"], data["end"])
        return Period.current_year()

    @classmethod
    def from_request(cls, request) -> "PeriodForm":
        params = request.GET if any(k in request.GET for k in ("year", "start", "end")) else None
        if params is not None and params.get("year"):
            # A year was chosen: the dates left in the form by an earlier range are not asked
            # for, so they are neither validated nor shown again.
            params = params.copy()
            params.pop("start", None)
            params.pop("end", None)
        form = cls(params)
        if params is None:
            current = Period.current_year()
            form.initial = {"year": current.start.year}
        return form


class ReportRequestForm(forms.Form):
    language = forms.ChoiceField(label=_("Language of the report"), choices=settings.LANGUAGES)

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        self.fields["language"].initial = get_language()


TRANSLATED_LABELS = {
    "en": _("English"),
    "sv": _("Swedish"),
    "it": _("Italian"),
}


class RiskForm(LinkedErrorsMixin, forms.ModelForm):
    """The risk and its mitigation in each language (English is required)."""

    class Meta:
        model = Risk
        fields = [
            "title_en",
            "title_sv",
            "title_it",
            "likelihood",
            "impact",
            "owner",
            "mitigation_en",
            "mitigation_sv",
            "mitigation_it",
            "status",
            "identified_on",
            "closed_on",
        ]
        widgets = {
            "identified_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "closed_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "mitigation_en": forms.Textarea(attrs={"rows": 3}),
            "mitigation_sv": forms.Textarea(attrs={"rows": 3}),
            "mitigation_it": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for code, language in TRANSLATED_LABELS.items():
            self.fields[f"title_{code}"].label = _("Risk (%(language)s)") % {"language": language}
            self.fields[f"mitigation_{code}"].label = _("Mitigation (%(language)s)") % {"language": language}
        self.fields["title_en"].required = True
        if not self.instance.pk:
            self.fields["identified_on"].initial = timezone.localdate

    def clean(self):
        data = super().clean()
        closed_on, identified_on = data.get("closed_on"), data.get("identified_on")
        if closed_on and identified_on and closed_on < identified_on:
            self.add_error("closed_on", _("A risk cannot be closed before it was identified."))
        status = data.get("status")
        if status == RiskStatus.CLOSED and not closed_on and not self.has_error("closed_on"):
            self.add_error("closed_on", _("Give the date the risk was closed."))
        elif closed_on and status and status != RiskStatus.CLOSED:
            self.add_error("closed_on", _("Only a closed risk has a closing date."))
        return data
