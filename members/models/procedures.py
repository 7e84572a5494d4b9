"""Written procedure: the chair puts a question to the Board between meetings, with a deadline.

Each Board member has one vote (``ProcedureVote``, unique per person), changeable until the
deadline; every cast or change is logged (``ProcedureVoteLog``, append-only); at the close the
result is recorded once (``ProcedureResult``, append-only, one per procedure).
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from sern_portal.append_only import AppendOnlyModel
from sern_portal.limits import SHORT_TEXT, limited


class WrittenProcedure(models.Model):
    question = models.CharField(_("question"), max_length=300)
    explanation = models.TextField(_("explanation"), blank=True, **limited(SHORT_TEXT))
    deadline = models.DateTimeField(_("deadline"))
    opened_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name=_("opened by")
    )
    opened_at = models.DateTimeField(_("opened at"), default=timezone.now)
    # Set once, by a conditional UPDATE … WHERE closed_at IS NULL: two closers never both count.
    closed_at = models.DateTimeField(_("closed at"), null=True, blank=True)

    class Meta:
        ordering = ["-deadline", "-pk"]
        verbose_name = _("written procedure")
        verbose_name_plural = _("written procedures")

    def __str__(self) -> str:
        return self.question

    @property
    def is_open(self) -> bool:
        return self.closed_at is None and timezone.now() < self.deadline


class Vote(models.TextChoices):
    YES = "yes", _("Yes")
    NO = "no", _("No")
    ABSTAIN = "abstain", _("Abstain")


class ProcedureVote(models.Model):
    """A Board member's current vote (one per person and procedure)."""

    procedure = models.ForeignKey(
        WrittenProcedure, on_delete=models.CASCADE, related_name="votes", verbose_name=_("written procedure")
    )
    voter = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name=_("Board member")
    )
    vote = models.CharField(_("vote"), max_length=10, choices=Vote.choices)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        ordering = ["procedure", "voter__name"]
        verbose_name = _("vote")
        verbose_name_plural = _("votes")
        constraints = [models.UniqueConstraint(fields=["procedure", "voter"], name="one_vote_per_person")]

    def __str__(self) -> str:
        return f"{self.voter}: {self.get_vote_display()}"


class ProcedureVoteLog(AppendOnlyModel):
    """Every vote cast or changed, in order (the current vote is in ``ProcedureVote``)."""

    procedure = models.ForeignKey(
        WrittenProcedure,
        on_delete=models.CASCADE,
        related_name="vote_log",
        verbose_name=_("written procedure"),
    )
    voter = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("Board member"),
    )
    previous = models.CharField(_("previous vote"), max_length=10, choices=Vote.choices, blank=True)
    vote = models.CharField(_("vote"), max_length=10, choices=Vote.choices)
    at = models.DateTimeField(_("at"), default=timezone.now)

    class Meta:
        ordering = ["procedure", "at", "pk"]
        verbose_name = _("vote log entry")
        verbose_name_plural = _("vote log")


class Outcome(models.TextChoices):
    ADOPTED = "adopted", _("Adopted")
    REJECTED = "rejected", _("Rejected")
    NO_QUORUM = "no_quorum", _("Not decided: quorum not reached")


class ProcedureResult(AppendOnlyModel):
    """The result of a closed written procedure, computed once and never changed."""

    procedure = models.OneToOneField(
        WrittenProcedure, on_delete=models.CASCADE, related_name="result", verbose_name=_("written procedure")
    )
    eligible = models.PositiveSmallIntegerField(_("Board members entitled to vote"))
    quorum = models.PositiveSmallIntegerField(_("participation required"))
    yes = models.PositiveSmallIntegerField(_("yes"))
    no = models.PositiveSmallIntegerField(_("no"))
    abstain = models.PositiveSmallIntegerField(_("abstentions"))
    outcome = models.CharField(_("outcome"), max_length=10, choices=Outcome.choices)
    closed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("closed by"),
    )
    recorded_at = models.DateTimeField(_("recorded at"), default=timezone.now)

    class Meta:
        verbose_name = _("result of a written procedure")
        verbose_name_plural = _("results of written procedures")

    @property
    def participation(self) -> int:
        return self.yes + self.no + self.abstain
