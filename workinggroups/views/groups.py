"""Members' pages of the working groups: the list, a group's page, joining, leaving, its text."""

from django.contrib import messages
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from information.models import EuCall, NewsItem
from library.models import DocumentState
from library.rules import readable_levels
from members.rules import is_secretariat
from projects.selectors import ideas_visible_to, with_list_data
from sern_portal.permissions import permission_required

from ..forms import GroupTextForm, JoinForm
from ..models import WorkingGroup
from ..selectors import (
    area_priority_ids,
    groups_for_list,
    groups_with_details,
    member_contacts_of,
    members_by_organisation,
)
from ..services import GroupRefused, join, leave, update_text

SHOWN = 5


def group_from_url(request, slug: str, **_kwargs) -> WorkingGroup:
    request.group = get_object_or_404(groups_with_details(), slug=slug)
    return request.group


@permission_required("workinggroups.view_groups")
def group_list(request):
    my_groups = set(
        WorkingGroup.objects.filter(
            memberships__contact__in=member_contacts_of(request.user), memberships__left_on__isnull=True
        ).values_list("pk", flat=True)
    )
    return render(
        request, "workinggroups/group_list.html", {"groups": groups_for_list(), "my_groups": my_groups}
    )


def visible_documents(user, group: WorkingGroup):
    """The group's published documents the person may open (the library's access levels, so that
    each one links to a library page that opens for them)."""
    documents = group.documents.filter(state=DocumentState.PUBLISHED)
    if not is_secretariat(user):
        documents = documents.filter(access__in=readable_levels(user))
    return documents.select_related("folder").order_by("-updated_at", "pk")


@permission_required("workinggroups.view_groups", get_object=group_from_url)
def group_detail(request, slug: str):
    group = request.group
    user = request.user
    priorities = area_priority_ids(group)
    now = timezone.now()
    in_area = Q(priorities__in=priorities)
    news = NewsItem.objects.published().filter(in_area).distinct().order_by("-published_at", "-pk")
    calls = EuCall.objects.open(now).filter(in_area).distinct().order_by("deadline", "pk")
    ideas = with_list_data(ideas_visible_to(user).filter(in_area).distinct()).order_by("-created_at", "-pk")
    contacts = list(member_contacts_of(user))
    groupings = members_by_organisation(group)
    contact_ids = {contact.pk for contact in contacts}
    mine = [m for _org, memberships in groupings for m in memberships if m.contact_id in contact_ids]
    joined_ids = {m.contact_id for m in mine}
    joinable = [contact for contact in contacts if contact.pk not in joined_ids]
    return render(
        request,
        "workinggroups/group_detail.html",
        {
            "group": group,
            "organisations": groupings,
            "my_memberships": mine,
            "joinable": joinable if user.has_perm("workinggroups.join_group", group) else [],
            "news": news[:SHOWN],
            "calls": calls[:SHOWN],
            "ideas": ideas[:SHOWN],
            "documents": visible_documents(user, group)[:20],
            "priorities": group.thematic_area.priorities.all() if group.thematic_area_id else [],
            "can_edit": user.has_perm("workinggroups.edit_group_text", group),
            "can_manage": user.has_perm("workinggroups.manage_groups"),
        },
    )


@require_POST
@permission_required("workinggroups.join_group", get_object=group_from_url)
def join_view(request, slug: str):
    group = request.group
    contacts = member_contacts_of(request.user)
    form = JoinForm(request.POST, contacts=contacts)
    if not form.is_valid():
        messages.error(request, _("Choose the organisation you join for."))
        return redirect("workinggroups:group_detail", slug)
    try:
        join(group, form.cleaned_data["contact"])
        messages.success(request, _("You joined the working group."))
    except GroupRefused as error:
        messages.error(request, str(error))
    return redirect("workinggroups:group_detail", slug)


@require_POST
@permission_required("workinggroups.leave_group", get_object=group_from_url)
def leave_view(request, slug: str):
    group = request.group
    contact = member_contacts_of(request.user).filter(pk=request.POST.get("contact")).first()
    try:
        if contact is None:
            raise GroupRefused(_("You are not in this working group."))
        leave(group, contact)
        messages.success(request, _("You left the working group."))
    except GroupRefused as error:
        messages.error(request, str(error))
    return redirect("workinggroups:group_detail", slug)


@permission_required("workinggroups.edit_group_text", get_object=group_from_url)
def edit_text(request, slug: str):
    group = request.group
    form = GroupTextForm(request.POST or None, group=group)
    if request.method == "POST" and form.is_valid():
        update_text(group, form.descriptions())
        messages.success(request, _("The page text is saved."))
        return redirect("workinggroups:group_detail", slug)
    return render(request, "workinggroups/group_edit.html", {"group": group, "form": form})
