"""The secretariat's desk for working groups: create groups, set the chair, close or reopen."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from sern_portal.permissions import permission_required

from ..forms import ChairForm, GroupCreateForm
from ..models import WorkingGroup
from ..selectors import past_memberships
from ..services import GroupRefused, create_group, set_active, set_chair


@permission_required("workinggroups.manage_groups")
def desk_groups(request):
    form = GroupCreateForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        group = create_group(
            names=form.names(),
            descriptions=form.descriptions(),
            thematic_area=form.cleaned_data["thematic_area"],
        )
        messages.success(request, _("The working group is created: now choose its chair."))
        return redirect("workinggroups:desk_group", group.slug)
    groups = WorkingGroup.objects.select_related(
        "thematic_area", "chair__user", "chair__organisation"
    ).order_by("-is_active", "name")
    return render(request, "workinggroups/desk_groups.html", {"groups": groups, "form": form})


@permission_required("workinggroups.manage_groups")
def desk_group(request, slug: str):
    group = get_object_or_404(
        WorkingGroup.objects.select_related("chair__user", "chair__organisation"), slug=slug
    )
    form = ChairForm(request.POST or None, initial={"chair": group.chair_id})
    if request.method == "POST" and form.is_valid():
        try:
            set_chair(group, form.cleaned_data["chair"])
            messages.success(request, _("The chair is saved."))
            return redirect("workinggroups:desk_group", slug)
        except GroupRefused as error:
            messages.error(request, str(error))
    return render(
        request,
        "workinggroups/desk_group.html",
        {"group": group, "form": form, "past": past_memberships(group)[:50]},
    )


@require_POST
@permission_required("workinggroups.manage_groups")
def desk_toggle_active(request, slug: str):
    group = get_object_or_404(WorkingGroup, slug=slug)
    set_active(group, not group.is_active)
    messages.success(
        request, _("The working group is open.") if group.is_active else _("The working group is closed.")
    )
    return redirect("workinggroups:desk_group", slug)
