from modeltranslation.translator import TranslationOptions, register

from .models import (
    ActivityArea,
    Award,
    MembershipStep,
    NetworkProfile,
    Priority,
    PriorityAction,
    SustainableDevelopmentGoal,
    ThematicArea,
    TransversalPerspective,
)


class NameDescription(TranslationOptions):
    fields = ("name", "description")


for model in (ThematicArea, Priority, TransversalPerspective, ActivityArea):
    register(model)(NameDescription)


@register(SustainableDevelopmentGoal)
class SDGTranslation(TranslationOptions):
    fields = ("name",)


@register(PriorityAction)
@register(MembershipStep)
@register(Award)
class TextTranslation(TranslationOptions):
    fields = ("text",)


@register(NetworkProfile)
class NetworkProfileTranslation(TranslationOptions):
    fields = ("vision", "mission", "about", "fees_explained", "country")
