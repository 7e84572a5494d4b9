import pytest
from django.core.cache import cache

from library.models import Access, Document, DocumentState, Folder
from library.services.filing import add_version
from library.services.samples import simple_pdf


@pytest.fixture(autouse=True)
def private_media(settings, tmp_path):
    settings.PRIVATE_MEDIA_ROOT = tmp_path
    cache.clear()
    return tmp_path


def make_document(
    title="Minutes of the Board, 12 March",
    *,
    folder="minutes",
    access=Access.MEMBERS,
    state=DocumentState.PUBLISHED,
    languages=("",),
    text="version 1",
) -> Document:
    document = Document.objects.create(
        folder=Folder.objects.get(slug=folder), title=title, title_en=title, access=access, state=state
    )
    for language in languages:
        add_version(
            document,
            content=simple_pdf(f"{text} {language}"),
            filename="file.pdf",
            language=language,
            content_type="application/pdf",
        )
    return document
