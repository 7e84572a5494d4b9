"""The library's demo data: statutes in three languages, templates, a presentation, a public report."""

import pytest

from library.demo import seed_documents
from library.models import Access, Document
from library.services.access import languages_of
from library.services.uploads import check_upload

pytestmark = pytest.mark.django_db


def test_the_demo_documents_are_seeded_once_with_their_languages():
    first = seed_documents()
    again = seed_documents()
    assert [d.pk for d in first] == [d.pk for d in again]
    assert Document.objects.count() == len(first)

    statutes = Document.objects.get(source_key="demo:statutes")
    assert (statutes.folder.slug, statutes.access, languages_of(statutes)) == (
        "statutes",
        "public",
        ["en", "it", "sv"],
    )
    assert Document.objects.filter(folder__slug="templates").count() == 2
    assert Document.objects.filter(folder__slug="presentations").exists()
    assert Document.objects.filter(folder__slug="annual-reports", access=Access.PUBLIC).exists()
    # The demo files would pass the secretariat's own upload check.
    for document in Document.objects.all():
        for version in document.versions.all():
            with version.file.open("rb") as handle:
                assert check_upload(handle.read()).content_type == version.content_type
