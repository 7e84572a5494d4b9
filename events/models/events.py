from django.db import models
from django.db.models import Count, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from sern_portal.limits import LONG_TEXT, limited


class EventKind(models.TextChoices):
    GENERAL_ASSEMBLY = "general_assembly", _("General Assembly")
    TRAINING = "training", _("Training")
    PEER_REVIEW = "peer_review", _("Peer review")
    THEMATIC_SEMINAR = "thematic_seminar", _("Thematic seminar")


class EventQuerySet(models.QuerySet):
    def public(self):
        return self.filter(is_public=True)

    def upcoming(self, at=None):
        return self.filter(ends_at__gte=at or timezone.now())

    def past(self, at=None):
        return self.filter(ends_at__lt=at or timezone.now())

    def with_counts(self):
        """Confirmed and waiting registrations, counted in the same query as the events."""
        from .registrations import RegistrationStatus

        return self.annotate(
            confirmed_count=Count(
                "registrations", filter=Q(registrations__status=RegistrationStatus.CONFIRMED)
            ),
            waiting_count=Count("registrations", filter=Q(registrations__status=RegistrationStatus.WAITING)),
        )


class Event(models.Model):
    """A General Assembly, training, peer review or thematic seminar of the network."""

    kind = models.CharField(_("kind"), max_length=30, choices=EventKind.choices)
    title = models.CharField(_("title"), max_length=250)
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    programme = models.TextField(_("programme"), blank=True, **limited(LONG_TEXT))
    starts_at = models.DateTimeField(_("starts at"), db_index=True)
    ends_at = models.DateTimeField(_("ends at"))
    place = models.CharField(_("place"), max_length=250, blank=True)
    online_link = models.URLField(_("online link"), blank=True)
    capacity = models.PositiveIntegerField(
        _("capacity"), null=True, blank=True, help_text=_("Empty: no limit on the number of places.")
    )
    registration_open = models.BooleanField(_("registration open"), default=True)
    is_public = models.BooleanField(
        _("public"),
        default=False,
        help_text=_("Public events are listed in the calendar feed anyone can subscribe to."),
    )
    priorities = models.ManyToManyField(
        "strategy.Priority", blank=True, related_name="events", verbose_name=_("priorities")
    )
    # A plain default (not auto_now_add) so the demo data can store fixed values.
    created_at = models.DateTimeField(_("created at"), default=timezone.now)

    objects = EventQuerySet.as_manager()

    class Meta:
        ordering = ["starts_at", "pk"]
        verbose_name = _("event")
        verbose_name_plural = _("events")
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__gte=models.F("starts_at")), name="event_ends_after_start"
            ),
            models.CheckConstraint(
                condition=~Q(place="") | ~Q(online_link=""), name="event_has_a_place_or_a_link"
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("event_detail", args=[self.slug])

    @property
    def has_started(self) -> bool:
        return self.starts_at <= timezone.now()

    @property
    def accepts_registrations(self) -> bool:
        return self.registration_open and not self.has_started
