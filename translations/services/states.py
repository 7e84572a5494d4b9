"""Translation states: derived from the content on each save, changed by people and machines.

State of (object, field, target language):
- missing: the target text is empty;
- checked: a person wrote or checked it (text typed in the content's own form counts as checked);
- machine: a machine draft, shown to readers with a note until a person checks it;
- outdated: the source text changed after the translation was drafted or checked.
"""

from django.contrib.contenttypes.models import ContentType
from django.db import models

from ..models import FieldTranslation, TranslationState
from ..registry import fields_of, source_hash, source_language, target_languages

S = TranslationState


def _text(obj, field: str, language: str) -> str:
    return getattr(obj, f"{field}_{language}", None) or ""


def next_state(row: FieldTranslation | None, target: str, current_hash: str) -> str:
    """The state a (possibly new) row must have given the texts now."""
    if not target.strip():
        return S.MISSING
    if row is None or row.state == S.MISSING:
        return S.CHECKED
    if row.state in (S.MACHINE, S.CHECKED) and row.source_hash != current_hash:
        return S.OUTDATED
    return row.state


def sync_object(obj: models.Model) -> None:
    """Create, update or delete the object's rows so they match its texts.

    Side effects: at most one SELECT, one bulk INSERT, one bulk UPDATE and one DELETE; rows that
    did not change are not written (seeding the demo twice changes nothing).
    """
    content_type = ContentType.objects.get_for_model(obj)
    existing = {
        (row.field, row.language): row
        for row in FieldTranslation.objects.filter(content_type=content_type, object_id=obj.pk)
    }
    create, update, delete = [], [], []
    for field in fields_of(type(obj)):
        source = _text(obj, field, source_language())
        current_hash = source_hash(source)
        for language in target_languages():
            row = existing.get((field, language))
            if not source.strip():
                if row is not None:
                    delete.append(row.pk)
                continue
            state = next_state(row, _text(obj, field, language), current_hash)
            if row is None:
                create.append(
                    FieldTranslation(
                        content_type=content_type,
                        object_id=obj.pk,
                        field=field,
                        language=language,
                        state=state,
                        source_hash=current_hash,
                    )
                )
            elif state != row.state:
                row.state = state
                if state in (S.CHECKED, S.MISSING):
                    row.source_hash = current_hash
                update.append(row)
    if create:
        FieldTranslation.objects.bulk_create(create, ignore_conflicts=True)
    if update:
        FieldTranslation.objects.bulk_update(update, ["state", "source_hash"])
    if delete:
        FieldTranslation.objects.filter(pk__in=delete).delete()


def forget(obj: models.Model) -> None:
    """The object is deleted: so are its rows."""
    FieldTranslation.objects.filter(
        content_type=ContentType.objects.get_for_model(obj), object_id=obj.pk
    ).delete()


def sync_all(models_: list | None = None) -> int:
    """Bring every tracked object's rows up to date (after a bulk import, or once after deploying).

    Returns the number of objects read.
    """
    from ..registry import tracked_models

    count = 0
    for model in models_ or tracked_models():
        for obj in model.objects.order_by("pk").iterator(chunk_size=500):
            sync_object(obj)
            count += 1
    return count
