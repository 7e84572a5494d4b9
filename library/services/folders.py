"""The library's folders: the secretariat creates and renames them on the desk (no admin needed)."""

from django.db import IntegrityError, transaction
from django.db.models import Max
from django.utils.text import slugify
from django.utils.translation import gettext as _

from ..models import Folder

LANGUAGES = ("en", "sv", "it")


class FolderRefused(Exception):
    """A folder that cannot be saved; ``field`` names the form field the message belongs to."""

    def __init__(self, message: str, field: str | None = None):
        super().__init__(message)
        self.message = message
        self.field = field


def _duplicate(slug: str) -> FolderRefused:
    return FolderRefused(
        _("A folder with the address “%(slug)s” already exists: choose another one.") % {"slug": slug}, "slug"
    )


def create_folder(*, names: dict[str, str], slug: str = "", parent: Folder | None = None) -> Folder:
    """A new folder named in each language of ``names`` ("en" required), under ``parent`` (None:
    at the top), last among its siblings.

    ``slug`` (its address in the library; blank: made from the English name) must be unique: a
    duplicate is refused with ``FolderRefused`` (also when two are created at once: the database's
    unique constraint decides). Side effects: saves the folder.
    """
    slug = slugify(slug or names["en"])[:120]
    if not slug:
        raise FolderRefused(_("Give the folder an address made of letters, digits or hyphens."), "slug")
    if Folder.objects.filter(slug=slug).exists():
        raise _duplicate(slug)
    siblings = Folder.objects.filter(parent=parent)
    position = (siblings.aggregate(last=Max("position"))["last"] or 0) + 1
    try:
        with transaction.atomic():
            return Folder.objects.create(
                slug=slug,
                parent=parent,
                position=position,
                name=names["en"],
                **{f"name_{code}": names.get(code, "") for code in LANGUAGES},
            )
    except IntegrityError:
        raise _duplicate(slug) from None


def rename_folder(folder: Folder, names: dict[str, str]) -> Folder:
    """Rename ``folder`` in each language of ``names`` ("en" required); its address (slug) stays,
    so links to it keep working. Side effects: saves the names."""
    folder.name = names["en"]
    for code in LANGUAGES:
        setattr(folder, f"name_{code}", names.get(code, ""))
    folder.save(update_fields=["name", *(f"name_{code}" for code in LANGUAGES)])
    return folder
