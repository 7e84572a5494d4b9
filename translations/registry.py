"""Which translatable content the secretariat tracks: news, calls, events, the strategy's
priorities and areas, the public pages' texts and the working groups (modeltranslation fields)."""

import hashlib
from functools import cache

from django.apps import apps
from django.conf import settings
from modeltranslation.translator import translator

TRACKED = [
    "information.NewsItem",
    "information.EuCall",
    "events.Event",
    "strategy.ThematicArea",
    "strategy.Priority",
    "strategy.PriorityAction",
    "strategy.NetworkProfile",
    "strategy.MembershipStep",
    "workinggroups.WorkingGroup",
]


def source_language() -> str:
    return settings.MODELTRANSLATION_DEFAULT_LANGUAGE


def target_languages() -> list[str]:
    return [code for code, _name in settings.LANGUAGES if code != source_language()]


def tracked_models() -> list:
    return [apps.get_model(label) for label in TRACKED]


@cache
def fields_of(model) -> tuple[str, ...]:
    """The model's translated fields, in the order modeltranslation registered them."""
    model = model._meta.concrete_model
    return tuple(translator.get_options_for_model(model).fields)


def is_tracked(model) -> bool:
    return model._meta.concrete_model in tracked_models()


def source_hash(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()
