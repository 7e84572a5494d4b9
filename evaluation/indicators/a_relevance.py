"""A. Relevance of project ideas and proposals to the priority areas and the mission.

Project ideas per priority and per transversal perspective, the share of ideas tagged with a
priority, and projects submitted and approved per priority with the approval rate. A project
record's priorities are those of the idea it was made from, or else those of its lead.
"""

from collections import Counter, defaultdict

from django.db.models import Count, Exists, OuterRef, QuerySet
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from evaluation.period import Period
from members.models import Organisation
from projects.models import ProjectIdea, ProjectOutcome
from strategy.models import TransversalPerspective

from .activity import records_submitted
from .common import created_during, priorities_in_order, rate, table_or_empty
from .registry import ChartSpec, indicator
from .tables import Column, Kind, Table, Value, label_and_counts


def record_priorities(records) -> dict[int, set[int]]:
    """Each record's priorities: its idea's when it was made from a tagged idea, else its lead's."""
    idea_priorities: dict[int, set[int]] = defaultdict(set)
    idea_links = ProjectIdea.priorities.through.objects.filter(projectidea_id__in=records.values("idea_id"))
    for idea_id, priority_id in idea_links.values_list("projectidea_id", "priority_id"):
        idea_priorities[idea_id].add(priority_id)
    lead_priorities: dict[int, set[int]] = defaultdict(set)
    lead_links = Organisation.priorities.through.objects.filter(organisation_id__in=records.values("lead_id"))
    for organisation_id, priority_id in lead_links.values_list("organisation_id", "priority_id"):
        lead_priorities[organisation_id].add(priority_id)
    return {
        pk: idea_priorities.get(idea_id) or lead_priorities.get(lead_id, set())
        for pk, idea_id, lead_id in records.values_list("pk", "idea_id", "lead_id")
    }


@indicator(
    key="a-projects-per-priority",
    area="A",
    title=gettext_lazy("Projects submitted and approved per priority"),
    description=gettext_lazy(
        "Project proposals submitted to EU programmes in the period, by the strategy priorities of "
        "the idea they came from, or else of their lead organisation (a project counts under each of "
        "them), with the approval rate (approved / submitted)."
    ),
    chart=ChartSpec("bar", values=(1, 2)),
)
def projects_per_priority(period: Period) -> Table:
    records = records_submitted(period)
    outcomes = dict(records.values_list("pk", "outcome"))
    submitted: Counter = Counter()
    approved: Counter = Counter()
    for pk, priorities in record_priorities(records).items():
        for priority_id in priorities or {None}:
            submitted[priority_id] += 1
            approved[priority_id] += outcomes[pk] == ProjectOutcome.APPROVED

    def counted(label: str, priority_id: int | None) -> tuple[Value, ...]:
        return (
            label,
            submitted[priority_id],
            approved[priority_id],
            rate(approved[priority_id], submitted[priority_id]),
        )

    rows = [counted(priority.name, priority.pk) for priority in priorities_in_order()]
    if submitted[None]:
        rows.append(counted(_("No priority"), None))
    all_approved = sum(1 for outcome in outcomes.values() if outcome == ProjectOutcome.APPROVED)
    return table_or_empty(
        [
            Column(_("Priority")),
            Column(_("Submitted"), Kind.INT),
            Column(_("Approved"), Kind.INT),
            Column(_("Approval rate"), Kind.PERCENT),
        ],
        rows,
        (_("All projects"), len(outcomes), all_approved, rate(all_approved, len(outcomes))),
        empty=not outcomes,
    )


def _ideas_per_tag(period: Period, tag: str, tags: QuerySet, heading: str, untagged: str) -> Table:
    """Ideas created in the period under each of ``tags`` (in the order given), those with no
    ``tag`` last, and all ideas as the total: an idea with two tags counts under both but once in
    the total, which is why the total is a count of its own and not the sum of the rows."""
    ideas = created_during(ProjectIdea, period)
    # Counted by the database (GROUP BY over the tag links, untagged ideas under None): one row
    # per tag, not one per (idea, tag) pair read into Python (issue 16: 50,000 ideas).
    counts = Counter(dict(ideas.order_by().values_list(tag).annotate(n=Count("pk")).values_list(tag, "n")))
    total = ideas.count()
    rows: list[tuple[Value, ...]] = [(item.name, counts[item.pk]) for item in tags]
    if counts[None]:
        rows.append((untagged, counts[None]))
    return table_or_empty(
        label_and_counts(heading, _("Ideas")), rows, (_("All ideas"), total), empty=not total
    )


@indicator(
    key="a-ideas-per-priority",
    area="A",
    title=gettext_lazy("Project ideas per priority"),
    description=gettext_lazy(
        "Project ideas created in the period, by the strategy priorities they are tagged with "
        "(an idea counts under each of them)."
    ),
    chart=ChartSpec("bar", values=(1,)),
)
def ideas_per_priority(period: Period) -> Table:
    return _ideas_per_tag(period, "priorities", priorities_in_order(), _("Priority"), _("No priority"))


@indicator(
    key="a-ideas-per-perspective",
    area="A",
    title=gettext_lazy("Project ideas per transversal perspective"),
    description=gettext_lazy(
        "Project ideas created in the period, by the transversal perspectives they address "
        "(an idea counts under each of them)."
    ),
    chart=ChartSpec("bar", values=(1,)),
)
def ideas_per_perspective(period: Period) -> Table:
    return _ideas_per_tag(
        period,
        "perspectives",
        TransversalPerspective.objects.all(),
        _("Transversal perspective"),
        _("No perspective"),
    )


@indicator(
    key="a-ideas-tagged-share",
    area="A",
    title=gettext_lazy("Share of ideas tagged with a priority"),
    description=gettext_lazy("Project ideas created in the period that name at least one strategy priority."),
)
def ideas_tagged_share(period: Period) -> Table:
    ideas = created_during(ProjectIdea, period)
    total = ideas.count()
    # EXISTS, not a join made distinct: the join sorts every (idea, priority) pair (issue 16).
    tags = ProjectIdea.priorities.through.objects.filter(projectidea_id=OuterRef("pk"))
    tagged = ideas.filter(Exists(tags)).count()
    return table_or_empty(
        [
            Column(_("Ideas")),
            Column(_("Ideas created"), Kind.INT),
            Column(_("With at least one priority"), Kind.INT),
            Column(_("Share"), Kind.PERCENT),
        ],
        [(_("All ideas"), total, tagged, rate(tagged, total))],
        empty=not total,
    )
