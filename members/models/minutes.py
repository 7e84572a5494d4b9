"""Minutes of a Board meeting, drafted in the portal: draft → circulated → approved → frozen.

Approved minutes (at the next meeting or by written procedure) are never edited again: the
transition service refuses it, ``Minutes.save`` refuses it, and the queryset's ``update`` and
``bulk_update`` refuse to touch approved or frozen rows. Frozen = approved and filed in the library.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from sern_portal.append_only import AppendOnlyModel
from sern_portal.limits import LONG_TEXT, limited


class MinutesState(models.TextChoices):
    DRAFT = "draft", _("Draft")
    CIRCULATED = "circulated", _("Circulated to the Board")
    APPROVED = "approved", _("Approved")
    FROZEN = "frozen", _("Approved and filed")


LOCKED_MINUTES_STATES = (MinutesState.APPROVED, MinutesState.FROZEN)


class ApprovalRoute(models.TextChoices):
    MEETING = "meeting", _("At a Board meeting")
    WRITTEN_PROCEDURE = "written_procedure", _("By written procedure")


class MinutesLocked(ValueError):
    """Somebody tried to change approved minutes."""


class MinutesQuerySet(models.QuerySet):
    def update(self, **kwargs):
        if self.filter(state__in=LOCKED_MINUTES_STATES).exists():
            raise MinutesLocked(gettext("Approved minutes cannot be changed."))
        return super().update(**kwargs)

    def bulk_update(self, objs, fields, batch_size=None):
        pks = [obj.pk for obj in objs]
        if Minutes.objects.filter(pk__in=pks, state__in=LOCKED_MINUTES_STATES).exists():
            raise MinutesLocked(gettext("Approved minutes cannot be changed."))
        return super().bulk_update(objs, fields, batch_size=batch_size)

    def move_state(self, pk: int, from_state: str, **changes) -> int:
        """The transition service's conditional ``UPDATE … WHERE state = from`` (the one way past
        the lock: approved → frozen when the PDF is filed)."""
        return models.QuerySet.update(self.filter(pk=pk, state=from_state), **changes)


class Minutes(models.Model):
    meeting = models.OneToOneField(
        "members.BoardMeeting", on_delete=models.PROTECT, related_name="minutes", verbose_name=_("meeting")
    )
    text = models.TextField(_("text of the minutes"), **limited(LONG_TEXT))
    language = models.CharField(_("language"), max_length=5, choices=settings.LANGUAGES, default="en")
    state = models.CharField(
        _("state"), max_length=20, choices=MinutesState.choices, default=MinutesState.DRAFT
    )
    approval_route = models.CharField(_("approved"), max_length=20, choices=ApprovalRoute.choices, blank=True)
    approved_at_meeting = models.ForeignKey(
        "members.BoardMeeting",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("approved at the meeting"),
    )
    approved_by_procedure = models.ForeignKey(
        "members.WrittenProcedure",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("approved by the written procedure"),
    )
    approved_on = models.DateField(_("approved on"), null=True, blank=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = MinutesQuerySet.as_manager()

    class Meta:
        verbose_name = _("minutes")
        verbose_name_plural = _("minutes")

    def __str__(self) -> str:
        return gettext("Minutes of the %(meeting)s") % {"meeting": self.meeting}

    def save(self, *args, **kwargs):
        # What the database holds decides, not this instance: a stale copy cannot unlock a row.
        if self.pk and Minutes.objects.filter(pk=self.pk, state__in=LOCKED_MINUTES_STATES).exists():
            raise MinutesLocked(gettext("Approved minutes cannot be changed."))
        super().save(*args, **kwargs)

    @property
    def is_locked(self) -> bool:
        return self.state in LOCKED_MINUTES_STATES


class MinutesChange(AppendOnlyModel):
    """The minutes' history: each change of state, by whom and when."""

    minutes = models.ForeignKey(
        Minutes, on_delete=models.CASCADE, related_name="changes", verbose_name=_("minutes")
    )
    from_state = models.CharField(_("from"), max_length=20, choices=MinutesState.choices)
    to_state = models.CharField(_("to"), max_length=20, choices=MinutesState.choices)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+", verbose_name=_("by")
    )
    changed_at = models.DateTimeField(_("at"), auto_now_add=True)

    class Meta:
        ordering = ["minutes", "changed_at", "pk"]
        verbose_name = _("change of the minutes' state")
        verbose_name_plural = _("changes of the minutes' state")
