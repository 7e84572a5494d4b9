"""The secretariat's mailings: the list, the form, the preview per language, sending, the send log."""

from django.contrib import messages
from django.db.models import Count, Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django.views.generic import ListView

from members.models import ContactRole, Country
from sern_portal.language_names import name_in_sentence
from sern_portal.lists import CappedPaginator
from sern_portal.permissions import PermissionRequiredMixin, permission_required
from sern_portal.reader_cache import ReaderPageCacheMixin
from sern_portal.workflow import TransitionRefused

from ..forms import LANGUAGE_NAMES, MailingForm
from ..models import DeliveryState, Mailing, MailingDelivery, MailingList, MailingState
from ..selectors import Audience, progress, recipients
from ..services.compose import compose, language_for, written_languages
from ..services.lists import ensure_lists
from ..services.mailings import queue_mailing, save_draft


def mailing_from_url(request, pk: int, **kwargs) -> Mailing:
    mailing = get_object_or_404(
        Mailing.objects.select_related("mailing_list__working_group", "created_by"), pk=pk
    )
    request.mailing = mailing
    return mailing


class MailingListView(PermissionRequiredMixin, ReaderPageCacheMixin, ListView):
    permission_required = "mailings.view_mailings"
    template_name = "mailings/desk/mailings.html"
    context_object_name = "mailings"
    paginate_by = 25
    paginator_class = CappedPaginator

    def get_queryset(self):
        return Mailing.objects.select_related("mailing_list__working_group").annotate(
            n_sent=Count(
                "deliveries", filter=Q(deliveries__state__in=[DeliveryState.SENT, DeliveryState.BOUNCED])
            ),
            n_failed=Count(
                "deliveries",
                filter=Q(
                    deliveries__state__in=[
                        DeliveryState.FAILED,
                        DeliveryState.BOUNCED,
                        DeliveryState.IN_DOUBT,
                    ]
                ),
            ),
        )


def _initial_for_group(request) -> dict:
    """``?group=<slug>`` (the working group's desk page links here): a new mailing starts on the
    group's list, addressed to the member contacts in that group."""
    slug = request.GET.get("group", "")
    mailing_list = (
        MailingList.objects.filter(working_group__slug=slug).select_related("working_group").first()
        if slug
        else None
    )
    if mailing_list is None:
        return {}
    return {
        "mailing_list": mailing_list.pk,
        "to_member_contacts": True,
        "working_groups": [mailing_list.working_group_id],
    }


def _edit(request, mailing: Mailing | None):
    ensure_lists()
    initial = _initial_for_group(request) if mailing is None and request.method != "POST" else {}
    form = MailingForm(request.POST or None, instance=mailing, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            mailing = save_draft(
                form.save(commit=False),
                request.user,
                form.cleaned_data["priorities"],
                form.cleaned_data["working_groups"],
            )
        except TransitionRefused as error:
            messages.error(request, error.message)
        else:
            messages.success(
                request, _("The mailing has been saved. Check the recipients and the previews, then send it.")
            )
            return redirect("mailings:detail", mailing.pk)
    return render(request, "mailings/desk/form.html", {"form": form, "mailing": mailing})


@permission_required("mailings.write_mailing")
def create(request):
    return _edit(request, None)


@permission_required("mailings.change_mailing", get_object=mailing_from_url)
def edit(request, pk: int):
    return _edit(request, request.mailing)


@permission_required("mailings.view_mailings", get_object=mailing_from_url)
def detail(request, pk: int):
    mailing = request.mailing
    is_draft = mailing.state == MailingState.DRAFT
    counts = progress(mailing)
    return render(
        request,
        "mailings/desk/detail.html",
        {
            "mailing": mailing,
            "is_draft": is_draft,
            "recipient_count": recipients(Audience.of(mailing)).count() if is_draft else mailing.total,
            "written": [(code, LANGUAGE_NAMES[code]) for code in written_languages(mailing)],
            "languages": [(code, LANGUAGE_NAMES[code]) for code in LANGUAGE_NAMES],
            "counts": counts,
            "complete": mailing.state == MailingState.SENT and counts["done"] == counts["total"],
            "role_labels": [ContactRole(code).label for code in mailing.roles if code in ContactRole.values],
            "country_labels": [Country(code).label for code in mailing.countries if code in Country.values],
            "priorities": mailing.priorities.all(),
            "working_groups": mailing.working_groups.all(),
        },
    )


@permission_required("mailings.view_mailings", get_object=mailing_from_url)
def preview(request, pk: int, language: str):
    mailing = request.mailing
    if language not in LANGUAGE_NAMES:
        raise Http404
    composed = compose(mailing, request.user, language=language_for(mailing, language))
    return render(
        request,
        "mailings/desk/preview.html",
        {
            "mailing": mailing,
            "composed": composed,
            "language": language,
            # Inside sentences ("Anteprima in inglese"); the tabs below use the standalone names.
            "language_name": name_in_sentence(language),
            "fallback_name": name_in_sentence(composed.language) if composed.language else None,
            "languages": [(code, LANGUAGE_NAMES[code]) for code in LANGUAGE_NAMES],
        },
    )


@require_POST
@permission_required("mailings.write_mailing", get_object=mailing_from_url)
def send(request, pk: int):
    # Not "draft" in the permission: a second click finds the mailing sending and gets a clear
    # message from the service on the mailing's page, not a 403.
    try:
        count = queue_mailing(request.mailing, request.user)
    except TransitionRefused as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("The mailing is being sent to %(count)s recipients.") % {"count": count})
    return redirect("mailings:detail", pk)


class SendLogView(PermissionRequiredMixin, ReaderPageCacheMixin, ListView):
    permission_required = "mailings.view_mailings"
    template_name = "mailings/desk/log.html"
    context_object_name = "deliveries"
    paginate_by = 50
    paginator_class = CappedPaginator

    def get_permission_object(self):
        return mailing_from_url(self.request, self.kwargs["pk"])

    def get_queryset(self):
        return (
            MailingDelivery.objects.filter(mailing=self.request.mailing)
            .select_related("recipient")
            .order_by("pk")
        )

    def get_context_data(self, **kwargs):
        return super().get_context_data(mailing=self.request.mailing, **kwargs)
