from django import forms
from django.utils.translation import gettext_lazy as _

from information.forms import https_urls
from strategy.models import Priority

from .models import ExpertiseArea, Organisation, StaffExpert, User


class AccountPreferencesForm(forms.ModelForm):
    class Meta:
        model = User
        fields = ["name", "language", "receives_weekly_digest"]


class OrganisationProfileForm(forms.ModelForm):
    """What a member tells the others about itself (the description in each language)."""

    priorities = forms.ModelMultipleChoiceField(
        Priority.objects.order_by("order"),
        widget=forms.CheckboxSelectMultiple,
        required=False,
        label=_("Priorities"),
    )

    class Meta:
        model = Organisation
        formfield_callback = https_urls
        fields = ["description_en", "description_sv", "description_it", "priorities", "website", "address"]


class StaffExpertForm(forms.ModelForm):
    areas = forms.ModelMultipleChoiceField(
        ExpertiseArea.objects.all(), widget=forms.CheckboxSelectMultiple, label=_("Expertise areas")
    )
    consent = forms.BooleanField(
        required=False,
        label=_("This person has agreed to be listed in the pool of expertise"),
        help_text=_("Without consent, the person is not shown to other members."),
    )

    class Meta:
        model = StaffExpert
        fields = ["name", "job_title", "email", "areas"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["consent"].initial = self.instance.has_consented


StaffExpertFormSet = forms.inlineformset_factory(
    Organisation, StaffExpert, form=StaffExpertForm, extra=1, can_delete=True
)
