"""Contacts and their roles: the secretariat and the member's own contacts add and end roles; the
yearly confirmation of the contacts (the member answers, the secretariat follows it up)."""

from django.contrib import messages
from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from sern_portal.permissions import permission_required

from ..forms_record import EndRoleForm, StartRoleForm
from ..models import ContactConfirmationRequest, ContactRoleAssignment, Organisation, OrganisationContact
from ..rules import member_organisation_ids
from ..selectors_record import contacts_with_roles
from ..services.confirmations import confirm_contacts, request_contact_confirmations
from ..services.contact_roles import end_role, start_role
from ..services.errors import TransitionRefused
from .helpers import refused
from .record import organisation_from_url, with_role_forms


def back_to(request, slug: str):
    """The page the role form was on: the secretariat's record or the member's contacts page."""
    if request.POST.get("back") == "contacts":
        return redirect("my_contacts")
    return redirect("desk_member_record", slug)


@require_POST
@permission_required("members.manage_contact_roles", get_object=organisation_from_url)
def start_contact_role(request, slug: str, contact_pk: int):
    contact = get_object_or_404(
        OrganisationContact.objects.select_related("user"), pk=contact_pk, organisation=request.organisation
    )
    form = StartRoleForm(request.POST, prefix=f"start-{contact.pk}")
    if not form.is_valid():
        refused(request, _("Choose a role and the day it starts."))
        return back_to(request, slug)
    try:
        start_role(contact, form.cleaned_data["role"], form.cleaned_data["starts_on"], request.user)
        messages.success(request, _("The role has been added."))
    except TransitionRefused as error:
        refused(request, error)
    return back_to(request, slug)


@require_POST
@permission_required("members.manage_contact_roles", get_object=organisation_from_url)
def end_contact_role(request, slug: str, pk: int):
    assignment = get_object_or_404(
        ContactRoleAssignment.objects.select_related("contact__user"),
        pk=pk,
        contact__organisation=request.organisation,
    )
    form = EndRoleForm(request.POST, prefix=f"end-{assignment.pk}")
    if not form.is_valid():
        refused(request, _("Give the role's last day."))
        return back_to(request, slug)
    try:
        end_role(assignment, form.cleaned_data["ends_on"], request.user)
        messages.success(request, _("The role has ended; it stays in the history."))
    except TransitionRefused as error:
        refused(request, error)
    return back_to(request, slug)


@permission_required("members.view_own_contacts")
def my_contacts(request):
    """The member contact's page: its organisations' contacts and roles, to correct and confirm."""
    year = timezone.localdate().year
    organisations = Organisation.objects.filter(pk__in=member_organisation_ids(request.user)).order_by("name")
    # The newest request per organisation: one sent in December is still answered in January.
    requests = {
        r.organisation_id: r
        for r in ContactConfirmationRequest.objects.filter(contact__user=request.user).order_by("year", "pk")
    }
    blocks = [
        {
            "organisation": organisation,
            "contacts": with_role_forms(contacts_with_roles(organisation), "contacts"),
            "request": requests.get(organisation.pk),
        }
        for organisation in organisations
    ]
    return render(request, "members/my_contacts.html", {"blocks": blocks, "year": year})


def request_from_url(request, pk: int, **kwargs) -> ContactConfirmationRequest:
    """Only the person asked finds the request: anybody else gets 404."""
    try:
        confirmation = ContactConfirmationRequest.objects.select_related("contact", "organisation").get(
            pk=pk, contact__user_id=request.user.pk
        )
    except ContactConfirmationRequest.DoesNotExist:
        raise Http404 from None
    request.confirmation = confirmation
    return confirmation


@require_POST
@permission_required("members.confirm_contacts", get_object=request_from_url)
def confirm(request, pk: int):
    if confirm_contacts(request.confirmation, request.user):
        messages.success(
            request,
            _("Thank you: your organisation's contacts are confirmed for %(year)s.")
            % {"year": request.confirmation.year},
        )
    else:
        messages.info(
            request,
            _("You had already confirmed the contacts for %(year)s.") % {"year": request.confirmation.year},
        )
    return redirect("my_contacts")


@permission_required("members.request_contact_confirmations")
def confirmations(request):
    """The year's round: who was asked, who confirmed and who has not (filter ``?answered=``)."""
    year = timezone.localdate().year
    requests = ContactConfirmationRequest.objects.filter(year=year)
    counts = requests.aggregate(
        asked=Count("pk"), confirmed=Count("pk", filter=Q(confirmed_at__isnull=False))
    )
    answered = request.GET.get("answered")
    if answered == "yes":
        requests = requests.filter(confirmed_at__isnull=False)
    elif answered == "no":
        requests = requests.filter(confirmed_at__isnull=True)
    page = Paginator(
        requests.select_related("contact__user", "organisation").order_by("organisation__name", "pk"), 50
    ).get_page(request.GET.get("page"))
    return render(
        request,
        "members/desk/confirmations.html",
        {
            "year": year,
            "counts": counts,
            "page_obj": page,
            "paginator": page.paginator,
            "is_paginated": page.has_other_pages(),
            "filter_query": f"answered={answered}" if answered in ("yes", "no") else "",
        },
    )


@require_POST
@permission_required("members.request_contact_confirmations")
def send_confirmations(request):
    year = timezone.localdate().year
    created = request_contact_confirmations(year, request.user)
    if created:
        messages.success(
            request, _("%(count)s contact persons have been asked to confirm.") % {"count": created}
        )
    else:
        messages.info(request, _("Every contact person has been asked already this year."))
    return redirect("desk_contact_confirmations")
