"""A. Relevance of project ideas and proposals to the priority areas and the mission.

Available: projects submitted and approved per priority, approval rate per priority (from the
project records). A record's priorities are those of its lead organisation.
"""

from collections import Counter, defaultdict

from django.db.models import Count
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from evaluation.period import Period
from projects.models import ProjectOutcome, ProjectRecord
from strategy.models import Priority

from .common import rate
from .registry import ChartSpec, indicator
from .tables import Column, Kind, Table


@indicator(
    key="a-projects-per-priority",
    area="A",
    title=gettext_lazy("Projects submitted and approved per priority"),
    description=gettext_lazy(
        "Project proposals submitted to EU programmes in the period, by the strategy priorities of "
        "their lead organisation (a project counts under each of them), with the approval rate "
        "(approved / submitted)."
    ),
    chart=ChartSpec("bar", values=(1, 2)),
)
def projects_per_priority(period: Period) -> Table:
    records = ProjectRecord.objects.filter(submitted_on__range=(period.start, period.end))
    submitted: Counter = Counter()
    approved: Counter = Counter()
    for row in records.values("lead__priorities", "outcome").annotate(n=Count("pk")):
        submitted[row["lead__priorities"]] += row["n"]
        if row["outcome"] == ProjectOutcome.APPROVED:
            approved[row["lead__priorities"]] += row["n"]
    totals = defaultdict(
        int, {row["outcome"]: row["n"] for row in records.values("outcome").annotate(n=Count("pk"))}
    )
    rows = [
        (
            priority.name,
            submitted[priority.pk],
            approved[priority.pk],
            rate(approved[priority.pk], submitted[priority.pk]),
        )
        for priority in Priority.objects.order_by("area__order", "order", "code")
    ]
    if submitted[None]:
        rows.append(
            (_("No priority"), submitted[None], approved[None], rate(approved[None], submitted[None]))
        )
    all_submitted = sum(totals.values())
    if not all_submitted:
        rows = []
    return Table(
        columns=[
            Column(_("Priority")),
            Column(_("Submitted"), Kind.INT),
            Column(_("Approved"), Kind.INT),
            Column(_("Approval rate"), Kind.PERCENT),
        ],
        rows=rows,
        total=(
            _("All projects"),
            all_submitted,
            totals[ProjectOutcome.APPROVED],
            rate(totals[ProjectOutcome.APPROVED], all_submitted),
        )
        if all_submitted
        else None,
    )
