from django.contrib import admin
from modeltranslation.admin import TranslationAdmin, TranslationTabularInline

from .models import (
    AccessibilityFeedback,
    ActivityArea,
    Award,
    MembershipStep,
    NetworkFiguresSnapshot,
    NetworkProfile,
    Priority,
    PriorityAction,
    SustainableDevelopmentGoal,
    ThematicArea,
    TransversalPerspective,
)


class PriorityActionInline(TranslationTabularInline):
    model = PriorityAction
    extra = 0


@admin.register(Priority)
class PriorityAdmin(TranslationAdmin):
    list_display = ["name", "area", "order"]
    list_filter = ["area"]
    filter_horizontal = ["sdgs"]
    inlines = [PriorityActionInline]


@admin.register(ThematicArea, TransversalPerspective, ActivityArea)
class NamedAdmin(TranslationAdmin):
    list_display = ["name", "code", "order"]


@admin.register(SustainableDevelopmentGoal)
class SDGAdmin(TranslationAdmin):
    list_display = ["number", "name"]


@admin.register(MembershipStep, Award)
class TextAdmin(TranslationAdmin):
    list_display = ["__str__", "order"]


@admin.register(NetworkProfile)
class NetworkProfileAdmin(TranslationAdmin):
    list_display = ["name", "city", "email"]


@admin.register(NetworkFiguresSnapshot)
class NetworkFiguresSnapshotAdmin(admin.ModelAdmin):
    list_display = ["computed_at", "members", "projects_submitted", "projects_approved", "eu_grants_eur"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(AccessibilityFeedback)
class AccessibilityFeedbackAdmin(admin.ModelAdmin):
    list_display = ["created_at", "name", "email", "page", "language"]
    readonly_fields = ["created_at", "name", "email", "page", "message", "language"]
    search_fields = ["name", "email", "message"]
