"""The member directory and the members' profiles (with their pool of expertise)."""

from django.contrib import messages
from django.db.models import Prefetch, Q
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.generic import DetailView

from projects.models import ProjectRecord
from projects.selectors import open_ideas_led_by, preview
from sern_portal.lists import FilteredListView, MatchedIdsPaginator
from sern_portal.permissions import PermissionRequiredMixin, permission_required
from sern_portal.reader_cache import ReaderPageCacheMixin

from ..filters import OrganisationFilter
from ..forms import OrganisationProfileForm, StaffExpertFormSet
from ..models import Organisation, OrganisationContact, StaffExpert
from ..services.profiles import save_organisation_profile


class DirectoryView(PermissionRequiredMixin, ReaderPageCacheMixin, FilteredListView):
    permission_required = "members.view_directory"
    template_name = "members/directory.html"
    filterset_class = OrganisationFilter
    context_object_name = "organisations"
    paginator_class = MatchedIdsPaginator

    def get_queryset(self):
        # The list without its filters: the page's rows are read from it by id. The filters
        # (the search: several indexed lookups united) are evaluated only for the matching ids,
        # and only when they are not in the cache (``get_paginator``).
        # The rows' priorities are read by the template, only for rows not in the cache.
        rows = (
            Organisation.objects.members()
            .only("name", "slug", "kind", "country", "region")
            .order_by("name", "pk")
        )
        self.filterset = self.filterset_class(self.request.GET or None, queryset=rows, request=self.request)
        self.filterset.report_invalid()
        return rows

    def get_paginator(self, queryset, *args, **kwargs):
        # The same matches for every reader of the same filters on the same day (members() is
        # today's members), until a profile, an expert or a priority changes.
        shared = (
            ("directory",),
            (self.filterset.kind(), timezone.localdate().isoformat(), self.filterset.query_digest()),
        )
        return super().get_paginator(
            queryset, *args, matches=lambda: self.filterset.qs, shared=shared, **kwargs
        )


class OrganisationProfileView(PermissionRequiredMixin, DetailView):
    permission_required = "members.view_organisation_profile"
    template_name = "members/organisation_detail.html"
    context_object_name = "organisation"

    def get_queryset(self):
        return Organisation.objects.members().prefetch_related(
            "priorities",
            Prefetch(
                "experts",
                queryset=StaffExpert.objects.consented().prefetch_related("areas"),
                to_attr="listed_experts",
            ),
            Prefetch(
                "contacts",
                queryset=OrganisationContact.objects.select_related("user").order_by(
                    "-is_primary", "user__name"
                ),
            ),
        )

    def get_context_data(self, **kwargs):
        organisation = self.object
        projects = (
            ProjectRecord.objects.filter(Q(lead=organisation) | Q(partners=organisation))
            .distinct()
            .select_related("lead")
            .order_by("-submitted_on", "acronym")
        )
        open_ideas, open_ideas_count = preview(open_ideas_led_by(self.request.user, organisation))
        return super().get_context_data(
            projects=projects,
            open_ideas=open_ideas,
            open_ideas_count=open_ideas_count,
            can_edit=self.request.user.has_perm("members.change_organisation_profile", organisation),
            **kwargs,
        )


def _organisation(request, slug):
    return get_object_or_404(Organisation.objects.members(), slug=slug)


@permission_required("members.change_organisation_profile", get_object=_organisation)
def edit_profile_view(request, slug):
    """A member contact edits its own organisation; the secretariat edits every member's."""
    organisation = _organisation(request, slug)
    form = OrganisationProfileForm(request.POST or None, instance=organisation)
    experts = StaffExpertFormSet(
        request.POST or None,
        instance=organisation,
        queryset=StaffExpert.objects.filter(organisation=organisation).prefetch_related("areas"),
    )
    if request.method == "POST" and form.is_valid() and experts.is_valid():
        save_organisation_profile(form, experts, request.user)
        messages.success(request, _("The profile has been saved."))
        return redirect("organisation_profile", slug=organisation.slug)
    return render(
        request,
        "members/organisation_form.html",
        {"organisation": organisation, "form": form, "experts": experts},
    )
