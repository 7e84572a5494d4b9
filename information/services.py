"""Publishing news and EU calls (the secretariat's information work)."""

from django.db import transaction
from django.utils.text import slugify

from .forms import CallForm, NewsForm
from .models import EuCall, NewsItem


def unique_slug(model, text: str, instance=None) -> str:
    base = slugify(text)[:100] or "item"
    slug, number = base, 2
    others = model.objects.exclude(pk=instance.pk) if instance and instance.pk else model.objects.all()
    while others.filter(slug=slug).exists():
        slug, number = f"{base}-{number}", number + 1
    return slug


@transaction.atomic
def save_news(form: NewsForm, author) -> NewsItem:
    """Create or update a news item from a valid form. Side effects: save, priorities."""
    item = form.save(commit=False)
    if not item.pk:
        item.created_by = author
        item.slug = unique_slug(NewsItem, item.title_en or item.title)
    item.save()
    form.save_m2m()
    return item


@transaction.atomic
def save_call(form: CallForm, author) -> EuCall:
    """Create or update an EU call from a valid form. Side effects: save, priorities."""
    call = form.save(commit=False)
    call.deadline = form.cleaned_data["deadline"]
    call.eligible_countries = sorted(form.cleaned_data["eligible_countries"])
    if not call.pk:
        call.created_by = author
        call.slug = unique_slug(EuCall, call.identifier)
    call.save()
    form.save_m2m()
    return call
