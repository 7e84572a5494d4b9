from modeltranslation.translator import TranslationOptions, register

from .models import ExpertiseArea, Organisation


@register(Organisation)
class OrganisationTranslation(TranslationOptions):
    fields = ("description",)


@register(ExpertiseArea)
class ExpertiseAreaTranslation(TranslationOptions):
    fields = ("name",)
