"""Saving one demo project record: shared by the history and by the ideas' submissions."""

from collections.abc import Iterable

from members.models import Organisation
from projects.models import ProjectRecord


def get_or_create_record(data: dict) -> ProjectRecord:
    """A record found by acronym, programme and submission day, else created from ``data``.

    ``partners`` are set only on a new record, so a second run changes nothing; a lazy queryset
    is fine there (it is evaluated only then).
    """
    data = dict(data)
    partners: Iterable[Organisation] = data.pop("partners")
    record, created = ProjectRecord.objects.get_or_create(
        acronym=data.pop("acronym"),
        programme=data.pop("programme"),
        submitted_on=data.pop("submitted_on"),
        defaults=data,
    )
    if created:
        record.partners.set(partners)
    return record
