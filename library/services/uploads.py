"""What the library accepts as a file: its type read from its content (never its name), size bounded,
no scripts or macros (PDF active content as for the signed membership form; macros in office files)."""

import io
import zipfile
from dataclasses import dataclass

from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from pypdf import PdfReader
from pypdf.errors import PyPdfError

EXECUTABLE_SIGNATURES = (b"MZ", b"\x7fELF", b"\xca\xfe\xba\xbe", b"\xcf\xfa\xed\xfe", b"#!")
OPEN_DOCUMENT_TYPES = {
    b"application/vnd.oasis.opendocument.text": "odt",
    b"application/vnd.oasis.opendocument.spreadsheet": "ods",
    b"application/vnd.oasis.opendocument.presentation": "odp",
}
OFFICE_TYPES = {
    "word/": ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    "xl/": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    "ppt/": ("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
}
MAX_ZIP_ENTRIES = 5000


class UploadRefused(ValueError):
    """The file is not accepted; the message says why, in the reader's language."""


@dataclass(frozen=True)
class Sniffed:
    content_type: str
    extension: str


def max_upload_bytes() -> int:
    return settings.SERN_MAX_UPLOAD_BYTES


def check_size(size: int) -> None:
    """Raises UploadRefused when a file of ``size`` bytes is over the limit."""
    limit = max_upload_bytes()
    if size > limit:
        raise UploadRefused(
            _("The file is %(size)s: a document may be at most %(limit)s.")
            % {"size": filesizeformat(size), "limit": filesizeformat(limit)}
        )


def check_upload(content: bytes) -> Sniffed:
    """The file's type by its content; raises UploadRefused (too big, unknown type, active content)."""
    check_size(len(content))
    if not content:
        raise UploadRefused(_("The file is empty."))
    head = content[:1024]
    if head.startswith(EXECUTABLE_SIGNATURES):
        raise UploadRefused(_("This file is a program, not a document."))
    if head.startswith(b"%PDF-"):
        _check_pdf(content)
        return Sniffed("application/pdf", "pdf")
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return Sniffed("image/png", "png")
    if head.startswith(b"\xff\xd8\xff"):
        return Sniffed("image/jpeg", "jpg")
    if head.startswith(b"PK\x03\x04"):
        return _check_zip_document(content)
    raise UploadRefused(
        _(
            "This type of file is not accepted. Upload a PDF, an office document (Word, Excel, "
            "PowerPoint or OpenDocument) or an image (PNG, JPEG)."
        )
    )


def _check_pdf(content: bytes) -> None:
    # The signed membership form's check (members.forms): parsed walk plus a raw look at the bytes.
    from members.forms import contains_active_names, has_active_content

    upload = io.BytesIO(content)
    try:
        reader = PdfReader(upload)
        pages = len(reader.pages)
        active = pages > 0 and has_active_content(reader)
    except (PyPdfError, ValueError, OSError, KeyError, TypeError, RecursionError):
        pages, active = 0, False
    if pages < 1:
        raise UploadRefused(_("This PDF cannot be read: it may be damaged. Please save it again."))
    if active or contains_active_names(upload):
        raise UploadRefused(
            _(
                "This PDF contains scripts, automatic actions or embedded files, which the library does "
                "not accept. Please print it to a new PDF and upload that."
            )
        )


def _check_zip_document(content: bytes) -> Sniffed:
    unknown = UploadRefused(_("This archive is not an office document the library accepts."))
    try:
        archive = zipfile.ZipFile(io.BytesIO(content))
        names = archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        raise unknown from None
    if len(names) > MAX_ZIP_ENTRIES:
        raise unknown
    lowered = [name.lower() for name in names]
    if any(name.endswith("vbaproject.bin") or name.startswith(("basic/", "scripts/")) for name in lowered):
        raise UploadRefused(_("This document contains macros, which the library does not accept."))
    if "mimetype" in names:
        try:
            kind = OPEN_DOCUMENT_TYPES.get(archive.read("mimetype").strip())
        except (zipfile.BadZipFile, OSError, KeyError, RuntimeError):
            kind = None
        if kind:
            return Sniffed(f"application/vnd.oasis.opendocument.{_OD_NAMES[kind]}", kind)
    if "[Content_Types].xml" in names:
        for prefix, (content_type, extension) in OFFICE_TYPES.items():
            if any(name.startswith(prefix) for name in names):
                return Sniffed(content_type, extension)
    raise unknown


_OD_NAMES = {"odt": "text", "ods": "spreadsheet", "odp": "presentation"}
