import zoneinfo

from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from members.models import Country
from sern_portal.fields import acting_user
from sern_portal.limits import LONG_TEXT, limited

# The zones EU calls state their deadlines in, with the city that names the zone for readers.
DEADLINE_TIME_ZONES = [
    ("Europe/Brussels", _("Brussels")),
    ("Europe/Rome", _("Rome")),
    ("Europe/Stockholm", _("Stockholm")),
    ("Europe/Luxembourg", _("Luxembourg")),
    ("UTC", _("UTC")),
]


class EuCallQuerySet(models.QuerySet):
    def open(self, at=None):
        return self.filter(deadline__gte=at or timezone.now())

    def expired(self, at=None):
        return self.filter(deadline__lt=at or timezone.now())


class EuCall(models.Model):
    """An EU call for proposals the secretariat selected for the members."""

    programme = models.CharField(_("EU programme"), max_length=200)
    identifier = models.CharField(
        _("call identifier"), max_length=120, unique=True, help_text=_("For example ERASMUS-2027-PCOOP-ENGO.")
    )
    slug = models.SlugField(_("slug"), max_length=140, unique=True)
    title = models.CharField(_("title"), max_length=300)
    summary = models.TextField(_("summary"), **limited(LONG_TEXT))
    # Stored as an aware datetime; the zone the call states it in is kept to show it that way.
    deadline = models.DateTimeField(_("deadline"), db_index=True)
    deadline_time_zone = models.CharField(
        _("time zone of the deadline"), max_length=40, choices=DEADLINE_TIME_ZONES, default="Europe/Brussels"
    )
    budget_eur = models.DecimalField(
        _("budget (EUR)"), max_digits=14, decimal_places=2, null=True, blank=True
    )
    link = models.URLField(_("link to the call"), max_length=500)
    priorities = models.ManyToManyField(
        "strategy.Priority", blank=True, related_name="calls", verbose_name=_("priorities")
    )
    eligible_countries = models.JSONField(
        _("eligible countries"), default=list, blank=True, help_text=_("ISO codes; empty means all.")
    )
    published_at = models.DateTimeField(_("published at"), default=timezone.now)
    created_by = acting_user(_("created by"))

    objects = EuCallQuerySet.as_manager()

    class Meta:
        ordering = ["deadline", "pk"]
        verbose_name = _("EU call")
        verbose_name_plural = _("EU calls")
        # The list's programme filter reads its choices from this index (issue 16: 40,000 calls).
        indexes = [
            models.Index(fields=["programme"], name="information_call_programme_idx"),
            # Covering (PostgreSQL): the dashboard counts a period's calls from the index alone.
            models.Index(fields=["published_at"], include=["id"], name="information_call_published_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.identifier} — {self.title}"

    def get_absolute_url(self) -> str:
        return reverse("call_detail", args=[self.slug])

    @property
    def zone(self) -> zoneinfo.ZoneInfo:
        return zoneinfo.ZoneInfo(self.deadline_time_zone)

    @property
    def local_deadline(self):
        """The deadline in the zone the call states it in (e.g. 17:00 CET, Brussels)."""
        return self.deadline.astimezone(self.zone)

    @property
    def zone_city(self) -> str:
        return str(dict(DEADLINE_TIME_ZONES).get(self.deadline_time_zone, self.deadline_time_zone))

    def days_left(self, now=None) -> int:
        """Whole days from today to the deadline's day, both in the deadline's zone (0 = today)."""
        now = (now or timezone.now()).astimezone(self.zone)
        return (self.local_deadline.date() - now.date()).days

    @property
    def is_open(self) -> bool:
        return self.deadline >= timezone.now()

    @property
    def eligible_country_names(self) -> list[str]:
        labels = dict(Country.choices)
        return [str(labels.get(code, code)) for code in self.eligible_countries]
