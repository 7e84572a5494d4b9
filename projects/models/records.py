from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from sern_portal.append_only import AppendOnlyModel
from sern_portal.fields import acting_user
from sern_portal.workflow import Workflow


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
    eu_grant_eur = models.DecimalField(_("EU grant (EUR)"), max_digits=12, decimal_places=2, default=0)
    participants = models.PositiveIntegerField(_("participants"), default=0)
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
            )
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
