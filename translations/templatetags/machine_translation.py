"""The reader's note on a machine translation that nobody has checked yet.

    {% machine_translation_note item "title" "body" %}

prints a note when any of the fields, in the page's language, is a machine draft (one query).
"""

from django import template
from django.contrib.contenttypes.models import ContentType
from django.utils.html import format_html
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from ..models import FieldTranslation, TranslationState
from ..registry import source_language

register = template.Library()


def is_machine_draft(obj, *fields: str, language: str | None = None) -> bool:
    language = (language or get_language() or "").split("-")[0]
    if obj is None or obj.pk is None or language == source_language():
        return False
    return FieldTranslation.objects.filter(
        content_type=ContentType.objects.get_for_model(obj),
        object_id=obj.pk,
        field__in=fields,
        language=language,
        state=TranslationState.MACHINE,
    ).exists()


@register.simple_tag
def machine_translation_note(obj, *fields: str) -> str:
    if not is_machine_draft(obj, *fields):
        return ""
    return format_html(
        '<p class="meta machine-translation" role="note">{}</p>',
        _("Machine translation: the secretariat has not checked this text yet."),
    )
