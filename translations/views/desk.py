"""The secretariat's translations: what is missing or unchecked, and the side-by-side editor."""

from django import forms
from django.contrib import messages
from django.http import HttpResponse, HttpResponseForbidden
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from sern_portal.lists import CappedPaginator
from sern_portal.permissions import permission_required

from ..filters import UNCHECKED, TranslationFilter
from ..machine import get_backend
from ..models import FieldTranslation
from ..registry import source_language
from ..services.editing import (
    TranslationRefused,
    machine_callback,
    request_machine_drafts,
    save_checked,
    source_text,
    target_text,
)

PER_PAGE = 25
BULK_LIMIT = 500


class TranslationForm(forms.Form):
    text = forms.CharField(
        label=gettext_lazy("Translation"), widget=forms.Textarea(attrs={"rows": 12}), required=False
    )


def filtered(request):
    data = request.GET.copy()
    if "state" not in data:
        data["state"] = UNCHECKED  # the list opens on the work left to do
    queryset = FieldTranslation.objects.select_related("content_type").order_by(
        "state", "content_type", "-object_id", "field", "language"
    )
    return TranslationFilter(data, queryset=queryset, request=request)


@permission_required("translations.manage_translations")
def translation_list(request):
    filterset = filtered(request)
    paginator = CappedPaginator(filterset.qs, PER_PAGE)
    page = paginator.get_page(request.GET.get("page"))
    rows = list(page.object_list.prefetch_related("content_object"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "translations/list.html",
        {
            "filter": filterset,
            "rows": rows,
            "page_obj": page,
            "query": query.urlencode(),
            "machine_available": get_backend().name != "none",
            "bulk_limit": BULK_LIMIT,
        },
    )


@require_POST
@permission_required("translations.manage_translations")
def request_bulk(request):
    """Machine drafts for the ticked rows, or for every row the filter matches (up to a limit)."""
    if request.POST.get("scope") == "all":
        rows = list(filtered(request).qs[:BULK_LIMIT])
    else:
        ids = [int(pk) for pk in request.POST.getlist("row") if pk.isdigit()]
        rows = list(FieldTranslation.objects.filter(pk__in=ids))
    try:
        queued = request_machine_drafts(rows)
        messages.success(request, _("Machine drafts requested: %(count)s.") % {"count": queued})
    except TranslationRefused as error:
        messages.error(request, str(error))
    query = request.GET.urlencode()
    return redirect(reverse("translations:desk") + (f"?{query}" if query else ""))


def row_from_url(request, pk: int, **_kwargs):
    request.row = get_object_or_404(FieldTranslation.objects.select_related("content_type"), pk=pk)
    return request.row


@permission_required("translations.manage_translations", get_object=row_from_url)
def editor(request, pk: int):
    row = request.row
    obj = row.content_object
    form = TranslationForm(request.POST or None, initial={"text": target_text(row)})
    if request.method == "POST" and form.is_valid():
        try:
            save_checked(row, form.cleaned_data["text"], request.user)
            messages.success(request, _("The translation is saved as checked."))
            return redirect("translations:editor", pk)
        except TranslationRefused as error:
            messages.error(request, str(error))
    field = obj._meta.get_field(row.field) if obj is not None else None
    return render(
        request,
        "translations/editor.html",
        {
            "row": row,
            "object": obj,
            "field_label": field.verbose_name if field else row.field,
            "source": source_text(row) if obj is not None else "",
            "source_language": source_language(),
            "form": form,
            "machine_available": get_backend().name != "none",
            "object_url": obj.get_absolute_url() if hasattr(obj, "get_absolute_url") else "",
        },
    )


@require_POST
@permission_required("translations.manage_translations", get_object=row_from_url)
def request_one(request, pk: int):
    try:
        queued = request_machine_drafts([request.row])
        if queued:
            messages.success(request, _("A machine draft is requested."))
        else:
            messages.info(request, _("This translation is checked or already waiting for a machine draft."))
    except TranslationRefused as error:
        messages.error(request, str(error))
    return redirect("translations:editor", pk)


@csrf_exempt  # called by the translation service, which has no session: the signed token counts
@require_POST
@permission_required("translations.receive_machine_translation")
def callback(request):
    text = request.POST.get("translated-text")
    error = request.POST.get("error-message") or request.POST.get("error-code")
    if text is None and error is None:
        error = "?"
    if not machine_callback(request.GET.get("token", ""), text, error if text is None else None):
        return HttpResponseForbidden("invalid or expired token")
    return HttpResponse("ok", content_type="text/plain")
