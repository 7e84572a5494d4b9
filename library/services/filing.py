"""Putting files into the library: uploads by the secretariat and documents the portal files itself."""

from django.core.files.base import ContentFile
from django.db import transaction
from django.db.models import Max

from ..models import Access, Document, DocumentState, DocumentVersion, Folder


def add_version(
    document: Document,
    *,
    content: bytes,
    filename: str,
    language: str = "",
    content_type: str = "application/octet-stream",
    uploaded_by=None,
) -> DocumentVersion:
    """Add a new version of ``document`` in ``language`` ('' = every language).

    Side effects: locks the document row (two uploads at once get consecutive numbers, never the
    same one), stores the file in private storage, saves the version. Older versions are kept.
    """
    with transaction.atomic():
        Document.objects.select_for_update().filter(pk=document.pk).get()
        last = document.versions.filter(language=language).aggregate(n=Max("number"))["n"] or 0
        version = DocumentVersion(
            document=document,
            language=language,
            number=last + 1,
            original_name=filename[:200],
            content_type=content_type,
            size=len(content),
            uploaded_by=uploaded_by,
        )
        version.file.save(filename, ContentFile(content), save=False)
        version.save()
        document.save(update_fields=["updated_at"])
    return version


def file_document(
    *,
    source_key: str,
    folder_slug: str,
    titles: dict[str, str],
    access: str = Access.MEMBERS,
    content: bytes,
    filename: str,
    language: str = "",
    content_type: str = "application/pdf",
    uploaded_by=None,
) -> DocumentVersion:
    """File a document the portal produced (approved minutes, an annual report) under ``source_key``.

    ``titles`` maps language codes to the title in that language ("en" is required). The folder
    must exist (the library's data migration creates the standard ones). Filing the same
    ``source_key`` again adds a version to the same document instead of a second document.

    Side effects: creates the document (published, with ``access``) if it is new; adds a version.
    """
    folder = Folder.objects.get(slug=folder_slug)
    with transaction.atomic():
        document, _created = Document.objects.select_for_update().get_or_create(
            source_key=source_key,
            defaults={
                "folder": folder,
                "access": access,
                "state": DocumentState.PUBLISHED,
                "title": titles["en"],
                **{f"title_{code}": text for code, text in titles.items()},
            },
        )
        return add_version(
            document,
            content=content,
            filename=filename,
            language=language,
            content_type=content_type,
            uploaded_by=uploaded_by,
        )
