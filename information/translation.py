from modeltranslation.translator import TranslationOptions, register

from .models import EuCall, NewsItem


@register(NewsItem)
class NewsItemTranslation(TranslationOptions):
    fields = ("title", "body")


@register(EuCall)
class EuCallTranslation(TranslationOptions):
    fields = ("title", "summary")
