"""``{% shared_rows %}``: the rows of a list rendered once and shared by every reader (issue 16).

A list page drew each of its twenty rows through an ``{% include %}`` on every view, a third of
the page's time. A row that reads the same for everyone (no per-reader links or forms) is kept
as HTML under a key of its object, the row template, the language, the day and the versions of
the groups whose data it shows (``sern_portal.versions``), so any change shows at once.

Given a queryset not read yet (a page of a list), only the rows' ids are read first; the rows
themselves (with their joins, annotations and prefetches) are read only for those not in the
cache. Reading twenty whole ideas with their priorities to show HTML kept in the cache was half
of the warm ideas list's time (issue 16)."""

from django import template
from django.conf import settings
from django.core.cache import cache
from django.db.models import QuerySet, prefetch_related_objects
from django.utils import timezone
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

from sern_portal import versions

register = template.Library()


@register.simple_tag(takes_context=True)
def shared_rows(
    context,
    objects,
    template_name: str,
    name: str,
    groups: str,
    per: str = "day",
    prefetch: str = "",
    **extra,
) -> SafeString:
    """Each of ``objects`` rendered with ``template_name`` (as ``name``, with ``extra`` in the
    context), read from the cache where it is there; ``groups``: comma-separated version groups;
    ``per``: how long a row may read the same with unchanged data, a "day" (dates compared with
    today) or an "hour" (with deadlines in other time zones); ``prefetch``: comma-separated
    lookups the row template reads, prefetched only for the rows that are not in the cache."""
    row_template = context.template.engine.get_template(template_name)

    def render(obj) -> str:
        with context.push(**{name: obj}, **extra):
            return row_template.render(context)

    def prefetched(rows: list) -> list:
        if prefetch and rows:
            prefetch_related_objects(rows, *prefetch.split(","))
        return rows

    seconds = getattr(settings, "LIST_CACHE_SECONDS", 0)
    if not seconds:
        return mark_safe("".join(render(obj) for obj in prefetched(list(objects))))  # rendered escaped
    lazy = isinstance(objects, QuerySet) and objects._result_cache is None
    ids = list(objects.values_list("pk", flat=True)) if lazy else [obj.pk for obj in objects]
    prefix = ":".join(
        [
            "row",
            template_name,
            get_language() or "",
            f"{timezone.now():%Y%m%d%H}" if per == "hour" else timezone.localdate().isoformat(),
            versions.stamp(groups.split(",")),
            ",".join(f"{key}={value}" for key, value in sorted(extra.items())),
        ]
    )
    keys = {pk: f"{prefix}:{pk}" for pk in ids}
    found = cache.get_many(list(keys.values()))
    missing = [pk for pk in ids if keys[pk] not in found]
    made = {keys[obj.pk]: render(obj) for obj in prefetched(_rows(objects, missing, lazy))}
    if made:
        cache.set_many(made, seconds)
    return mark_safe("".join(found.get(keys[pk]) or made[keys[pk]] for pk in ids))  # rendered escaped


def _rows(objects, pks: list, lazy: bool) -> list:
    """The objects with these ids: read now (the list's query, its page taken off) if ``lazy``."""
    if not pks:
        return []
    if not lazy:
        wanted = set(pks)
        return [obj for obj in objects if obj.pk in wanted]
    rows = objects._chain()
    rows.query.clear_limits()
    return list(rows.filter(pk__in=pks))
