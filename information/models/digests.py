from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class DigestSend(models.Model):
    """One weekly digest sent to one person, and what it contained.

    The evaluation (area B, relevance of information activities) counts recipients per news item
    per call and per project idea from these rows. One row per person and week: sending is idempotent.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="digests", verbose_name=_("user")
    )
    period_start = models.DateTimeField(_("from"))
    period_end = models.DateTimeField(_("until"))
    sent_at = models.DateTimeField(_("sent at"))
    news = models.ManyToManyField("information.NewsItem", blank=True, related_name="digests")
    calls = models.ManyToManyField("information.EuCall", blank=True, related_name="digests")
    events = models.ManyToManyField("events.Event", blank=True, related_name="digests")
    ideas = models.ManyToManyField("projects.ProjectIdea", blank=True, related_name="digests")

    class Meta:
        ordering = ["-period_end", "user"]
        verbose_name = _("digest sent")
        verbose_name_plural = _("digests sent")
        constraints = [
            models.UniqueConstraint(fields=["user", "period_end"], name="one_digest_per_user_and_week")
        ]

    def __str__(self) -> str:
        return f"{self.user} — {self.period_end:%Y-%m-%d}"
