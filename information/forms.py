import zoneinfo

from django import forms
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from members.models import Country
from strategy.models import Priority

from .models import EuCall, NewsItem

LANGUAGE_FIELDS = ("en", "sv", "it")


def translated(*names: str) -> list[str]:
    return [f"{name}_{lang}" for name in names for lang in LANGUAGE_FIELDS]


def https_urls(field, **kwargs):
    """Form fields of the model, with links typed without a scheme read as https://."""
    if isinstance(field, models.URLField):
        kwargs.setdefault("assume_scheme", "https")
    return field.formfield(**kwargs)


class LocalDateTimeInput(forms.DateTimeInput):
    input_type = "datetime-local"

    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%dT%H:%M", **kwargs)


class TranslatedFieldsForm(forms.ModelForm):
    """English (the network's working language) is required; Swedish and Italian are optional."""

    required_translations: tuple[str, ...] = ()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in self.required_translations:
            self.fields[f"{name}_en"].required = True


class NewsForm(TranslatedFieldsForm):
    required_translations = ("title", "body")
    priorities = forms.ModelMultipleChoiceField(
        Priority.objects.order_by("order"),
        widget=forms.CheckboxSelectMultiple,
        required=False,
        label=_("Priorities"),
    )

    class Meta:
        model = NewsItem
        fields = [*translated("title", "body"), "priorities", "published_at"]
        widgets = {"published_at": LocalDateTimeInput()}


class CallForm(TranslatedFieldsForm):
    """The deadline is typed as the call states it (a local time) in the zone chosen next to it."""

    required_translations = ("title", "summary")
    deadline = forms.DateTimeField(
        label=_("Deadline"),
        widget=LocalDateTimeInput(),
        help_text=_("The date and time the call states, in the time zone below."),
    )
    priorities = forms.ModelMultipleChoiceField(
        Priority.objects.order_by("order"),
        widget=forms.CheckboxSelectMultiple,
        required=False,
        label=_("Priorities"),
    )
    eligible_countries = forms.MultipleChoiceField(
        choices=Country.choices,
        required=False,
        label=_("Eligible countries"),
        help_text=_("Leave empty when every country is eligible."),
        widget=forms.SelectMultiple(attrs={"size": 8}),
    )

    class Meta:
        model = EuCall
        formfield_callback = https_urls
        fields = [
            "programme",
            "identifier",
            *translated("title", "summary"),
            "deadline",
            "deadline_time_zone",
            "budget_eur",
            "link",
            "priorities",
            "eligible_countries",
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            # Show the stored deadline as the call states it, without the browser's zone.
            self.initial["deadline"] = self.instance.local_deadline.replace(tzinfo=None)

    def clean(self):
        cleaned = super().clean()
        deadline, zone = cleaned.get("deadline"), cleaned.get("deadline_time_zone")
        if deadline and zone:
            # The field made it aware in the portal's zone; re-read the same wall time in the call's.
            wall_time = timezone.make_naive(deadline) if timezone.is_aware(deadline) else deadline
            cleaned["deadline"] = timezone.make_aware(wall_time, zoneinfo.ZoneInfo(zone))
        return cleaned
