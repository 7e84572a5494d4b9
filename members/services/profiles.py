"""Saving a member's profile and its pool of expertise."""

from django.db import transaction
from django.forms import BaseInlineFormSet, ModelForm
from django.utils import timezone

from ..models import Organisation, StaffExpert


@transaction.atomic
def save_organisation_profile(form: ModelForm, experts: BaseInlineFormSet, editor) -> Organisation:
    """Save the profile form and the expertise formset.

    Side effects, in order: save the organisation and its priorities; delete the staff removed;
    save each staff member, recording the date and the editor when consent is newly given and
    clearing it when it is withdrawn (staff without consent are not shown to other members).
    """
    organisation = form.save()
    for expert_form in experts.deleted_forms:
        if expert_form.instance.pk:
            expert_form.instance.delete()
    for expert_form in experts.forms:
        if expert_form in experts.deleted_forms or not expert_form.has_changed():
            continue
        expert: StaffExpert = expert_form.save(commit=False)
        expert.organisation = organisation
        consent = expert_form.cleaned_data.get("consent")
        if consent and not expert.consent_recorded_on:
            expert.consent_recorded_on = timezone.localdate()
            expert.consent_recorded_by = editor
        elif not consent:
            expert.consent_recorded_on = None
            expert.consent_recorded_by = None
        expert.save()
        expert_form.save_m2m()
    return organisation
