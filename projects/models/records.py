from decimal import Decimal

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from sern_portal.append_only import AppendOnlyModel
from sern_portal.fields import acting_user
from sern_portal.limits import SHORT_TEXT, limited
from sern_portal.workflow import Workflow

# Bounds of one project's figures: above any EU project the network could run (the largest
# Horizon Europe grants are some tens of millions), far below what would distort the totals.
MAX_PARTICIPANTS = 1_000_000
MAX_EU_GRANT_EUR = Decimal("100000000.00")


class ProjectOutcome(models.TextChoices):
    PENDING = "pending", _("Pending")
    APPROVED = "approved", _("Approved")
    REJECTED = "rejected", _("Rejected")


# The outcome of a submission is decided once, by the idea's lead (its contacts, or the
# secretariat), through ``services.outcomes.decide_outcome``; the admin cannot change it.
IDEA_LEAD = "idea lead"
OUTCOME_WORKFLOW = Workflow(
    ProjectOutcome,
    {
        (ProjectOutcome.PENDING, ProjectOutcome.APPROVED): IDEA_LEAD,
        (ProjectOutcome.PENDING, ProjectOutcome.REJECTED): IDEA_LEAD,
    },
    refusal=_("The outcome of this submission is already recorded: %(from)s."),
)
ALLOWED_OUTCOME_TRANSITIONS: dict[str, set[str]] = OUTCOME_WORKFLOW.as_sets()


class RecordSource(models.TextChoices):
    """Where a record comes from: only the network's own records count in its public figures."""

    NETWORK = "network", _("The network's own project")
    IMPORTED = "imported", _("Imported consortium (another network's project)")


class ProjectRecord(models.Model):
    """A proposal submitted to an EU programme by members of the network, and its outcome.

    The network's own records (``source`` network) are the only source of its public figures
    (projects submitted, approved, approval rate, participants, EU grants); imported consortia
    only feed partner matching. A record made from a project idea keeps
    the link to it; the network's earlier history has records without an idea.
    """

    acronym = models.CharField(_("acronym"), max_length=250)
    title = models.CharField(_("title"), max_length=300)
    programme = models.CharField(_("EU programme"), max_length=200)
    submitted_on = models.DateField(_("submitted on"))
    outcome = models.CharField(
        _("outcome"), max_length=20, choices=ProjectOutcome.choices, default=ProjectOutcome.PENDING
    )
    eu_grant_eur = models.DecimalField(
        _("EU grant (EUR)"),
        max_digits=12,
        decimal_places=2,
        default=0,
        validators=[MinValueValidator(0), MaxValueValidator(MAX_EU_GRANT_EUR)],
    )
    participants = models.PositiveIntegerField(
        _("participants"), default=0, validators=[MaxValueValidator(MAX_PARTICIPANTS)]
    )
    # What a member records counts in the public figures only once the secretariat has checked it;
    # the secretariat's own records (and the demo history, the imports) are verified as they are made.
    verified = models.BooleanField(
        _("verified by the secretariat"),
        default=True,
        help_text=_("Only verified records count in the network's public figures."),
    )
    lead = models.ForeignKey(
        "members.Organisation",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="led_projects",
        verbose_name=_("lead partner"),
    )
    partners = models.ManyToManyField(
        "members.Organisation", blank=True, related_name="projects", verbose_name=_("partners")
    )
    source = models.CharField(
        _("source"),
        max_length=20,
        choices=RecordSource.choices,
        default=RecordSource.NETWORK,
        help_text=_("Imported consortia feed partner matching but not the network's figures."),
    )
    idea = models.ForeignKey(
        "projects.ProjectIdea",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="records",
        verbose_name=_("project idea"),
    )

    class Meta:
        ordering = ["-submitted_on", "acronym"]
        verbose_name = _("project record")
        verbose_name_plural = _("project records")
        constraints = [
            models.UniqueConstraint(
                fields=["acronym", "programme", "submitted_on"], name="unique_project_record"
            ),
            models.CheckConstraint(
                condition=Q(participants__lte=MAX_PARTICIPANTS), name="project_record_participants_bounded"
            ),
            models.CheckConstraint(
                condition=Q(eu_grant_eur__gte=0, eu_grant_eur__lte=MAX_EU_GRANT_EUR),
                name="project_record_eu_grant_bounded",
            ),
        ]

    def __str__(self) -> str:
        return self.acronym


class OutcomeChange(AppendOnlyModel):
    """Append-only: the programme's answer recorded for a submission, who recorded it and when."""

    record = models.ForeignKey(
        ProjectRecord,
        on_delete=models.CASCADE,
        related_name="outcome_changes",
        verbose_name=_("project record"),
    )
    from_outcome = models.CharField(_("from"), max_length=20, choices=ProjectOutcome.choices)
    to_outcome = models.CharField(_("to"), max_length=20, choices=ProjectOutcome.choices)
    changed_by = acting_user(_("changed by"))
    changed_at = models.DateTimeField(_("changed at"), default=timezone.now)

    class Meta:
        ordering = ["changed_at", "pk"]
        verbose_name = _("outcome change")
        verbose_name_plural = _("outcome changes")

    def __str__(self) -> str:
        return f"{self.record_id}: {self.from_outcome} → {self.to_outcome}"


class RecordChangeKind(models.TextChoices):
    SUBMITTED = "submitted", _("Submission recorded")
    OUTCOME = "outcome", _("Outcome recorded")
    VERIFIED = "verified", _("Verified by the secretariat")
    CORRECTED = "corrected", _("Corrected")


class ProjectRecordChange(AppendOnlyModel):
    """Every change to a record's figures, who made it and why: append-only (an audit trail)."""

    record = models.ForeignKey(
        ProjectRecord, on_delete=models.PROTECT, related_name="changes", verbose_name=_("project record")
    )
    kind = models.CharField(_("change"), max_length=20, choices=RecordChangeKind.choices)
    # {"field": [before, after]} for every field that changed, values as text.
    changes = models.JSONField(_("changes"), default=dict, blank=True)
    reason = models.TextField(_("reason"), blank=True, **limited(SHORT_TEXT))
    by = acting_user(_("by"))
    at = models.DateTimeField(_("when"), default=timezone.now)

    class Meta:
        ordering = ["at", "pk"]
        verbose_name = _("change of a project record")
        verbose_name_plural = _("changes of project records")

    def __str__(self) -> str:
        return f"{self.record}: {self.get_kind_display()}"
