"""The secretariat's library pages on the desk: every document, uploads, new versions, withdrawal."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from sern_portal.permissions import permission_required

from ..forms import (
    DocumentSettingsForm,
    FolderCreateForm,
    FolderNamesForm,
    LibrarySearchForm,
    UploadForm,
    VersionForm,
)
from ..models import Document, DocumentState, Folder
from ..services.access import search, visible_documents
from ..services.documents import set_state, upload_document, upload_version
from ..services.folders import FolderRefused, create_folder, rename_folder
from ..services.uploads import UploadRefused
from .reader import _page, _with_versions


@permission_required("library.manage_documents")
def documents(request):
    """Every document (drafts and withdrawn ones too), searched and a page at a time."""
    form = LibrarySearchForm(request.GET or None)
    text = form.cleaned_data["q"] if form.is_valid() else ""
    state = request.GET.get("state", "")
    rows = search(visible_documents(request.user), text).order_by("folder__position", "title", "pk")
    if state in DocumentState.values:
        rows = rows.filter(state=state)
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "library/desk/documents.html",
        {
            "form": form,
            "state": state,
            "states": DocumentState.choices,
            "page": _with_versions(_page(request, rows), request.LANGUAGE_CODE),
            "query": query.urlencode(),
        },
    )


@permission_required("library.manage_documents")
def upload(request):
    form = UploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            document = upload_document(
                folder=data["folder"],
                titles=form.titles(),
                access=data["access"],
                state=data["state"],
                content=data["file"].read(),
                filename=data["file"].name,
                language=data["language"],
                uploaded_by=request.user,
            )
        except UploadRefused as error:
            form.add_error("file", str(error))
        else:
            messages.success(request, _("The document is in the library."))
            return redirect("library_document", document.pk)
    return render(request, "library/desk/upload.html", {"form": form})


@permission_required("library.manage_documents")
def new_version(request, pk: int):
    document = get_object_or_404(Document, pk=pk)
    form = VersionForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            version = upload_version(
                document,
                content=form.cleaned_data["file"].read(),
                filename=form.cleaned_data["file"].name,
                language=form.cleaned_data["language"],
                uploaded_by=request.user,
            )
        except UploadRefused as error:
            form.add_error("file", str(error))
        else:
            messages.success(
                request,
                _("Version %(number)s is uploaded; the earlier versions are kept.")
                % {"number": version.number},
            )
            return redirect("library_document", document.pk)
    return render(request, "library/desk/new_version.html", {"form": form, "document": document})


@permission_required("library.manage_documents")
def settings(request, pk: int):
    """Who may open the document, and its state (publish, withdraw)."""
    document = get_object_or_404(Document, pk=pk)
    form = DocumentSettingsForm(
        request.POST or None, initial={"access": document.access, "state": document.state}
    )
    if request.method == "POST" and form.is_valid():
        document.access = form.cleaned_data["access"]
        document.save(update_fields=["access", "updated_at"])
        if form.cleaned_data["state"] != document.state:
            set_state(document, form.cleaned_data["state"], request.user)
        messages.success(request, _("The document's settings are saved."))
        return redirect("library_document", document.pk)
    return render(request, "library/desk/settings.html", {"form": form, "document": document})


@require_POST
@permission_required("library.manage_documents")
def withdraw(request, pk: int):
    document = get_object_or_404(Document, pk=pk)
    set_state(document, DocumentState.WITHDRAWN, request.user)
    messages.success(request, _("The document is withdrawn: only the secretariat can open it now."))
    return redirect("library_document", document.pk)


@permission_required("library.manage_folders")
def folders(request):
    """The library's folders, and a new one (named in three languages, at the top or inside another)."""
    form = FolderCreateForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            folder = create_folder(
                names=form.names(), slug=form.cleaned_data["slug"], parent=form.cleaned_data["parent"]
            )
        except FolderRefused as error:
            form.add_error(error.field, error.message)
        else:
            messages.success(request, _("The folder “%(name)s” is created.") % {"name": folder.name})
            return redirect("desk_library_folders")
    rows = Folder.objects.select_related("parent").order_by("parent__position", "position", "name")
    return render(request, "library/desk/folders.html", {"form": form, "folders": rows})


@permission_required("library.manage_folders")
def rename_folder_view(request, pk: int):
    folder = get_object_or_404(Folder, pk=pk)
    form = FolderNamesForm(
        request.POST or None,
        initial={f"name_{code}": getattr(folder, f"name_{code}") for code in ("en", "sv", "it")},
    )
    if request.method == "POST" and form.is_valid():
        rename_folder(folder, form.names())
        messages.success(request, _("The folder is renamed."))
        return redirect("desk_library_folders")
    return render(request, "library/desk/folder_rename.html", {"form": form, "folder": folder})
