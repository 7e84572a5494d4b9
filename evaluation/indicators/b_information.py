"""B. Relevance of information activities to the priority areas.

Available: news and EU calls published per priority, and the members they reached through the
weekly digest (``information.DigestSend`` records what each person was sent). Page views of news
and calls are not recorded by the portal, so they are not counted.
"""

from collections.abc import Callable

from django.db import connection
from django.db.models import Exists, OuterRef
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from evaluation.period import Period
from information.models import DigestSend, EuCall, NewsItem
from members.models import OrganisationContact

from .common import during, priorities_in_order, shared_in_pass, table_or_empty
from .registry import ChartSpec, indicator
from .tables import Table, label_and_counts

# (digest relation, model): the two kinds of information the digest carries and the portal counts.
KINDS = [("news", NewsItem), ("calls", EuCall)]


def _published(model, period: Period):
    """Items published in the period (and already shown: a future date is not published yet)."""
    return model.objects.filter(during("published_at", period), published_at__lte=timezone.now())


def _subquery(model, period: Period) -> tuple[str, list]:
    return _published(model, period).order_by().values("pk").query.sql_with_params()


def _union(period: Period, select: Callable[[str, type, str], str]) -> tuple[str, list]:
    """``select(kind, model, item column)`` for news and calls, each limited to the items of the
    period (``{items}`` in it), joined by UNION ALL."""
    parts, params = [], []
    for relation, model in KINDS:
        items, items_params = _subquery(model, period)
        parts.append(select(relation, model, f"{model._meta.model_name}_id").format(items=items))
        params += items_params
    return " UNION ALL ".join(parts), params


def _links(period: Period) -> tuple[str, list]:
    """(kind, item_id, user_id): who was sent each item of the period in a weekly digest."""
    digests = DigestSend._meta.db_table

    def select(relation, _model, column):
        table = getattr(DigestSend, relation).through._meta.db_table
        return (
            f"SELECT '{relation}' AS kind, l.{column} AS item_id, d.user_id AS user_id FROM {table} l "
            f"JOIN {digests} d ON d.id = l.digestsend_id WHERE l.{column} IN ({{items}})"
        )

    return _union(period, select)


def _tags(period: Period) -> tuple[str, list]:
    """(kind, item_id, priority_id): the priorities of each item of the period."""

    def select(relation, model, column):
        table = model.priorities.through._meta.db_table
        return (
            f"SELECT '{relation}' AS kind, t.{column} AS item_id, t.priority_id AS priority_id "
            f"FROM {table} t WHERE t.{column} IN ({{items}})"
        )

    return _union(period, select)


def _every_tag() -> str:
    """Every (kind, item_id, priority_id) tag of news and calls, whenever published: joined with
    rows that already name their items, so no condition on the items is repeated here."""
    return " UNION ALL ".join(
        f"SELECT '{relation}' AS kind, t.{model._meta.model_name}_id AS item_id, "
        f"t.priority_id AS priority_id FROM {model.priorities.through._meta.db_table} t"
        for relation, model in KINDS
    )


def _rows(sql: str, params: list) -> list[tuple]:
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


