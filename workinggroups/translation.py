from modeltranslation.translator import TranslationOptions, register

from .models import WorkingGroup


@register(WorkingGroup)
class WorkingGroupTranslation(TranslationOptions):
    fields = ("name", "description")
