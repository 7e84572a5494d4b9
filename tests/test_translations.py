"""Every UI string has a Swedish and an Italian translation (no empty or fuzzy entries)."""

from pathlib import Path

import polib
import pytest

LOCALE = Path(__file__).resolve().parent.parent / "locale"


@pytest.mark.parametrize("lang", ["sv", "it"])
def test_the_catalogue_has_no_untranslated_or_fuzzy_message(lang):
    catalogue = polib.pofile(str(LOCALE / lang / "LC_MESSAGES" / "django.po"))
    assert len(catalogue) > 50
    untranslated = [entry.msgid for entry in catalogue.untranslated_entries()]
    fuzzy = [entry.msgid for entry in catalogue.fuzzy_entries()]
    assert not untranslated, f"{lang}: untranslated {untranslated[:20]}"
    assert not fuzzy, f"{lang}: fuzzy {fuzzy[:20]}"


@pytest.mark.parametrize("lang", ["sv", "it"])
def test_placeholders_survive_translation(lang):
    catalogue = polib.pofile(str(LOCALE / lang / "LC_MESSAGES" / "django.po"))
    import re

    placeholder = re.compile(r"%\(\w+\)[sd]|\{\{ ?\w+ ?\}\}|%[sd]")
    for entry in catalogue.translated_entries():
        # A plural entry keeps its translations in msgstr_plural (its msgstr stays empty).
        pairs = [(entry.msgid, entry.msgstr)] if not entry.msgid_plural else []
        for source, target in pairs + [(entry.msgid_plural, text) for text in entry.msgstr_plural.values()]:
            if source:
                assert sorted(placeholder.findall(source)) == sorted(placeholder.findall(target)), entry.msgid
