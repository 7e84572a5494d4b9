"""Partner matching in the portal: stored suggestions, the lead's feedback, bulk recomputes.

The engine (``projects.matching``) computes; these models keep its latest answer per idea, what
the lead did with it (dismissals are append-only feedback, invitations are recorded once), and
the progress of a bulk recompute the secretariat asked for.
"""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from sern_portal.append_only import AppendOnlyModel
from sern_portal.fields import acting_user


class PartnerSuggestion(models.Model):
    """One suggested partner for an idea: replaced as a whole per idea by each recompute.

    ``reasons`` are the engine's reasons as JSON (``[{"code": ..., "params": {...}}]``), rendered
    in the reader's language by ``projects.reason_sentences``.
    """

    idea = models.ForeignKey(
        "projects.ProjectIdea", on_delete=models.CASCADE, related_name="suggestions", verbose_name=_("idea")
    )
    organisation = models.ForeignKey(
        "members.Organisation",
        on_delete=models.CASCADE,
        related_name="partner_suggestions",
        verbose_name=_("organisation"),
    )
    rank = models.PositiveSmallIntegerField(_("rank"))
    score = models.FloatField(_("score"))
    reasons = models.JSONField(_("reasons"), default=list)
    computed_at = models.DateTimeField(_("computed at"))

    class Meta:
        ordering = ["idea", "rank"]
        verbose_name = _("partner suggestion")
        verbose_name_plural = _("partner suggestions")
        constraints = [
            models.UniqueConstraint(fields=["idea", "organisation"], name="one_suggestion_per_organisation"),
            models.UniqueConstraint(fields=["idea", "rank"], name="one_suggestion_per_rank"),
        ]

    def __str__(self) -> str:
        return f"{self.idea_id} #{self.rank}: {self.organisation_id}"


class SuggestionDismissal(AppendOnlyModel):
    """Append-only: the lead (or the secretariat) dismissed a suggested member for an idea.

    A dismissed member is never suggested again for that idea; the note is kept as feedback for
    tuning the engine.
    """

    idea = models.ForeignKey(
        "projects.ProjectIdea", on_delete=models.CASCADE, related_name="dismissals", verbose_name=_("idea")
    )
    organisation = models.ForeignKey(
        "members.Organisation", on_delete=models.CASCADE, related_name="+", verbose_name=_("organisation")
    )
    by = acting_user(_("dismissed by"))
    at = models.DateTimeField(_("dismissed at"), default=timezone.now)
    note = models.CharField(_("note"), max_length=300, blank=True)
    rank = models.PositiveSmallIntegerField(_("rank when dismissed"), null=True, blank=True)
    reasons = models.JSONField(_("reasons when dismissed"), default=list, blank=True)

    class Meta:
        ordering = ["at", "pk"]
        verbose_name = _("dismissed suggestion")
        verbose_name_plural = _("dismissed suggestions")

    def __str__(self) -> str:
        return f"{self.idea_id}: {self.organisation_id} dismissed"


class SuggestionInvitation(models.Model):
    """The lead invited a suggested member to express interest (once per idea and member)."""

    idea = models.ForeignKey(
        "projects.ProjectIdea", on_delete=models.CASCADE, related_name="invitations", verbose_name=_("idea")
    )
    organisation = models.ForeignKey(
        "members.Organisation", on_delete=models.CASCADE, related_name="+", verbose_name=_("organisation")
    )
    by = acting_user(_("invited by"))
    at = models.DateTimeField(_("invited at"), default=timezone.now)

    class Meta:
        ordering = ["at", "pk"]
        verbose_name = _("invitation to express interest")
        verbose_name_plural = _("invitations to express interest")
        constraints = [
            models.UniqueConstraint(fields=["idea", "organisation"], name="one_invitation_per_organisation")
        ]

    def __str__(self) -> str:
        return f"{self.idea_id}: {self.organisation_id} invited"


class MatchingRun(models.Model):
    """A bulk recompute of every open idea's suggestions; the chunk tasks count what they did."""

    started_by = acting_user(_("started by"))
    started_at = models.DateTimeField(_("started at"), default=timezone.now)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)
    total = models.PositiveIntegerField(_("ideas to compute"), default=0)
    done = models.PositiveIntegerField(_("ideas computed"), default=0)

    class Meta:
        ordering = ["-started_at", "-pk"]
        verbose_name = _("matching run")
        verbose_name_plural = _("matching runs")

    def __str__(self) -> str:
        return f"{self.started_at:%Y-%m-%d %H:%M} ({self.done}/{self.total})"

    @property
    def is_running(self) -> bool:
        return self.finished_at is None

    @property
    def percent(self) -> int:
        return 100 if not self.total else min(100, round(100 * self.done / self.total))
