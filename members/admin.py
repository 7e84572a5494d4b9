from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationAdmin

from .models import BoardSeat, ExpertiseArea, Organisation, OrganisationContact, StaffExpert, User


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
