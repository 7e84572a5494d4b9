from django import forms
from django.utils.translation import gettext_lazy as _

from information.forms import LocalDateTimeInput, TranslatedFieldsForm, https_urls, translated
from strategy.models import Priority

from .models import Event


class EventForm(TranslatedFieldsForm):
    required_translations = ("title",)
    priorities = forms.ModelMultipleChoiceField(
        Priority.objects.order_by("order"),
        widget=forms.CheckboxSelectMultiple,
        required=False,
        label=_("Priorities"),
    )

    class Meta:
        model = Event
        formfield_callback = https_urls
        fields = [
            "kind",
            *translated("title", "programme"),
            "starts_at",
            "ends_at",
            "place",
            "online_link",
            "capacity",
            "registration_open",
            "is_public",
            "priorities",
        ]
        widgets = {"starts_at": LocalDateTimeInput(), "ends_at": LocalDateTimeInput()}

    def clean(self):
        cleaned = super().clean()
        starts, ends = cleaned.get("starts_at"), cleaned.get("ends_at")
        if starts and ends and ends < starts:
            self.add_error("ends_at", _("The event cannot end before it starts."))
        if not cleaned.get("place") and not cleaned.get("online_link"):
            self.add_error("place", _("Give a place, an online link, or both."))
        return cleaned


class AttendanceForm(forms.Form):
    attended = forms.MultipleChoiceField(
        required=False, widget=forms.CheckboxSelectMultiple, label=_("Attended")
    )

    def __init__(self, *args, registrations, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["attended"].choices = [
            (registration.pk, str(registration.user)) for registration in registrations
        ]
        self.initial.setdefault(
            "attended", [registration.pk for registration in registrations if registration.attended]
        )
