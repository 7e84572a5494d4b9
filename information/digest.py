"""The weekly digest: new calls, news and events matching each member's priorities.

A digest is a list of sections; each section is one entry of ``DIGEST_SECTIONS``: a function
taking ``(priorities, since, until)`` (or ``(recipient, since, until)`` when the section depends on
who reads it, as the ideas do: not their own organisation's, only those they may see) and returning
the new matching objects, and the templates ``<template>.txt`` / ``<template>.html`` that render
them (with ``items``) inside the e-mail. Another app adds its section with one more entry.
"""

import datetime
from dataclasses import dataclass
from importlib import import_module

from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone

from members.models import Organisation, User
from members.selectors import priorities_of
from sern_portal.mail import send_to_user
from workinggroups.selectors import group_priority_ids

from .digest_links import digest_stop_url
from .models import DigestSend, EuCall, NewsItem


@dataclass(frozen=True)
class DigestSection:
    key: str
    function: str  # dotted path: (priorities, since, until) -> list of new matching objects
    template: str  # without the extension: .txt and .html are rendered with ``items``
    recorded_as: str | None = None  # the DigestSend relation that records what was sent
    for_recipient: bool = False  # the function takes the recipient instead of the priorities


DIGEST_SECTIONS: list[DigestSection] = [
    DigestSection("calls", "information.digest.new_calls", "information/emails/digest_calls", "calls"),
    DigestSection("news", "information.digest.new_news", "information/emails/digest_news", "news"),
    DigestSection("events", "information.digest.new_events", "events/emails/digest_events", "events"),
    DigestSection(
        "ideas", "projects.digest.new_ideas", "projects/emails/digest_ideas", "ideas", for_recipient=True
    ),
]
DIGEST_PERIOD = datetime.timedelta(days=7)


def _matching(queryset, priorities: list[int]):
    return queryset.filter(priorities__in=priorities).distinct() if priorities else queryset.none()


def new_calls(priorities: list[int], since: datetime.datetime, until: datetime.datetime):
    calls = EuCall.objects.filter(published_at__gte=since, published_at__lt=until, deadline__gte=until)
    return list(_matching(calls, priorities).order_by("deadline", "pk"))


def new_news(priorities: list[int], since: datetime.datetime, until: datetime.datetime):
    news = NewsItem.objects.filter(published_at__gte=since, published_at__lt=until)
    return list(_matching(news, priorities).order_by("-published_at", "-pk"))


def new_events(priorities: list[int], since: datetime.datetime, until: datetime.datetime):
    from events.models import Event

    events = Event.objects.filter(created_at__gte=since, created_at__lt=until, starts_at__gte=until)
    # Events without priorities (the General Assembly) concern every member.
    matching = events.filter(Q(priorities__in=priorities) | Q(priorities__isnull=True)).distinct()
    return list(matching.order_by("starts_at", "pk"))


@dataclass
class Digest:
    sections: dict[str, list]

    @property
    def is_empty(self) -> bool:
        return not any(self.sections.values())

    @property
    def parts(self) -> list[dict]:
        """The non-empty sections in order, each with its templates and items (for the e-mail)."""
        return [
            {
                "key": section.key,
                "txt": f"{section.template}.txt",
                "html": f"{section.template}.html",
                "items": self.sections[section.key],
            }
            for section in DIGEST_SECTIONS
            if self.sections.get(section.key)
        ]


def build_digest(user: User, since: datetime.datetime, until: datetime.datetime) -> Digest:
    # Being in a working group is a signal of interest: its area's priorities count as the
    # person's own, even when their organisation did not tick them.
    priorities = sorted(set(priorities_of(user)) | set(group_priority_ids(user)))
    sections = {}
    for section in DIGEST_SECTIONS:
        module, name = section.function.rsplit(".", 1)
        function = getattr(import_module(module), name)
        sections[section.key] = function(user if section.for_recipient else priorities, since, until)
    return Digest(sections)


def digest_recipients():
    """Contacts of today's members who have not switched the digest off."""
    return (
        User.objects.filter(
            is_active=True,
            receives_weekly_digest=True,
            organisation_contacts__organisation__in=Organisation.objects.members(),
        )
        .distinct()
        .order_by("pk")
    )


def send_digest(user: User, until: datetime.datetime) -> DigestSend | None:
    """Send ``user`` the digest of the week ending at ``until``, once.

    Side effects, in order: skip if the user switched it off or already has this week's digest;
    build the sections; skip if all are empty; record the send (unique per user and week; a
    concurrent duplicate loses on the constraint and sends nothing); e-mail it in the user's
    language after commit.
    """
    if not user.receives_weekly_digest or DigestSend.objects.filter(user=user, period_end=until).exists():
        return None
    since = until - DIGEST_PERIOD
    digest = build_digest(user, since, until)
    if digest.is_empty:
        return None
    # The DigestSend row is this e-mail's at-most-once key, like ``sern_portal.mail.send_once``:
    # it commits before the e-mail leaves (on commit), so a retried task finds it and sends
    # nothing, and a send that fails then is not repeated (no duplicates, the portal's choice).
    try:
        with transaction.atomic():
            record = DigestSend.objects.create(
                user=user, period_start=since, period_end=until, sent_at=timezone.now()
            )
            for section in DIGEST_SECTIONS:
                if section.recorded_as:
                    getattr(record, section.recorded_as).set(digest.sections[section.key])
            stop_url = digest_stop_url(user)
            context = {"digest": digest, "since": since, "until": until, "stop_url": stop_url}
            # RFC 8058: mail clients show their own "unsubscribe" button and POST to the link.
            headers = {
                "List-Unsubscribe": f"<{stop_url}>",
                "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            }
            transaction.on_commit(
                lambda: send_to_user(user, "information/emails/weekly_digest", context, headers=headers)
            )
    except IntegrityError:
        return None
    return record


def week_end(at: datetime.datetime | None = None) -> datetime.datetime:
    """The digest period ends on the last Monday at 07:00 (the beat schedule's time), Rome time."""
    at = timezone.localtime(at or timezone.now())
    monday = at.replace(hour=7, minute=0, second=0, microsecond=0) - datetime.timedelta(days=at.weekday())
    return monday if monday <= at else monday - DIGEST_PERIOD
