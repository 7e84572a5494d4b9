"""The secretariat's record of a member: its timeline, contacts and roles, notes, the end of its
membership (desk pages)."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django.views.generic import ListView

from sern_portal import timeline
from sern_portal.lists import CappedPaginator
from sern_portal.permissions import PermissionRequiredMixin, permission_required

from ..forms_record import EndRoleForm, MembershipEndForm, NoteForm, StartRoleForm
from ..models import ContactConfirmationRequest, MembershipEnd, Organisation, OrganisationNote
from ..selectors_record import contacts_with_roles
from ..services.errors import TransitionRefused
from ..services.record import add_note, record_membership_end
from .helpers import refused

# The record shows the newest entries of every source; older ones are in each source's own page.
TIMELINE_LIMIT = 100
NOTES_SHOWN = 50


def organisation_from_url(request, slug: str, **kwargs) -> Organisation:
    """Loads the organisation once for the permission check and the view."""
    organisation = get_object_or_404(Organisation, slug=slug)
    request.organisation = organisation
    return organisation


def with_role_forms(contacts, back: str):
    """Gives each contact its "add a role" form and each open role its "end" form (prefixed per
    row, so every control's id is unique on the page)."""
    for contact in contacts:
        contact.start_form = StartRoleForm(prefix=f"start-{contact.pk}")
        for assignment in contact.role_assignments.all():
            if assignment.ends_on is None:
                assignment.end_form = EndRoleForm(prefix=f"end-{assignment.pk}")
        contact.back = back
    return contacts


class MemberListView(PermissionRequiredMixin, ListView):
    """Members and former members, each linked to its record."""

    permission_required = "members.view_member_record"
    template_name = "members/desk/members.html"
    context_object_name = "organisations"
    paginate_by = 50
    paginator_class = CappedPaginator

    def get_queryset(self):
        return Organisation.objects.filter(member_since__isnull=False).order_by("name", "pk")

    def get_context_data(self, **kwargs):
        return super().get_context_data(today=timezone.localdate(), **kwargs)


@permission_required("members.view_member_record", get_object=organisation_from_url)
def member_record(request, slug: str):
    organisation = request.organisation
    year = timezone.localdate().year
    entries = timeline.entries_for(organisation, TIMELINE_LIMIT)
    return render(
        request,
        "members/desk/member_record.html",
        {
            "organisation": organisation,
            "contacts": with_role_forms(contacts_with_roles(organisation), "record"),
            "notes": OrganisationNote.objects.filter(organisation=organisation).select_related("author")[
                :NOTES_SHOWN
            ],
            "note_form": NoteForm(),
            "ends": MembershipEnd.objects.filter(organisation=organisation).select_related("recorded_by"),
            "end_form": MembershipEndForm(),
            "year": year,
            "confirmations": ContactConfirmationRequest.objects.filter(
                organisation=organisation, year=year
            ).select_related("contact__user"),
            "entries": entries,
            "timeline_capped": len(entries) >= TIMELINE_LIMIT,
            "timeline_limit": TIMELINE_LIMIT,
        },
    )


@require_POST
@permission_required("members.write_member_note", get_object=organisation_from_url)
def note(request, slug: str):
    form = NoteForm(request.POST)
    if form.is_valid():
        try:
            add_note(request.organisation, form.cleaned_data["text"], request.user)
            messages.success(request, _("The note has been added."))
        except TransitionRefused as error:
            refused(request, error)
    else:
        refused(request, _("Write the note first (at most 2,000 characters)."))
    return redirect("desk_member_record", slug)


@require_POST
@permission_required("members.record_membership_end", get_object=organisation_from_url)
def end_membership(request, slug: str):
    form = MembershipEndForm(request.POST)
    if not form.is_valid():
        refused(request, _("Give the last day of membership and the reason."))
        return redirect("desk_member_record", slug)
    try:
        end = record_membership_end(
            request.organisation,
            form.cleaned_data["ends_on"],
            form.cleaned_data["reason"],
            request.user,
            explanation=form.cleaned_data["explanation"],
        )
        messages.success(request, _("The membership ends on %(day)s.") % {"day": end.ends_on.isoformat()})
    except TransitionRefused as error:
        refused(request, error)
    return redirect("desk_member_record", slug)
