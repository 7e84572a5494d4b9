"""B. Relevance of information activities to the priority areas.

Available: news and EU calls published per priority, and the members they reached through the
weekly digest (``information.DigestSend`` records what each person was sent). Page views of news
and calls are not recorded by the portal, so they are not counted.
"""

from collections import defaultdict

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from evaluation.period import Period
from information.models import DigestSend, EuCall, NewsItem
from members.models import OrganisationContact

from .common import during, priorities_in_order, shared_in_pass, table_or_empty
from .registry import ChartSpec, indicator
from .tables import Table, Value, label_and_counts

# (digest relation, model): the two kinds of information the digest carries and the portal counts.
KINDS = [("news", NewsItem), ("calls", EuCall)]


def _published(model, period: Period):
    """Items published in the period (and already shown: a future date is not published yet)."""
    return model.objects.filter(during("published_at", period), published_at__lte=timezone.now())


def _tags(model, items) -> dict[int, set[int]]:
    """The priorities of each item."""
    field = f"{model._meta.model_name}_id"
    tags: dict[int, set[int]] = defaultdict(set)
    links = model.priorities.through.objects.filter(**{f"{field}__in": items.values("pk")})
    for item_id, priority_id in links.values_list(field, "priority_id"):
        tags[item_id].add(priority_id)
    return tags


def _recipients(relation: str, model, items) -> dict[int, set[int]]:
    """The people each item was sent to in a weekly digest."""
    field = f"{model._meta.model_name}_id"
    sent: dict[int, set[int]] = defaultdict(set)
    links = getattr(DigestSend, relation).through.objects.filter(**{f"{field}__in": items.values("pk")})
    for item_id, user_id in links.values_list(field, "digestsend__user_id"):
        sent[item_id].add(user_id)
    return sent


def _organisations_of(users: set[int]) -> dict[int, set[int]]:
    organisations: dict[int, set[int]] = defaultdict(set)
    contacts = OrganisationContact.objects.filter(user_id__in=list(users))
    for user_id, organisation_id in contacts.values_list("user_id", "organisation_id"):
        organisations[user_id].add(organisation_id)
    return organisations


class _Information:
    """What was published in the period, its priorities and who received it: one query each."""

    def __init__(self, period: Period):
        self.ids: dict[str, list[int]] = {}
        self.tags: dict[str, dict[int, set[int]]] = {}
        self.sent: dict[str, dict[int, set[int]]] = {}
        for relation, model in KINDS:
            items = _published(model, period)
            self.ids[relation] = list(items.values_list("pk", flat=True))
            self.tags[relation] = _tags(model, items)
            self.sent[relation] = _recipients(relation, model, items)
        self.people = {user for sent in self.sent.values() for users in sent.values() for user in users}
        self.organisations = _organisations_of(self.people)

    def items(self, priority_id: int | None = None, *, untagged: bool = False) -> list[tuple[str, int]]:
        return [
            (relation, pk)
            for relation, _model in KINDS
            for pk in self.ids[relation]
            if (not untagged and priority_id is None)
            or (untagged and not self.tags[relation][pk])
            or (priority_id is not None and priority_id in self.tags[relation][pk])
        ]

    def counts(self, items: list[tuple[str, int]]) -> tuple[int, ...]:
        return tuple(sum(1 for relation, _pk in items if relation == kind) for kind, _model in KINDS)

    def people_reached(self, items: list[tuple[str, int]]) -> set[int]:
        return {user for relation, pk in items for user in self.sent[relation][pk]}

    def members_reached(self, items: list[tuple[str, int]]) -> int:
        return len({org for user in self.people_reached(items) for org in self.organisations[user]})


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

    def reached(label: str, items: list[tuple[str, int]]) -> tuple[Value, ...]:
        return label, *information.counts(items), information.members_reached(items)

    rows = [reached(priority.name, information.items(priority.pk)) for priority in priorities_in_order()]
    untagged = information.items(untagged=True)
    if untagged:
        rows.append(reached(_("No priority"), untagged))
    everything = information.items()
    return table_or_empty(
        label_and_counts(_("Priority"), _("News"), _("Calls"), _("Members reached")),
        rows,
        reached(_("All news and calls"), everything),
        empty=not everything,
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
    rows = []
    for relation, _model in KINDS:
        items = [(relation, pk) for pk in information.ids[relation]]
        rows.append(
            (
                labels[relation],
                len(items),
                sum(1 for _relation, pk in items if information.sent[relation][pk]),
                len(information.people_reached(items)),
                information.members_reached(items),
            )
        )
    everything = information.items()
    return table_or_empty(
        label_and_counts(
            _("Information"), _("Published"), _("Sent in a digest"), _("People reached"), _("Members reached")
        ),
        rows,
        (
            _("All news and calls"),
            len(everything),
            sum(row[2] for row in rows),
            len(information.people),
            information.members_reached(everything),
        ),
        empty=not everything,
    )
