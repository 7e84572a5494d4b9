"""What a reader sees of the library: the documents they may open, and the version in their language."""

from django.db.models import Prefetch, Q, QuerySet

from ..models import Document, DocumentState, DocumentVersion
from ..rules import is_secretariat, readable_levels

# Searches and filters read at most this many characters of what a person types.
MAX_QUERY_LENGTH = 100


def visible_documents(user) -> QuerySet[Document]:
    """The documents the person may open, each with its versions in one more query (for the languages).

    The secretariat sees every document (drafts and withdrawn ones too); everyone else the
    published documents of the access levels they reach (``library.rules``).
    """
    documents = Document.objects.select_related("folder").prefetch_related(
        Prefetch(
            "versions",
            queryset=DocumentVersion.objects.only("pk", "document_id", "language", "number").order_by(
                "language", "-number"
            ),
        )
    )
    if is_secretariat(user):
        return documents
    return documents.filter(state=DocumentState.PUBLISHED, access__in=readable_levels(user))


def search(documents: QuerySet[Document], text: str) -> QuerySet[Document]:
    """Documents whose title (in any language) contains ``text`` (bounded length)."""
    text = (text or "").strip()[:MAX_QUERY_LENGTH]
    if not text:
        return documents
    return documents.filter(
        Q(title_en__icontains=text) | Q(title_sv__icontains=text) | Q(title_it__icontains=text)
    )


def languages_of(document: Document) -> list[str]:
    """The languages the document has its own version in (a language-neutral file counts for none)."""
    return sorted({version.language for version in document.versions.all() if version.language})


def version_for(document: Document, language: str) -> DocumentVersion | None:
    """The latest version in ``language``, else the language-neutral one, else English, else any.

    Uses the versions already prefetched, if any.
    """
    latest: dict[str, DocumentVersion] = {}
    for version in document.versions.all():
        if version.language not in latest or version.number > latest[version.language].number:
            latest[version.language] = version
    for code in (language, "", "en"):
        if code in latest:
            return latest[code]
    return next(iter(sorted(latest.values(), key=lambda v: v.language)), None)
