"""Slugs for pages people link to (news, calls, events, organisations)."""

from django.db import models
from django.utils.text import slugify


def unique_slug(model: type[models.Model], text: str, *, fallback: str = "item", instance=None) -> str:
    """``text`` as a slug no other row of ``model`` has: ``base``, then ``base-2``, ``base-3``…

    ``instance``, when given, is the row being renamed (its own slug does not count as taken).
    """
    base = slugify(text)[:100] or fallback
    slug, number = base, 2
    others = model.objects.exclude(pk=instance.pk) if instance and instance.pk else model.objects.all()
    while others.filter(slug=slug).exists():
        slug, number = f"{base}-{number}", number + 1
    return slug
