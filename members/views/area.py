"""The Members Area home: what concerns the signed-in person's organisation."""

from django.conf import settings
from django.db.models import Exists, OuterRef
from django.utils import timezone
from django.views.generic import TemplateView

from events.models import Event, Registration, RegistrationStatus
from information.models import EuCall, NewsItem
from projects.selectors import member_home_ideas
from sern_portal import versions
from sern_portal.permissions import PermissionRequiredMixin
from sern_portal.reader_cache import ReaderPageCacheMixin

from ..models import BoardMeeting
from ..selectors import own_organisations

HOME_LIST_SIZE = 5
# The home's calls, news, next events and Board dates are the same for everyone with the same
# priorities (and Board role): their HTML is shared this long, and never past the minute it was
# made in (calls close, news and events start at a time of day) nor past a change of their data.
SHARED_SECONDS = 120


def tagged_with(model, priorities: list[int]):
    """The outer row's links to any of ``priorities`` (for ``Exists``)."""
    return model.priorities.through.objects.filter(
        **{model._meta.model_name: OuterRef("pk")}, priority_id__in=priorities
    )


NEXT_BOARD_MEETINGS = 3


def next_board_meetings(user) -> dict:
    """The next Board meetings: their details and agendas for the Board and the secretariat; for
    members only the dates (public: the Board meets in February, May and November)."""
    return {
        # Lazy: read only when the shared section is not in the cache.
        "board_meetings": BoardMeeting.objects.filter(date__gte=timezone.localdate()).order_by("date")[
            :NEXT_BOARD_MEETINGS
        ],
        "sees_board_agendas": user.has_perm("members.view_board_meetings"),
    }


class MembersAreaView(PermissionRequiredMixin, ReaderPageCacheMixin, TemplateView):
    permission_required = "members.view_members_area"
    template_name = "members/area.html"

    def get_context_data(self, **kwargs):
        user = self.request.user
        # The organisations and their priorities in one query (names and slugs: all the page shows).
        organisations, priorities = own_organisations(user)
        calls = EuCall.objects.open().prefetch_related("priorities")
        news = NewsItem.objects.published().prefetch_related("priorities")
        if priorities:
            # EXISTS, not a join made DISTINCT: the newest (or nearest) five are found along the
            # date's index, where DISTINCT sorted every matching call or news item (issue 16:
            # thousands of open calls share a priority with any member).
            calls = calls.filter(Exists(tagged_with(EuCall, priorities)))
            news = news.filter(Exists(tagged_with(NewsItem, priorities)))
        my_registrations = (
            Registration.objects.filter(user=user, event__in=Event.objects.upcoming())
            .exclude(status=RegistrationStatus.CANCELLED)
            .select_related("event")
            .order_by("event__starts_at")
        )
        shared = f"v{versions.version('members_area')}:{timezone.now():%Y%m%d%H%M}"
        return super().get_context_data(
            shared_seconds=SHARED_SECONDS if getattr(settings, "LIST_CACHE_SECONDS", 0) else 0,
            shared_information=f"{shared}:{','.join(map(str, sorted(priorities)))}",
            shared_calendar=shared,
            by_priorities=bool(priorities),
            calls=calls[:HOME_LIST_SIZE],
            news=news[:HOME_LIST_SIZE],
            my_registrations=my_registrations,
            next_events=Event.objects.upcoming().with_counts()[:HOME_LIST_SIZE],
            organisations=organisations,
            **member_home_ideas(
                user,
                priorities=priorities,
                organisation_ids=[organisation["pk"] for organisation in organisations],
            ),
            **next_board_meetings(user),
            **kwargs,
        )
