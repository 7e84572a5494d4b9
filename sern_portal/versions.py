"""Versioned cache keys: shared content is cached until what it shows changes (issue 16).

Each cached group (``GROUPS``) has a version number kept in the cache; every key of the group
includes it (``versioned_key``), so a change anywhere in the group's apps makes every cached
entry of the group unreachable at once (``bump``; the old entries expire on their own). Saves,
deletes and many-to-many changes of the groups' models bump their group through signals
(``connect``), once at the change and once more after its transaction commits, so a page
computed from the uncommitted data in between is never kept.

With the cache unreachable (``sern_portal.cache``) the version reads as 0 and every write is
dropped: pages are computed each time, never stale.
"""

from collections.abc import Callable, Iterable

from django.apps import apps
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save

EVERY_APP_GROUP = "pages"
# The apps whose rows each group shows; models listed in IGNORED change too often (sign-ins) and
# show in none of them.
GROUPS: dict[str, frozenset[str]] = {
    # The public pages: the strategy, its figures, the awards, the fee bands.
    "public": frozenset({"strategy", "members", "projects"}),
    # The evaluation dashboard: every figure of areas A–E.
    "evaluation": frozenset(
        {"billing", "evaluation", "events", "information", "members", "projects", "strategy"}
    ),
    # The Members Area home's sections that are the same for many readers: calls, news, events and
    # the Board's dates (``members.views.area``).
    "members_area": frozenset({"events", "information", "members", "strategy"}),
    # The lists' filter forms: their choices and the names they show (priorities, regions, EU
    # programmes, an organisation's or a call's name), ``sern_portal.filters``.
    "filters": frozenset({"information", "members", "strategy"}),
    # The member directory's matches (``members.views.directory``): the organisations' profiles,
    # their staff's expertise and the priorities' names.
    "directory": frozenset({"members", "strategy"}),
    # The matching overview: suggestions and their reasons (priority and working-group names),
    # open ideas, members (``projects.views.suggestions``).
    "matching": frozenset({"projects", "members", "strategy", "workinggroups"}),
    # The secretariat's fee year: its totals and which invoices are overdue (``billing.views.desk``).
    "billing": frozenset({"billing"}),
    # An idea's page, what it shows every reader: the idea, its lead and accepted partners, its
    # priorities and perspectives, its EU call (``projects.views.ideas.shared_idea_html``).
    "ideas": frozenset({"projects", "members", "strategy", "information"}),
    # A signed-in reader's whole page (``sern_portal.reader_cache``): a change of any app's rows.
    EVERY_APP_GROUP: frozenset(),
}
IGNORED = frozenset({"members.user"})
# Sessions change at every sign-in (a reader's page is keyed by their own session's contents), and
# so does an account's last sign-in (shown nowhere); any other change of an account shows.
IGNORED_BY_EVERY_APP_GROUP = frozenset({"sessions.session"})
SIGN_IN_FIELDS = frozenset({"last_login"})


def _version_key(group: str) -> str:
    return f"versions:{group}"


def version(group: str) -> int:
    """The group's current version (0 until its first change is recorded)."""
    return cache.get(_version_key(group)) or 0


def bump(*groups: str) -> None:
    """Every cached entry of these groups is stale from now on. Side effect: one cache write each."""
    for group in groups:
        try:
            cache.incr(_version_key(group))
        except ValueError:  # no version yet (or evicted): any new number invalidates
            cache.set(_version_key(group), version(group) + 1, timeout=None)


def versioned_key(group: str, *parts: object) -> str:
    """A cache key of the group, valid until the group's next change."""
    return ":".join([group, f"v{version(group)}", *(str(part) for part in parts)])


def cached(groups: Iterable[str], parts: Iterable[object], compute: Callable[[], object], seconds: int):
    """``compute()``, shared through the cache for ``seconds`` or until any of ``groups`` changes.

    The key holds each group's version (read in one round trip) and ``parts``; with ``seconds``
    0 (the tests) or the cache unreachable, ``compute()`` runs every time."""
    if not seconds:
        return compute()
    return cache.get_or_set(
        ":".join(["cached", stamp(groups), *(str(part) for part in parts)]), compute, seconds
    )


def stamp(groups: Iterable[str]) -> str:
    """The groups' versions in one string (one round trip to the cache), for a key valid until
    any of them changes."""
    groups = list(groups)
    found = cache.get_many([_version_key(group) for group in groups])
    return ",".join(f"{group}{found.get(_version_key(group)) or 0}" for group in groups)


# Called (inside the transaction) after each change of a group's models: what keeps a group's
# cached content warm registers here (``on_change``), e.g. the dashboard's refresh.
_LISTENERS: dict[str, list[Callable[[], None]]] = {}


def on_change(group: str, listener: Callable[[], None]) -> None:
    """Call ``listener()`` on every change of the group (once per listener, whatever the app)."""
    listeners = _LISTENERS.setdefault(group, [])
    if listener not in listeners:
        listeners.append(listener)


def groups_of(app_label: str, model_label: str = "", update_fields: Iterable[str] | None = None) -> list[str]:
    label = model_label.lower()
    groups = [] if label in IGNORED else [group for group, apps in GROUPS.items() if app_label in apps]
    signing_in = update_fields is not None and frozenset(update_fields) <= SIGN_IN_FIELDS
    if label not in IGNORED_BY_EVERY_APP_GROUP and not signing_in:
        groups.append(EVERY_APP_GROUP)
    return groups


def record_change(model) -> None:
    """What a save of one of ``model``'s rows does to the cached groups, for writes that send no
    signal (``bulk_create``, ``QuerySet.update``)."""
    _changed(model)


def _changed(sender, **kwargs) -> None:
    if not kwargs.get("action", "post_").startswith("post_"):
        return  # m2m_changed: only after the change
    if kwargs.get("raw"):
        return  # loaddata
    groups = groups_of(sender._meta.app_label, sender._meta.label, kwargs.get("update_fields"))
    if groups:
        bump(*groups)
        transaction.on_commit(lambda: bump(*groups))
        if _is_historical(sender):
            # A data migration: the listeners' own tables (the outbox) may not exist yet, and a
            # fresh ``migrate`` failed on the strategy's seed (``make run`` on a new machine).
            return
        for group in groups:
            for listener in _LISTENERS.get(group, ()):
                listener()


def _is_historical(model) -> bool:
    """A model class rendered from migration state, not the app's own."""
    try:
        return apps.get_model(model._meta.label) is not model
    except LookupError:
        return True


def connect(signals: Iterable = (post_save, post_delete, m2m_changed)) -> None:
    """Bump the groups on every change of their models (called once, from ``SernPortalConfig``)."""
    for number, signal in enumerate(signals):
        signal.connect(_changed, dispatch_uid=f"sern-versions-{number}")
