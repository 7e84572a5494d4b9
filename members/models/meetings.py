"""Board meetings (February, May, November) and the positions board members record."""

import datetime

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from sern_portal.limits import LONG_TEXT, SHORT_TEXT, limited


class MeetingStatus(models.TextChoices):
    PLANNED = "planned", _("Planned")
    AGENDA_PUBLISHED = "agenda_published", _("Agenda published")
    HELD = "held", _("Held")
    MINUTES_APPROVED = "minutes_approved", _("Minutes approved")


class BoardMeetingQuerySet(models.QuerySet):
    def open_for_agenda(self, on: datetime.date | None = None) -> "BoardMeetingQuerySet":
        """Meetings an application can still be put on: not yet held, agenda cut-off not passed."""
        on = on or timezone.localdate()
        first_date = on + datetime.timedelta(days=settings.SERN_AGENDA_CUTOFF_DAYS)
        return self.filter(
            status__in=[MeetingStatus.PLANNED, MeetingStatus.AGENDA_PUBLISHED], date__gte=first_date
        ).order_by("date")


class BoardMeeting(models.Model):
    date = models.DateField(_("date"), unique=True)
    place = models.CharField(_("place"), max_length=200, blank=True)
    online_link = models.URLField(_("online link"), blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=MeetingStatus.choices, default=MeetingStatus.PLANNED
    )
    attendees = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        related_name="board_meetings_attended",
        verbose_name=_("attendees"),
    )
    notes = models.TextField(_("minutes notes"), blank=True, **limited(LONG_TEXT))

    objects = BoardMeetingQuerySet.as_manager()

    class Meta:
        ordering = ["date"]
        verbose_name = _("Board meeting")
        verbose_name_plural = _("Board meetings")

    def __str__(self) -> str:
        # Read in lists and choices on pages: the date in the page's language, not ISO.
        return gettext("Board meeting of %(date)s") % {"date": date_format(self.date, "DATE_FORMAT")}

    @property
    def agenda_cutoff(self) -> datetime.date:
        """The last day an application can be put on this meeting's agenda."""
        return self.date - datetime.timedelta(days=settings.SERN_AGENDA_CUTOFF_DAYS)

    @property
    def decisions_frozen(self) -> bool:
        return self.status == MeetingStatus.MINUTES_APPROVED

    @property
    def has_come(self) -> bool:
        """The meeting's day has come (today or earlier): it can be held."""
        return self.date <= timezone.localdate()

    @property
    def takes_decisions(self) -> bool:
        """The Board decides at a meeting being held (or held) whose minutes are not yet approved."""
        return self.status == MeetingStatus.HELD and self.has_come


class Position(models.TextChoices):
    APPROVE = "approve", _("Approve")
    REJECT = "reject", _("Reject")
    ABSTAIN = "abstain", _("Abstain")


class BoardPosition(models.Model):
    """A board member's position on an application, recorded before or at the meeting."""

    application = models.ForeignKey(
        "members.MembershipApplication",
        on_delete=models.CASCADE,
        related_name="positions",
        verbose_name=_("application"),
    )
    board_member = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name=_("board member")
    )
    position = models.CharField(_("position"), max_length=10, choices=Position.choices)
    comment = models.TextField(_("comment"), blank=True, **limited(SHORT_TEXT))
    recorded_at = models.DateTimeField(_("recorded at"), auto_now=True)

    class Meta:
        ordering = ["recorded_at"]
        verbose_name = _("Board member's position")
        verbose_name_plural = _("Board members' positions")
        constraints = [
            models.UniqueConstraint(fields=["application", "board_member"], name="one_position_per_member")
        ]

    def __str__(self) -> str:
        return f"{self.board_member}: {self.get_position_display()}"
