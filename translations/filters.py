import django_filters
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.utils.translation import gettext_lazy as _

from sern_portal.filters import ValidatedFilterSet

from .models import FieldTranslation, TranslationState
from .registry import source_language, tracked_models

UNCHECKED = "unchecked"


def content_type_choices():
    types = ContentType.objects.get_for_models(*tracked_models())
    return [
        (str(types[model].pk), str(model._meta.verbose_name_plural).capitalize())
        for model in tracked_models()
    ]


def target_language_choices():
    return [(code, name) for code, name in settings.LANGUAGES if code != source_language()]


class TranslationFilter(ValidatedFilterSet):
    content_type = django_filters.ChoiceFilter(
        label=_("Kind of content"), choices=content_type_choices, method="filter_content_type"
    )
    language = django_filters.ChoiceFilter(label=_("Language"), choices=target_language_choices)
    state = django_filters.ChoiceFilter(
        label=_("State"),
        choices=[(UNCHECKED, _("Not checked (missing, machine draft, outdated)")), *TranslationState.choices],
        method="filter_state",
        empty_label=_("Any state"),
    )

    class Meta:
        model = FieldTranslation
        fields = ["content_type", "language", "state"]

    def filter_content_type(self, queryset, name, value):
        return queryset.filter(content_type_id=value) if value else queryset

    def filter_state(self, queryset, name, value):
        if value == UNCHECKED:
            return queryset.exclude(state=TranslationState.CHECKED)
        return queryset.filter(state=value) if value else queryset
