from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from sern_portal.append_only import AppendOnlyModel
from sern_portal.fields import acting_user
from sern_portal.limits import SHORT_TEXT, limited
from sern_portal.workflow import Workflow


class InterestStatus(models.TextChoices):
    PENDING = "pending", _("Waiting for the lead's answer")
    ACCEPTED = "accepted", _("Accepted")
    DECLINED = "declined", _("Declined")
    WITHDRAWN = "withdrawn", _("Withdrawn")


S = InterestStatus
# The idea's lead (its contacts, or the secretariat) decides; the interested organisation's
# contacts withdraw, and may express interest again later (rules.py says who holds each role).
IDEA_LEAD, INTERESTED_MEMBER = "idea lead", "interested member"
INTEREST_WORKFLOW = Workflow(
    InterestStatus,
    {
        (S.PENDING, S.ACCEPTED): IDEA_LEAD,
        (S.PENDING, S.DECLINED): IDEA_LEAD,
        (S.PENDING, S.WITHDRAWN): INTERESTED_MEMBER,
        (S.ACCEPTED, S.WITHDRAWN): INTERESTED_MEMBER,
        (S.WITHDRAWN, S.PENDING): INTERESTED_MEMBER,
    },
    refusal=_("An expression of interest cannot go from “%(from)s” to “%(to)s”."),
)
ALLOWED_INTEREST_TRANSITIONS: dict[str, set[str]] = INTEREST_WORKFLOW.as_sets()
# Who makes each change: the lead (or the secretariat) decides, the interested member withdraws.
DECISIONS = (S.ACCEPTED, S.DECLINED)


class ExpressionOfInterest(models.Model):
    """A member organisation's wish to join another member's idea (one per organisation and idea)."""

    idea = models.ForeignKey(
        "projects.ProjectIdea", on_delete=models.CASCADE, related_name="interests", verbose_name=_("idea")
    )
    organisation = models.ForeignKey(
        "members.Organisation",
        on_delete=models.PROTECT,
        related_name="expressions_of_interest",
        verbose_name=_("organisation"),
    )
    expressed_by = acting_user(_("expressed by"))
    message = models.TextField(_("message"), **limited(SHORT_TEXT))
    status = models.CharField(_("status"), max_length=20, choices=InterestStatus.choices, default=S.PENDING)
    created_at = models.DateTimeField(_("expressed at"), default=timezone.now, editable=False)
    decided_by = acting_user(_("decided by"))
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("expression of interest")
        verbose_name_plural = _("expressions of interest")
        constraints = [
            models.UniqueConstraint(fields=["idea", "organisation"], name="one_interest_per_organisation")
        ]
        # Covering (PostgreSQL): the dashboard counts a period's interests per member and status
        # from the index alone (issue 16: 100,000 interests).
        indexes = [
            models.Index(
                fields=["created_at"],
                include=["id", "organisation", "status"],
                name="projects_interest_created_idx",
            )
        ]

    def __str__(self) -> str:
        return f"{self.organisation} → {self.idea}"


class InterestStatusChange(AppendOnlyModel):
    """Append-only: every status an expression of interest took, who set it and when."""

    interest = models.ForeignKey(
        ExpressionOfInterest,
        on_delete=models.CASCADE,
        related_name="status_changes",
        verbose_name=_("expression of interest"),
    )
    from_status = models.CharField(_("from"), max_length=20, choices=InterestStatus.choices, blank=True)
    to_status = models.CharField(_("to"), max_length=20, choices=InterestStatus.choices)
    changed_by = acting_user(_("changed by"))
    changed_at = models.DateTimeField(_("changed at"), default=timezone.now)
    note = models.TextField(_("note"), blank=True, **limited(SHORT_TEXT))

    class Meta:
        ordering = ["changed_at", "pk"]
        verbose_name = _("status change")
        verbose_name_plural = _("status changes")

    def __str__(self) -> str:
        return f"{self.interest_id}: {self.from_status or '-'} → {self.to_status}"
