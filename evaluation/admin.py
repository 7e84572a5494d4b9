from django.contrib import admin
from modeltranslation.admin import TranslationAdmin

from .models import ReportRun, Risk


@admin.register(Risk)
class RiskAdmin(TranslationAdmin):
    list_display = ["title", "likelihood", "impact", "owner", "status", "identified_on", "closed_on"]
    list_filter = ["status", "likelihood", "impact"]
    search_fields = ["title", "owner", "mitigation"]


@admin.register(ReportRun)
class ReportRunAdmin(admin.ModelAdmin):
    list_display = [
        "requested_at",
        "period_start",
        "period_end",
        "language",
        "status",
        "progress",
        "requested_by",
    ]
    list_filter = ["status", "language"]
    readonly_fields = [field.name for field in ReportRun._meta.fields]

    def has_add_permission(self, request) -> bool:
        return False
