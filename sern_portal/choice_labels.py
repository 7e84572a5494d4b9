"""``get_FOO_display`` from a label table kept per field and language (issue 16).

Django's own ``get_FOO_display`` rebuilds a dict of the field's choices on every call, hashing
each lazy label, and hashing a lazy label translates it: a list of 20 ideas with their leads'
countries (40 choices) ran about a thousand ``gettext`` calls per page, 15 % of its time. The
labels of a field in a language never change while the process runs, so they are read once.
"""

import functools
import inspect
from collections.abc import Callable, Iterable

from django.db import models
from django.utils.encoding import force_str
from django.utils.translation import get_language


@functools.cache
def labels(field: models.Field, language: str | None) -> dict:
    """{value: label} of the field's choices in the language (as ``str``)."""
    return {value: str(label) for value, label in field.flatchoices}


def display_method(field: models.Field) -> Callable[[models.Model], str]:
    def display(instance: models.Model) -> str:
        value = getattr(instance, field.attname)
        try:
            label = labels(field, get_language()).get(value, value)
        except TypeError:  # an unhashable value (a list in a JSON field) has no label
            label = value
        return force_str(label, strings_only=True)

    display.__name__ = f"get_{field.name}_display"
    display.field_display = True  # ours: a subclass installs its own again
    return display


def install(model_classes: Iterable[type[models.Model]]) -> None:
    """Replace ``get_FOO_display`` of every field with choices of these models."""
    for model in model_classes:
        for field in model._meta.fields:
            name = f"get_{field.name}_display"
            # Django does not set the method where the model writes its own; neither does this.
            if field.choices and not _written_by_the_model(model, name):
                setattr(model, name, display_method(field))


def _written_by_the_model(model: type[models.Model], name: str) -> bool:
    own = inspect.getattr_static(model, name, None)
    return (
        own is not None and not isinstance(own, functools.partialmethod) and not hasattr(own, "field_display")
    )
