"""Marks the current place in a menu: the page itself, or the section the page belongs to."""

from django import template
from django.utils.safestring import SafeString, mark_safe

register = template.Library()


@register.simple_tag(takes_context=True)
def current(context, url: str, exact: bool = False) -> SafeString | str:
    """` aria-current="page"` on the link to this very page, ` aria-current="true"` on the link
    to the section it lies in (unless `exact`); nothing otherwise."""
    request = context.get("request")
    if request is None or not url:
        return ""
    if request.path == url:
        return mark_safe(' aria-current="page"')
    if not exact and request.path.startswith(url):
        return mark_safe(' aria-current="true"')
    return ""
