from django.contrib import admin
from modeltranslation.admin import TranslationAdmin

from .models import Event, Registration


class RegistrationInline(admin.TabularInline):
    model = Registration
    extra = 0
    autocomplete_fields = ["user", "organisation"]
    # Places are given and taken back only by ``events.services`` (capacity, waiting list).
    readonly_fields = ["status"]

    def has_add_permission(self, request, obj=None) -> bool:
        return False


@admin.register(Event)
class EventAdmin(TranslationAdmin):
    list_display = ["title", "kind", "starts_at", "capacity", "registration_open"]
    list_filter = ["kind"]
    search_fields = ["title"]
    filter_horizontal = ["priorities"]
    prepopulated_fields = {"slug": ["title_en"]}
    inlines = [RegistrationInline]
