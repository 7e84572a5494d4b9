from django.contrib import admin

from .models import ProjectRecord


@admin.register(ProjectRecord)
class ProjectRecordAdmin(admin.ModelAdmin):
    list_display = ["acronym", "programme", "submitted_on", "outcome", "eu_grant_eur", "participants"]
    list_filter = ["outcome", "programme"]
    search_fields = ["acronym", "title"]
    autocomplete_fields = ["lead", "partners"]
    date_hierarchy = "submitted_on"
