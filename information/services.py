"""Publishing news and EU calls (the secretariat's information work)."""

from django.db import transaction

from sern_portal.slugs import unique_slug

from .forms import CallForm, NewsForm
from .models import EuCall, NewsItem


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
