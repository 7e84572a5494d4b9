"""The document library: folders, documents with access by role, and every version kept."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from sern_portal.storage import private_storage


class Access(models.TextChoices):
    """Who may open a document (each level includes the ones below it in this list)."""

    PUBLIC = "public", _("Everyone")
    MEMBERS = "members", _("Members")
    BOARD = "board", _("The Board")
    SECRETARIAT = "secretariat", _("The secretariat")


class DocumentState(models.TextChoices):
    DRAFT = "draft", _("Draft")
    PUBLISHED = "published", _("Published")
    WITHDRAWN = "withdrawn", _("Withdrawn")


class Folder(models.Model):
    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    parent = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="children",
        verbose_name=_("parent"),
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        ordering = ["position", "name"]
        verbose_name = _("folder")
        verbose_name_plural = _("folders")

    def __str__(self) -> str:
        return self.name


class Document(models.Model):
    """A document (statutes, minutes, a report…); its file lives in its versions."""

    folder = models.ForeignKey(
        Folder, on_delete=models.PROTECT, related_name="documents", verbose_name=_("folder")
    )
    title = models.CharField(_("title"), max_length=250)
    access = models.CharField(
        _("who may open it"), max_length=20, choices=Access.choices, default=Access.MEMBERS
    )
    state = models.CharField(
        _("state"), max_length=20, choices=DocumentState.choices, default=DocumentState.PUBLISHED
    )
    # A working group's documents are shown on its page (workinggroups).
    working_group = models.ForeignKey(
        "workinggroups.WorkingGroup",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="documents",
        verbose_name=_("working group"),
    )
    # Documents the portal files itself (approved minutes, annual reports) carry a key, so filing
    # the same thing twice adds a version instead of a second document.
    source_key = models.CharField(_("source"), max_length=100, blank=True, editable=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        ordering = ["folder", "title"]
        verbose_name = _("document")
        verbose_name_plural = _("documents")
        constraints = [
            models.UniqueConstraint(
                fields=["source_key"], condition=~Q(source_key=""), name="one_document_per_source"
            )
        ]

    def __str__(self) -> str:
        return self.title


def version_path(version: "DocumentVersion", filename: str) -> str:
    return f"library/{version.document_id}/{version.language or 'all'}/{version.number}-{filename}"


class DocumentVersion(models.Model):
    """One uploaded file of a document, in one language ('' = the same file for every language).

    A new upload adds a version; old versions stay and can still be opened by those who may.
    """

    document = models.ForeignKey(
        Document, on_delete=models.CASCADE, related_name="versions", verbose_name=_("document")
    )
    language = models.CharField(_("language"), max_length=5, blank=True, choices=settings.LANGUAGES)
    number = models.PositiveIntegerField(_("version"))
    file = models.FileField(_("file"), upload_to=version_path, storage=private_storage, max_length=300)
    original_name = models.CharField(_("file name"), max_length=200)
    content_type = models.CharField(_("content type"), max_length=100, default="application/octet-stream")
    size = models.PositiveBigIntegerField(_("size"), default=0)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("uploaded by"),
    )
    uploaded_at = models.DateTimeField(_("uploaded"), auto_now_add=True)

    class Meta:
        ordering = ["document", "language", "-number"]
        verbose_name = _("document version")
        verbose_name_plural = _("document versions")
        constraints = [
            models.UniqueConstraint(
                fields=["document", "language", "number"], name="one_version_number_per_language"
            )
        ]

    def __str__(self) -> str:
        return f"{self.document} v{self.number} {self.language}".strip()
