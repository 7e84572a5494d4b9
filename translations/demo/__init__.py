"""Demo translation states: every tracked text gets its rows; a few Italian and Swedish texts are
shown as machine drafts awaiting a check, the rest of what the demo wrote counts as checked."""

from django.contrib.contenttypes.models import ContentType

from information.models import EuCall, NewsItem

from ..models import FieldTranslation, TranslationState
from ..registry import source_hash, source_language
from ..services.states import sync_all

# (model, slug, field, language): shown to readers as machine drafts in the demo.
MACHINE_DRAFTS = [
    (NewsItem, "erasmus-2027-programme-guide", "title", "it"),
    (NewsItem, "erasmus-2027-programme-guide", "body", "it"),
    (NewsItem, "climate-adaptation-mission-cities", "body", "sv"),
    (EuCall, None, "summary", "it"),
]


def seed_translations() -> list[FieldTranslation]:
    sync_all()
    marked = []
    for model, slug, field, language in MACHINE_DRAFTS:
        obj = model.objects.filter(slug=slug).first() if slug else model.objects.order_by("slug").first()
        if obj is None:
            continue
        row = FieldTranslation.objects.filter(
            content_type=ContentType.objects.get_for_model(model),
            object_id=obj.pk,
            field=field,
            language=language,
            state=TranslationState.CHECKED,
        ).first()
        if row is None:  # already a draft (a second run) or nothing to translate
            continue
        row.state = TranslationState.MACHINE
        row.source_hash = source_hash(getattr(obj, f"{field}_{source_language()}") or "")
        row.save(update_fields=["state", "source_hash"])
        marked.append(row)
    return marked
