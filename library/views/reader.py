"""The library as readers see it: folders, a search, documents and their files.

Every file goes out through ``download`` (permission checked, attachment, nosniff, private cache):
private storage has no URL.
"""

from django.core.paginator import InvalidPage
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, render
from django.utils.cache import patch_cache_control
from django.utils.text import slugify
from django.utils.translation import get_language

from sern_portal.lists import CappedPaginator
from sern_portal.permissions import permission_required

from ..forms import LibrarySearchForm
from ..models import Document, DocumentState, DocumentVersion, Folder
from ..services.access import languages_of, search, version_for, visible_documents

PAGE_SIZE = 20


def _page(request, documents):
    paginator = CappedPaginator(documents, PAGE_SIZE)
    try:
        return paginator.page(request.GET.get("page") or 1)
    except InvalidPage:
        raise Http404 from None


def _with_versions(page, language: str):
    for document in page.object_list:
        document.languages = languages_of(document)
        document.current = version_for(document, language)
    return page


def _query(request) -> tuple[LibrarySearchForm, str]:
    form = LibrarySearchForm(request.GET or None)
    text = form.cleaned_data["q"] if form.is_valid() else ""
    return form, text


@permission_required("library.view_library")
def index(request):
    """The top folders and, with a search, the matching documents of every folder."""
    form, text = _query(request)
    context = {"folders": Folder.objects.filter(parent=None), "form": form, "searching": bool(text)}
    if text:
        documents = search(visible_documents(request.user), text).order_by("folder__position", "title", "pk")
        context["page"] = _with_versions(_page(request, documents), get_language())
        query = request.GET.copy()
        query.pop("page", None)
        context["query"] = query.urlencode()
    return render(request, "library/index.html", context)


def ancestors(folder: Folder) -> list[Folder]:
    """The folders above ``folder``, the top one first (the nesting is shallow: a few queries)."""
    chain, seen, current = [], {folder.pk}, folder.parent
    while current is not None and current.pk not in seen:
        chain.append(current)
        seen.add(current.pk)
        current = current.parent
    return chain[::-1]


@permission_required("library.view_library")
def folder(request, slug: str):
    """One folder: its sub-folders and, a page at a time, the documents the reader may open."""
    current = get_object_or_404(Folder.objects.select_related("parent"), slug=slug)
    form, text = _query(request)
    documents = search(visible_documents(request.user).filter(folder=current), text).order_by("title", "pk")
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "library/folder.html",
        {
            "folder": current,
            "ancestors": ancestors(current),
            "children": current.children.all(),
            "form": form,
            "page": _with_versions(_page(request, documents), get_language()),
            "query": query.urlencode(),
        },
    )


def _document(request, pk: int) -> tuple[Document, object]:
    """The document, or the response that says why it does not open (404 or a clear 403 page)."""
    document = get_object_or_404(
        Document.objects.select_related("folder").prefetch_related("versions__uploaded_by"), pk=pk
    )
    if request.user.has_perm("library.open_document", document):
        return document, None
    if document.state != DocumentState.PUBLISHED:
        raise Http404  # drafts and withdrawn documents: for the secretariat only, unnamed to others
    response = render(request, "library/no_access.html", {"document": document}, status=403)
    return document, response


@permission_required("library.view_library")
def document(request, pk: int):
    """A document: the file in the reader's language, the languages it exists in, its versions."""
    document, refusal = _document(request, pk)
    if refusal is not None:
        return refusal
    language = get_language()
    versions = list(document.versions.all())
    return render(
        request,
        "library/document.html",
        {
            "document": document,
            "ancestors": [*ancestors(document.folder), document.folder],
            "current": version_for(document, language),
            "languages": languages_of(document),
            "history": versions if request.user.has_perm("library.view_history", document) else None,
            "latest_ids": {version_for(document, code).pk for code in {v.language for v in versions}},
        },
    )


@permission_required("library.view_library")
def download(request, pk: int, version_pk: int | None = None):
    """The file itself: the current one in the reader's language, or (for those who may) an older one."""
    document, refusal = _document(request, pk)
    if refusal is not None:
        return refusal
    if version_pk is None:
        version = version_for(document, request.GET.get("language") or get_language())
        if version is None:
            raise Http404
    else:
        version = next((v for v in document.versions.all() if v.pk == version_pk), None)
        if version is None:
            raise Http404
        latest = version_for(document, version.language)
        if version != latest and not request.user.has_perm("library.view_history", document):
            return render(request, "library/no_access.html", {"document": document}, status=403)
    return file_response(document, version)


def download_name(document: Document, version: DocumentVersion) -> str:
    """An ASCII name (letters, digits, dashes): title, version, language, and the type's extension."""
    extension = version.file.name.rsplit(".", 1)[-1].lower() if "." in version.file.name else "bin"
    extension = slugify(extension)[:8] or "bin"
    parts = [slugify(document.title_en or document.title)[:80] or "document", f"v{version.number}"]
    if version.language:
        parts.append(version.language)
    return "-".join(parts) + f".{extension}"


def file_response(document: Document, version: DocumentVersion) -> FileResponse:
    try:
        handle = version.file.open("rb")
    except FileNotFoundError:
        raise Http404 from None
    response = FileResponse(handle, content_type=version.content_type)
    response["Content-Disposition"] = f'attachment; filename="{download_name(document, version)}"'
    response["X-Content-Type-Options"] = "nosniff"
    patch_cache_control(response, private=True, no_store=True)
    return response
