from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from sern_portal.fields import acting_user
from sern_portal.limits import LONG_TEXT, limited


class NewsQuerySet(models.QuerySet):
    def published(self, at=None):
        """News whose publication time has come (a future date means "not shown yet")."""
        return self.filter(published_at__lte=at or timezone.now())


class NewsItem(models.Model):
    """EU policy news the secretariat publishes for the members, tagged with strategy priorities."""

    title = models.CharField(_("title"), max_length=250)
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    body = models.TextField(_("text"), **limited(LONG_TEXT))
    priorities = models.ManyToManyField(
        "strategy.Priority", blank=True, related_name="news", verbose_name=_("priorities")
    )
    published_at = models.DateTimeField(
        _("publish on"), default=timezone.now, help_text=_("Not shown before this time.")
    )
    # A plain default (not auto_now_add) so the demo data can store fixed values.
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    created_by = acting_user(_("created by"))

    objects = NewsQuerySet.as_manager()

    class Meta:
        ordering = ["-published_at", "-pk"]
        verbose_name = _("news item")
        verbose_name_plural = _("news")
        # Covering (PostgreSQL): the dashboard counts a period's items from the index alone
        # (issue 16: reading 44,000 rows of the table for their ids took 130 ms).
        indexes = [
            models.Index(fields=["published_at"], include=["id"], name="information_news_published_idx"),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("news_detail", args=[self.slug])

    @property
    def is_published(self) -> bool:
        return self.published_at <= timezone.now()
