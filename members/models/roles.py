from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class BoardRole(models.TextChoices):
    MEMBER = "member", _("Board member")
    VICE_CHAIR = "vice_chair", _("Vice-chair")
    CHAIR = "chair", _("Chair")


class BoardSeatQuerySet(models.QuerySet):
    def current(self, on=None):
        on = on or timezone.localdate()
        return self.filter(started_on__lte=on).filter(Q(ended_on__isnull=True) | Q(ended_on__gte=on))


class BoardSeat(models.Model):
    """A seat on the Board (Styrelsen / Consiglio direttivo), elected for two years."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="board_seats", verbose_name=_("user")
    )
    role = models.CharField(_("role"), max_length=20, choices=BoardRole.choices, default=BoardRole.MEMBER)
    organisation = models.ForeignKey(
        "members.Organisation",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="board_seats",
        verbose_name=_("organisation represented"),
    )
    started_on = models.DateField(_("started on"))
    ended_on = models.DateField(_("ended on"), null=True, blank=True)

    objects = BoardSeatQuerySet.as_manager()

    class Meta:
        ordering = ["-started_on", "user__email"]
        verbose_name = _("Board seat")
        verbose_name_plural = _("Board seats")

    def __str__(self) -> str:
        return f"{self.user} — {self.get_role_display()}"
