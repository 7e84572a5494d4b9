"""The main pages measured by ``page_cost`` and ``make loadtest`` (issue 16), and who reads them."""

from dataclasses import dataclass

from django.utils import timezone

from mailings.models import Mailing
from members.models import BoardMeeting
from projects.models import ProjectIdea

SECRETARIAT = "secretariat@demo.sern.eu"
MEMBER = "member@demo.sern.eu"
BOARD = "board@demo.sern.eu"


@dataclass(frozen=True)
class Page:
    label: str
    path: str
    user: str | None  # the demo account that reads it (None: anonymous)


def main_pages() -> list[Page]:
    """Every page of the issue's table; ids come from the database (the newest idea, a meeting)."""
    idea = ProjectIdea.objects.filter(visibility="members").order_by("-created_at", "-pk").first()
    meeting = BoardMeeting.objects.order_by("-pk").first()
    mailing = Mailing.objects.order_by("-pk").first()
    pages = [
        Page("public home", "/en/", None),
        Page("ideas list", "/en/members-area/ideas/", MEMBER),
        Page("ideas search q=school", "/en/members-area/ideas/?q=school", MEMBER),
        Page("ideas partner filter", "/en/members-area/ideas/?looking_for_partners=on", MEMBER),
        Page("evaluation dashboard year", "/en/evaluation/?year=2026", SECRETARIAT),
        Page("evaluation 2021-2027", "/en/evaluation/?year=&start=2021-01-01&end=2027-12-31", SECRETARIAT),
        Page("directory search q=Parma", "/en/members-area/directory/?q=Parma", MEMBER),
        Page("matching overview", "/en/members-area/matching/", SECRETARIAT),
        Page("Members Area home", "/en/members-area/", MEMBER),
        Page("news", "/en/members-area/news/", MEMBER),
        Page("calls", "/en/members-area/calls/", MEMBER),
        Page("desk", "/en/desk/applications/", SECRETARIAT),
        Page("directory", "/en/members-area/directory/", MEMBER),
        Page("Board meetings", "/en/board/meetings/", BOARD),
        Page("billing year", f"/en/desk/billing/{timezone.localdate().year}/", SECRETARIAT),
        Page("mailings", "/en/desk/mailings/", SECRETARIAT),
    ]
    if idea is not None:
        pages.append(Page("idea page", f"/en/members-area/ideas/{idea.pk}/", MEMBER))
    if meeting is not None:
        pages.append(Page("Board meeting", f"/en/board/meetings/{meeting.pk}/", BOARD))
    if mailing is not None:
        pages.append(Page("mailing log", f"/en/desk/mailings/{mailing.pk}/log/", SECRETARIAT))
    return pages