class _Information:
    """What was published in the period, its priorities and whom it reached, counted by the
    database (issue 16: 100,000 news and calls, hundreds of thousands of digest lines): a fixed
    number of queries returning one row per priority or kind, whatever the network's size."""

    def __init__(self, period: Period):
        links, links_params = _links(period)
        tags, tags_params = _tags(period)
        contacts = OrganisationContact._meta.db_table
        self.published = {relation: _published(model, period).count() for relation, model in KINDS}
        # Items per (kind, priority), and tagged items per kind.
        self.tagged: dict[tuple[str, int], int] = {}
        # An item is tagged with a priority once (the link table is unique): COUNT(*), not DISTINCT.
        for kind, priority_id, count in _rows(
            f"SELECT kind, priority_id, COUNT(*) FROM ({tags}) t GROUP BY kind, priority_id", tags_params
        ):
            self.tagged[(kind, priority_id)] = count
        self.untagged = {
            relation: _published(model, period)
            .exclude(
                Exists(model.priorities.through.objects.filter(**{model._meta.model_name: OuterRef("pk")}))
            )
            .count()
            for relation, model in KINDS
        }
        # Members reached per priority, by the untagged items, and by everything. The digest's
        # items are already those published in the period: their tags are looked up by item (an
        # index), not joined with every tag of the period (issue 16: 100,000 news and calls).
        reach = f"FROM ({links}) l JOIN {contacts} c ON c.user_id = l.user_id"
        every_tag = _every_tag()
        self.members_per_priority = dict(
            _rows(
                f"SELECT t.priority_id, COUNT(DISTINCT c.organisation_id) {reach} "
                f"JOIN ({every_tag}) t ON t.kind = l.kind AND t.item_id = l.item_id GROUP BY t.priority_id",
                links_params,
            )
        )
        ((self.members_untagged,),) = _rows(
            f"SELECT COUNT(DISTINCT c.organisation_id) {reach} WHERE NOT EXISTS "
            f"(SELECT 1 FROM ({every_tag}) t WHERE t.kind = l.kind AND t.item_id = l.item_id)",
            links_params,
        )
        # Per kind and overall: items sent, people reached, members reached.
        self.sent: dict[str, tuple[int, int, int]] = {relation: (0, 0, 0) for relation, _m in KINDS}
        everyone = f"FROM ({links}) l LEFT JOIN {contacts} c ON c.user_id = l.user_id"
        for kind, sent, people, members in _rows(
            f"SELECT l.kind, COUNT(DISTINCT l.item_id), COUNT(DISTINCT l.user_id), "
            f"COUNT(DISTINCT c.organisation_id) {everyone} GROUP BY l.kind",
            links_params,
        ):
            self.sent[kind] = (sent, people, members)
        ((self.people, self.members),) = _rows(
            f"SELECT COUNT(DISTINCT l.user_id), COUNT(DISTINCT c.organisation_id) {everyone}", links_params
        )

    def counts(self, priority_id: int) -> tuple[int, ...]:
        return tuple(self.tagged.get((relation, priority_id), 0) for relation, _model in KINDS)

    @property
    def anything(self) -> bool:
        return any(self.published.values())


@shared_in_pass
def _information(period: Period) -> _Information:
    return _Information(period)


@indicator(
    key="b-information-per-priority",
    area="B",
    title=gettext_lazy("News and calls per priority, and the members they reached"),
    description=gettext_lazy(
        "News and EU calls published in the period, by the strategy priorities they are tagged "
        "with (an item counts under each of them), and the members whose contact persons received "
        "them in the weekly digest."
    ),
    chart=ChartSpec("bar", values=(1, 2, 3)),
)
def information_per_priority(period: Period) -> Table:
    information = _information(period)
    rows = [
        (
            priority.name,
            *information.counts(priority.pk),
            information.members_per_priority.get(priority.pk, 0),
        )
        for priority in priorities_in_order()
    ]
    untagged = tuple(information.untagged[relation] for relation, _model in KINDS)
    if any(untagged):
        rows.append((_("No priority"), *untagged, information.members_untagged))
    published = tuple(information.published[relation] for relation, _model in KINDS)
    return table_or_empty(
        label_and_counts(_("Priority"), _("News"), _("Calls"), _("Members reached")),
        rows,
        (_("All news and calls"), *published, information.members),
        empty=not information.anything,
    )


@indicator(
    key="b-digest-reach",
    area="B",
    title=gettext_lazy("Reach of the weekly digest"),
    description=gettext_lazy(
        "News and calls published in the period: how many were sent in a weekly digest, to how "
        "many people, and how many members those people work for."
    ),
    chart=ChartSpec("bar", values=(3, 4)),
)
def digest_reach(period: Period) -> Table:
    information = _information(period)
    labels = {"news": _("News"), "calls": _("EU calls")}
    rows = [
        (labels[relation], information.published[relation], *information.sent[relation])
        for relation, _model in KINDS
    ]
    return table_or_empty(
        label_and_counts(
            _("Information"), _("Published"), _("Sent in a digest"), _("People reached"), _("Members reached")
        ),
        rows,
        (
            _("All news and calls"),
            sum(information.published.values()),
            sum(row[2] for row in rows),
            information.people,
            information.members,
        ),
        empty=not information.anything,
    )
