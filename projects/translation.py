from modeltranslation.translator import TranslationOptions, register

from .models import ProjectIdea


@register(ProjectIdea)
class ProjectIdeaTranslation(TranslationOptions):
    # Written in any of the three languages (ProjectIdea.original_language); the others are
    # translations the secretariat may add in the admin.
    fields = ("title", "summary", "description", "partner_roles")
