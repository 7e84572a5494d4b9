from modeltranslation.translator import TranslationOptions, register

from .models import Risk


@register(Risk)
class RiskTranslation(TranslationOptions):
    fields = ("title", "mitigation")
