"""The secretariat's desk: every application, filtered, counted, exported; checks and agenda moves."""

import django_filters
from django.contrib import messages
from django.db.models import Count
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from django.views.generic import ListView

from sern_portal.csv_export import csv_response
from sern_portal.filters import ValidatedFilterSet
from sern_portal.permissions import PermissionRequiredMixin, permission_required
from sern_portal.reader_cache import ReaderPageCacheMixin

from ..forms import CommentForm, MakeReadyForm
from ..models import (
    ApplicationState,
    BoardMeeting,
    Country,
    FeeBand,
    MembershipApplication,
)
from ..services.applications import move_to_meeting, transition
from ..services.errors import TransitionRefused
from .helpers import application_from_url, refused

S = ApplicationState


class ApplicationFilter(ValidatedFilterSet):
    shared_form = True  # states, countries and the Board's meetings: the same for every reader
    state = django_filters.ChoiceFilter(label=gettext_lazy("State"), choices=ApplicationState.choices)
    country = django_filters.ChoiceFilter(label=gettext_lazy("Country"), choices=Country.choices)
    meeting = django_filters.ModelChoiceFilter(
        label=gettext_lazy("Board meeting"), queryset=BoardMeeting.objects.all()
    )

    class Meta:
        model = MembershipApplication
        fields = ["state", "country", "meeting"]


def filtered_applications(request):
    queryset = MembershipApplication.objects.select_related("applicant", "meeting").order_by(
        "-created_at", "-pk"
    )
    return ApplicationFilter(request.GET or None, queryset=queryset, request=request)


class DeskView(PermissionRequiredMixin, ReaderPageCacheMixin, ListView):
    permission_required = "members.use_desk"
    filterset_class = ApplicationFilter  # (built by filtered_applications; named for the fuzz test)
    template_name = "members/desk/applications.html"
    paginate_by = 25
    context_object_name = "applications"

    def get_queryset(self):
        self.filterset = filtered_applications(self.request)
        return self.filterset.qs

    def get_context_data(self, **kwargs):
        counts = dict(
            MembershipApplication.objects.values_list("state")
            .annotate(n=Count("pk"))
            .values_list("state", "n")
        )
        query = self.request.GET.copy()
        query.pop("page", None)
        return super().get_context_data(
            filter=self.filterset,
            counts=[(state, counts.get(state.value, 0)) for state in ApplicationState],
            query=query.urlencode(),
            **kwargs,
        )


@permission_required("members.use_desk")
def export(request):
    header = ["id", "organisation", "kind", "country", "town", "state", "applicant", "submitted", "meeting"]
    rows = (
        [
            a.pk,
            a.name,
            a.kind,
            a.country,
            a.town,
            a.state,
            a.applicant.email,
            a.submitted_at,  # written as local "YYYY-MM-DD HH:MM", which every spreadsheet reads
            a.meeting.date if a.meeting else None,
        ]
        for a in filtered_applications(request).qs
    )
    return csv_response([header, *rows], "sern-applications.csv")


def open_meetings():
    """Only meetings still open for the agenda: date ahead and cut-off not passed."""
    return BoardMeeting.objects.open_for_agenda()


AGENDA_CLOSED = gettext_lazy(
    "The agenda of this Board meeting is closed: choose a meeting whose agenda is still open."
)


@permission_required("members.use_desk", get_object=application_from_url)
def application(request, pk: int):
    application = request.application
    return render(
        request,
        "members/desk/application.html",
        {
            "application": application,
            "events": application.events.select_related("actor", "on_behalf_of", "meeting"),
            "contacts": application.contacts.all(),
            "positions": application.positions.select_related("board_member"),
            "comment_form": CommentForm(),
            "ready_form": MakeReadyForm(meetings=open_meetings()),
            "can_ask": (application.state, S.MORE_INFORMATION_REQUESTED)
            in {(S.SUBMITTED, S.MORE_INFORMATION_REQUESTED), (S.AMENDED, S.MORE_INFORMATION_REQUESTED)},
            "can_make_ready": application.state in (S.SUBMITTED, S.AMENDED),
            "can_move": application.state in (S.READY, S.DEFERRED),
        },
    )


@require_POST
@permission_required("members.use_desk", get_object=application_from_url)
def change_state(request, pk: int):
    """Asks for more information, or makes the application ready for the Board."""
    application = request.application
    to_state = request.POST.get("to_state")
    meeting = None
    if to_state == S.READY:
        form = MakeReadyForm(request.POST, meetings=open_meetings())
        if not form.is_valid():  # a meeting that is not (or no longer) open: never another one
            refused(request, AGENDA_CLOSED)
            return redirect("desk_application", pk)
        meeting = form.cleaned_data.get("meeting")
    try:
        if to_state not in S.values:
            raise TransitionRefused(_("You are not allowed to make this change."))
        transition(
            application, to_state, request.user, comment=request.POST.get("comment", ""), meeting=meeting
        )
        messages.success(request, _("The application is now “%(state)s”.") % {"state": S(to_state).label})
    except TransitionRefused as error:
        refused(request, error)
    return redirect("desk_application", pk)


@require_POST
@permission_required("members.use_desk", get_object=application_from_url)
def move(request, pk: int):
    form = MakeReadyForm(request.POST, meetings=open_meetings())
    if not form.is_valid():
        refused(request, AGENDA_CLOSED)
    elif form.cleaned_data["meeting"]:
        try:
            move_to_meeting(request.application, form.cleaned_data["meeting"], request.user)
            messages.success(request, _("The application has been moved."))
        except TransitionRefused as error:
            refused(request, error)
    else:
        messages.error(request, _("Please choose a meeting."))
    return redirect("desk_application", pk)


@permission_required("members.use_desk")
def fees(request):
    return render(
        request,
        "members/desk/fees.html",
        {
            "bands": FeeBand.objects.all(),
        },
    )
