from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationAdmin

from .models import (
    ApplicationContact,
    ApplicationEvent,
    BoardMeeting,
    BoardPosition,
    BoardSeat,
    ExpertiseArea,
    FeeBand,
    MembershipApplication,
    MembershipFee,
    Organisation,
    OrganisationContact,
    StaffExpert,
    User,
)


class OrganisationContactInline(admin.TabularInline):
    model = OrganisationContact
    extra = 0
    autocomplete_fields = ["user"]


class StaffExpertInline(admin.StackedInline):
    model = StaffExpert
    extra = 0
    filter_horizontal = ["areas"]
    readonly_fields = ["consent_recorded_on", "consent_recorded_by"]


@admin.register(ExpertiseArea)
class ExpertiseAreaAdmin(TranslationAdmin):
    list_display = ["name", "priority"]
    search_fields = ["name"]


@admin.register(Organisation)
class OrganisationAdmin(TranslationAdmin):
    list_display = ["name", "country", "kind", "is_public", "member_since", "member_until"]
    list_filter = ["country", "kind", "is_public"]
    search_fields = ["name", "town", "region"]
    prepopulated_fields = {"slug": ["name"]}
    filter_horizontal = ["priorities"]
    inlines = [OrganisationContactInline, StaffExpertInline]


@admin.register(BoardSeat)
class BoardSeatAdmin(admin.ModelAdmin):
    list_display = ["user", "role", "organisation", "started_on", "ended_on"]
    list_filter = ["role"]
    autocomplete_fields = ["user", "organisation"]


@admin.register(User)
class UserAdmin(DjangoUserAdmin):
    ordering = ["email"]
    list_display = ["email", "name", "language", "is_secretariat", "is_staff", "is_active"]
    list_filter = ["is_secretariat", "is_staff", "is_active", "language"]
    search_fields = ["email", "name"]
    fieldsets = [
        (None, {"fields": ["email", "password"]}),
        (_("Person"), {"fields": ["name", "language"]}),
        (_("Roles"), {"fields": ["is_secretariat", "is_active", "is_staff", "is_superuser", "groups"]}),
        (_("Dates"), {"fields": ["last_login", "date_joined"]}),
    ]
    add_fieldsets = [(None, {"classes": ["wide"], "fields": ["email", "password1", "password2"]})]
    actions = ["erase_personal_data"]

    @admin.action(description=_("Erase the personal data of the selected people"))
    def erase_personal_data(self, request, queryset):
        """Anonymise, not delete: decisions and fees point to these accounts (PROTECT)."""
        from .services.personal_data import ErasureRefused, erase_account

        for user in queryset.filter(erased_at__isnull=True):
            try:
                erase_account(user, by=request.user)
            except ErasureRefused:
                self.message_user(
                    request,
                    _("%(user)s has an application under review: not erased.") % {"user": user},
                    level="warning",
                )


@admin.register(FeeBand)
class FeeBandAdmin(admin.ModelAdmin):
    list_display = ["year", "is_public", "min_size", "min_budget_eur", "amount_eur"]
    list_filter = ["year", "is_public"]


@admin.register(MembershipFee)
class MembershipFeeAdmin(admin.ModelAdmin):
    """Retired: fees are invoiced, paid and credited in the app billing (the records here were
    copied into invoices by billing's migration 0002). Kept read-only as history."""

    list_display = ["organisation", "year", "amount_eur", "due_on", "paid_on"]
    list_filter = ["year"]
    search_fields = ["organisation__name"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class ApplicationContactInline(admin.TabularInline):
    model = ApplicationContact
    extra = 0


class ApplicationEventInline(admin.TabularInline):
    """The history is append-only: shown, never edited (changes go through the transition function)."""

    model = ApplicationEvent
    extra = 0
    can_delete = False
    readonly_fields = ["created_at", "from_state", "to_state", "actor", "on_behalf_of", "comment", "meeting"]

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(MembershipApplication)
class MembershipApplicationAdmin(admin.ModelAdmin):
    list_display = ["name", "country", "state", "applicant", "meeting", "submitted_at"]
    list_filter = ["state", "country", "meeting"]
    search_fields = ["name", "applicant__email"]
    # The state and the meeting change only through the transition function (the desk).
    readonly_fields = ["state", "meeting", "organisation", "submitted_at", "created_at", "applicant"]
    inlines = [ApplicationContactInline, ApplicationEventInline]


@admin.register(ApplicationEvent)
class ApplicationEventAdmin(admin.ModelAdmin):
    list_display = ["created_at", "application", "from_state", "to_state", "actor", "on_behalf_of", "meeting"]
    list_filter = ["to_state"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(BoardMeeting)
class BoardMeetingAdmin(admin.ModelAdmin):
    list_display = ["date", "place", "status"]
    list_filter = ["status"]
    filter_horizontal = ["attendees"]
    # The status changes only through the meeting's workflow (``services.meetings``).
    readonly_fields = ["status"]


@admin.register(BoardPosition)
class BoardPositionAdmin(admin.ModelAdmin):
    list_display = ["application", "board_member", "position", "recorded_at"]
