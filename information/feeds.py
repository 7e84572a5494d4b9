"""RSS/Atom feeds of news and open calls, and an iCal feed of call deadlines.

They are public (see rules.py for why) but still go through the permissions layer.
"""

import datetime

import icalendar
from django.contrib.syndication.views import Feed
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from sern_portal.content_language import field_language, with_language_note
from sern_portal.permissions import permission_required
from sern_portal.site import absolute_url, site_domain

from .models import EuCall, NewsItem

FEED_SIZE = 30


class PermissionCheckedFeed(Feed):
    """Links on the portal's address (SITE_URL), not on the Sites record's or the request's host."""

    permission_required = "information.view_feeds"

    def __call__(self, request, *args, **kwargs):
        if not request.user.has_perm(self.permission_required):
            raise PermissionDenied
        return super().__call__(request, *args, **kwargs)

    def get_object(self, request, *args, **kwargs):
        # The feed object is shared by every request: the path travels as the feed's "obj".
        return request.path

    def feed_url(self, path):
        return absolute_url(path)

    def item_link(self, item):
        return absolute_url(item.get_absolute_url())


class NewsFeed(PermissionCheckedFeed):
    title = gettext_lazy("SERN — EU news for members")
    description = gettext_lazy("EU policy news selected by the SERN secretariat.")

    def link(self):
        return absolute_url(reverse("news_list"))

    def items(self):
        return NewsItem.objects.published().prefetch_related("priorities")[:FEED_SIZE]

    def item_title(self, item):
        return with_language_note(item.title, item, "title", "body")

    def item_description(self, item):
        return item.body

    def item_pubdate(self, item):
        return item.published_at

    def item_categories(self, item):
        return [priority.name for priority in item.priorities.all()]


class NewsAtomFeed(NewsFeed):
    feed_type = Atom1Feed
    subtitle = NewsFeed.description


class CallsFeed(PermissionCheckedFeed):
    title = gettext_lazy("SERN — open EU calls")
    description = gettext_lazy("EU calls for proposals selected by the SERN secretariat.")

    def link(self):
        return absolute_url(reverse("call_list"))

    def items(self):
        return EuCall.objects.open().prefetch_related("priorities")[:FEED_SIZE]

    def item_title(self, call):
        return with_language_note(f"{call.identifier} — {call.title}", call, "title", "summary")

    def item_description(self, call):
        deadline = call.local_deadline
        return _("Deadline: %(date)s %(time)s %(zone)s (%(city)s). %(summary)s") % {
            "date": date_format(deadline.date(), "DATE_FORMAT"),
            "time": deadline.strftime("%H:%M"),
            "zone": deadline.tzname(),
            "city": call.zone_city,
            "summary": call.summary,
        }

    def item_pubdate(self, call):
        return call.published_at

    def item_categories(self, call):
        return [call.programme, *(priority.name for priority in call.priorities.all())]


class CallsAtomFeed(CallsFeed):
    feed_type = Atom1Feed
    subtitle = CallsFeed.description


@permission_required("information.view_feeds")
def deadlines_ical(request):
    """Each open call's deadline as a calendar event (in UTC, shown in the reader's own zone)."""
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//SERN Portal//EU call deadlines//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", _("SERN — EU call deadlines"))
    stamp = timezone.now()
    for call in EuCall.objects.open():
        event = icalendar.Event()
        event.add("uid", f"call-{call.pk}@{site_domain()}")
        event.add("dtstamp", stamp)
        event.add("dtstart", call.deadline.astimezone(datetime.UTC))
        event.add("dtend", call.deadline.astimezone(datetime.UTC))
        title = with_language_note(f"{call.identifier} — {call.title}", call, "title", "summary")
        event.add("summary", _("Deadline: %(call)s") % {"call": title})
        event.add("description", call.summary, parameters={"LANGUAGE": field_language(call, "summary")})
        event.add("url", absolute_url(call.get_absolute_url()))
        calendar.add_component(event)
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="sern-eu-call-deadlines.ics"'
    return response
