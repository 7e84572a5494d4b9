import pytest

from library.models import Access, Document
from library.services.filing import add_version, file_document

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def private_media(settings, tmp_path):
    settings.PRIVATE_MEDIA_ROOT = tmp_path


def test_filing_the_same_source_twice_adds_a_version_to_one_document():
    titles = {"en": "Minutes", "sv": "Protokoll", "it": "Verbale"}
    first = file_document(
        source_key="minutes:1", folder_slug="minutes", titles=titles, content=b"%PDF-1", filename="m.pdf"
    )
    second = file_document(
        source_key="minutes:1", folder_slug="minutes", titles=titles, content=b"%PDF-2", filename="m.pdf"
    )

    assert Document.objects.filter(source_key="minutes:1").count() == 1
    assert (first.number, second.number) == (1, 2)
    assert first.document.title_it == "Verbale"
    assert first.document.access == Access.MEMBERS
    with first.file.open("rb") as old:
        assert old.read() == b"%PDF-1"


def test_versions_are_numbered_per_language():
    version = file_document(
        source_key="r:1",
        folder_slug="annual-reports",
        titles={"en": "R"},
        content=b"a",
        filename="r.pdf",
        language="sv",
    )
    italian = add_version(version.document, content=b"b", filename="r.pdf", language="it")
    swedish = add_version(version.document, content=b"c", filename="r.pdf", language="sv")

    assert (version.number, italian.number, swedish.number) == (1, 1, 2)
