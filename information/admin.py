from django.contrib import admin
from modeltranslation.admin import TranslationAdmin

from .models import DigestSend, EuCall, NewsItem


@admin.register(NewsItem)
class NewsItemAdmin(TranslationAdmin):
    list_display = ["title", "published_at"]
    search_fields = ["title", "body"]
    list_filter = ["priorities"]
    filter_horizontal = ["priorities"]
    prepopulated_fields = {"slug": ["title_en"]}


@admin.register(EuCall)
class EuCallAdmin(TranslationAdmin):
    list_display = ["identifier", "programme", "title", "deadline"]
    search_fields = ["identifier", "title", "programme"]
    list_filter = ["programme", "priorities"]
    filter_horizontal = ["priorities"]
    prepopulated_fields = {"slug": ["identifier"]}


@admin.register(DigestSend)
class DigestSendAdmin(admin.ModelAdmin):
    list_display = ["user", "period_end", "sent_at"]
    date_hierarchy = "period_end"
    readonly_fields = ["user", "period_start", "period_end", "sent_at", "news", "calls", "events"]
