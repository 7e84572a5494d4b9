"""Mark translated content that is shown in another language than the page's.

    <h2{{ call|lang_attr:"title" }}>{{ call.title }}</h2>        →  <h2 lang="en">…</h2>
    {% language_note call "title" "summary" %}                   →  <span …>(på engelska)</span>

Both print nothing when the fields have a translation in the page's language.
"""

from django import template
from django.utils.html import format_html

from sern_portal.content_language import fallback_language, page_language
from sern_portal.content_language import language_note as note_text
from sern_portal.language_names import name_in_sentence

register = template.Library()


@register.filter
def lang_attr(obj, field: str) -> str:
    """` lang="en"` when ``obj.<field>`` fell back to English (another language than the page's)."""
    code = fallback_language(obj, field)
    return format_html(' lang="{}"', code) if code else ""


@register.simple_tag
def language_note(obj, *fields: str) -> str:
    """A visible note, in the page's language, when any of ``fields`` is shown in another language."""
    code = fallback_language(obj, *fields)
    if not code:
        return ""
    return format_html('<span class="content-language" lang="{}">{}</span>', page_language(), note_text(code))


@register.simple_tag
def language_note_text(obj, *fields: str) -> str:
    """The same note as plain text with a leading space (plain-text e-mails), or nothing."""
    code = fallback_language(obj, *fields)
    return f" {note_text(code)}" if code else ""


@register.filter
def language_in_sentence(code: str) -> str:
    """The language's name to write inside a sentence ("Anteprima in inglese", "Ämne (engelska)")."""
    return name_in_sentence(code)
