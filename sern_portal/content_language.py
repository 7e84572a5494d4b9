"""In which language a translated field is shown, so text that fell back is marked as such.

django-modeltranslation shows a field in the page's language when it has a translation and
otherwise falls back (MODELTRANSLATION_FALLBACK_LANGUAGES: English, then Swedish, then Italian).
A Swedish page must not mix English summaries in silently: templates mark the element with
``lang="en"`` and add a visible "(in English)" note (see templatetags/content_language.py);
feeds add the note to the item's title.
"""

from django.conf import settings
from django.utils.translation import get_language, gettext

LANGUAGE_NOTES = {
    # Whole phrases, not "(in %s)": the language's name is declined differently in each language.
    "en": lambda: gettext("(in English)"),
    "sv": lambda: gettext("(in Swedish)"),
    "it": lambda: gettext("(in Italian)"),
}


def page_language() -> str:
    return (get_language() or settings.LANGUAGE_CODE)[:2]


def field_language(obj, field: str, language: str | None = None) -> str:
    """The language ``obj.<field>`` is shown in on a page in ``language`` (default: the active one)."""
    language = language or page_language()
    for code in (language, *settings.MODELTRANSLATION_FALLBACK_LANGUAGES):
        if getattr(obj, f"{field}_{code}", None):
            return code
    # Not a translated field, or empty in every language: nothing to mark.
    return language


def fallback_language(obj, *fields: str, language: str | None = None) -> str | None:
    """The language the first of ``fields`` fell back to, or None if all are in the page's language."""
    language = language or page_language()
    for field in fields:
        code = field_language(obj, field, language)
        if code != language:
            return code
    return None


def language_note(code: str) -> str:
    """ "(in English)" in the page's language."""
    note = LANGUAGE_NOTES.get(code)
    return note() if note else f"({code})"


def with_language_note(text: str, obj, *fields: str) -> str:
    """``text`` followed by "(in English)" when any of ``fields`` fell back (feeds, plain text)."""
    code = fallback_language(obj, *fields)
    return f"{text} {language_note(code)}" if code else text
