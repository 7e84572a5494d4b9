from django import forms
from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationAdmin

from members.models import OrganisationKind

from .models import (
    ExpressionOfInterest,
    IdeaPhaseChange,
    InterestStatusChange,
    PartnershipRule,
    ProjectIdea,
    ProjectRecord,
    RecordChangeKind,
)


@admin.register(ProjectRecord)
class ProjectRecordAdmin(admin.ModelAdmin):
    list_display = ["acronym", "programme", "submitted_on", "outcome", "eu_grant_eur", "participants"]
    list_filter = ["outcome", "programme"]
    search_fields = ["acronym", "title"]
    autocomplete_fields = ["lead", "partners", "idea"]
    date_hierarchy = "submitted_on"
    # The outcome changes only through its transition function (``services.outcomes``).
    readonly_fields = ["outcome"]
    list_display = [*list_display, "verified"]

    def save_model(self, request, obj, form, change):
        """A change made here is logged like one made in the portal (nothing changes silently)."""
        from .services.outcomes import FIGURE_FIELDS, log_record_change

        changed = {
            name: [str(form.initial.get(name)), str(getattr(obj, name))]
            for name in FIGURE_FIELDS
            if change and name in form.changed_data
        }
        super().save_model(request, obj, form, change)
        if changed:
            log_record_change(obj, RecordChangeKind.CORRECTED, request.user, changed, "admin")


class ReadOnlyLogInline(admin.TabularInline):
    """Log records are append-only: shown, never edited or deleted here."""

    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


class PhaseChangeInline(ReadOnlyLogInline):
    model = IdeaPhaseChange
    fields = readonly_fields = ["from_phase", "to_phase", "changed_by", "changed_at", "note"]


class InterestStatusChangeInline(ReadOnlyLogInline):
    model = InterestStatusChange
    fields = readonly_fields = ["from_status", "to_status", "changed_by", "changed_at", "note"]


@admin.register(ProjectIdea)
class ProjectIdeaAdmin(TranslationAdmin):
    list_display = ["title", "lead", "phase", "target_programme", "eoi_deadline", "visibility"]
    list_filter = ["phase", "target_programme", "visibility"]
    search_fields = ["title", "summary"]
    autocomplete_fields = ["lead", "target_call"]
    filter_horizontal = ["priorities", "perspectives"]
    # The phase changes only through the transition function (its log stays complete).
    readonly_fields = ["phase", "created_by", "created_at"]
    inlines = [PhaseChangeInline]


@admin.register(ExpressionOfInterest)
class ExpressionOfInterestAdmin(admin.ModelAdmin):
    list_display = ["idea", "organisation", "status", "created_at", "decided_at"]
    list_filter = ["status"]
    search_fields = ["idea__title", "organisation__name"]
    readonly_fields = [
        "idea",
        "organisation",
        "status",
        "expressed_by",
        "created_at",
        "decided_by",
        "decided_at",
    ]
    inlines = [InterestStatusChangeInline]


class PartnershipRuleForm(forms.ModelForm):
    required_kinds = forms.MultipleChoiceField(
        label=_("kinds of organisation required"),
        choices=OrganisationKind.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = PartnershipRule
        fields = ["programme", "min_partners", "min_countries", "required_kinds", "note"]


@admin.register(PartnershipRule)
class PartnershipRuleAdmin(admin.ModelAdmin):
    """The secretariat's table of partnership rules per programme (the consortium builder)."""

    form = PartnershipRuleForm
    list_display = ["programme", "min_partners", "min_countries", "note"]
