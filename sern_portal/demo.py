"""Helpers the apps' demo seeders share (see ``seed_demo``)."""

import hashlib

from strategy.models import Priority


def translated(texts: dict[str, tuple[str, ...]], fields: tuple[str, ...]) -> dict[str, str]:
    """Field values for modeltranslation: the English texts in the plain ``fields``, then each
    language's ``<field>_<lang>``.

    ``texts`` maps a language to its texts in the order of ``fields``. The keys keep this order
    because it is the order the values are assigned in when ``update_or_create`` updates a row.
    """
    values = dict(zip(fields, texts["en"], strict=True))
    for lang, localized in texts.items():
        values.update({f"{field}_{lang}": text for field, text in zip(fields, localized, strict=True)})
    return values


def priorities_by_code() -> dict[str, Priority]:
    """Every strategy priority by its code; the demo tables name priorities by code."""
    return {priority.code: priority for priority in Priority.objects.all()}


def stable_number(text: str) -> int:
    """A number derived from the text only, so the demo is the same on every machine."""
    return int(hashlib.sha256(text.encode()).hexdigest()[:8], 16)
