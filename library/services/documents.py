"""The secretariat's changes to the library: new documents, their state and who may open them."""

from django.db import transaction

from members.models import AuditAction
from members.services.audit import record_audit

from ..models import Document, DocumentState, DocumentVersion, Folder
from .filing import add_version
from .uploads import check_upload


@transaction.atomic
def upload_document(
    *,
    folder: Folder,
    titles: dict[str, str],
    access: str,
    state: str,
    content: bytes,
    filename: str,
    language: str = "",
    uploaded_by=None,
) -> Document:
    """A new document with its first version; ``titles`` maps language codes to titles ("en" required).

    Side effects: checks the file (``check_upload``, raises UploadRefused), saves the document,
    stores the file as version 1, records a ``document_uploaded`` audit entry.
    """
    sniffed = check_upload(content)
    document = Document.objects.create(
        folder=folder,
        access=access,
        state=state,
        title=titles["en"],
        **{f"title_{code}": text for code, text in titles.items() if text},
    )
    add_version(
        document,
        content=content,
        filename=safe_stored_name(filename, sniffed.extension),
        language=language,
        content_type=sniffed.content_type,
        uploaded_by=uploaded_by,
    )
    record_audit(uploaded_by, AuditAction.DOCUMENT_UPLOADED, document, {"access": access, "state": state})
    return document


def upload_version(
    document: Document, *, content: bytes, filename: str, language: str = "", uploaded_by=None
) -> DocumentVersion:
    """A new version of ``document`` (the older ones stay).

    Side effects: checks the file (raises UploadRefused), stores it as the next version in
    ``language``, records a ``document_version`` audit entry.
    """
    sniffed = check_upload(content)
    with transaction.atomic():
        version = add_version(
            document,
            content=content,
            filename=safe_stored_name(filename, sniffed.extension),
            language=language,
            content_type=sniffed.content_type,
            uploaded_by=uploaded_by,
        )
        record_audit(
            uploaded_by,
            AuditAction.DOCUMENT_VERSION,
            document,
            {"version": version.number, "language": language},
        )
    return version


def set_state(document: Document, state: str, by_user=None) -> None:
    """Publish, withdraw (or send back to draft) a document.

    Side effects: saves the state; on a withdrawal, records a ``document_withdrawn`` audit entry
    (``by_user`` None: the request's signed-in person).
    """
    withdrawn = document.state != DocumentState.WITHDRAWN and state == DocumentState.WITHDRAWN
    with transaction.atomic():
        document.state = DocumentState(state)
        document.save(update_fields=["state", "updated_at"])
        if withdrawn:
            record_audit(by_user, AuditAction.DOCUMENT_WITHDRAWN, document)


def safe_stored_name(filename: str, extension: str) -> str:
    """The uploaded name reduced to letters, digits and dashes, with the extension its content showed."""
    from django.utils.text import get_valid_filename, slugify

    stem = filename.rsplit(".", 1)[0] if "." in filename else filename
    stem = slugify(stem)[:80] or "document"
    return get_valid_filename(f"{stem}.{extension}")
