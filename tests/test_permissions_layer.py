"""Every portal view declares a permission of the one permissions layer."""

from django.urls import URLPattern, URLResolver, get_resolver

from sern_portal.permissions import declared_permission

# Third-party views with their own access control (allauth enforces sign-in itself; the admin
# requires staff) and Django's static/i18n helpers.
EXTERNAL_NAMESPACES_AND_PREFIXES = ("admin", "accounts/", "mfa", "i18n")


def walk(patterns, prefix=""):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            yield from walk(pattern.url_patterns, prefix + str(pattern.pattern))
        elif isinstance(pattern, URLPattern):
            yield prefix + str(pattern.pattern), pattern.callback


def test_every_portal_view_declares_a_permission():
    missing = []
    for route, view in walk(get_resolver().url_patterns):
        if any(part in route for part in EXTERNAL_NAMESPACES_AND_PREFIXES):
            continue
        if view.__module__.split(".")[0] in {"django", "allauth"}:
            continue
        if not declared_permission(view):
            missing.append((route, view.__module__))
    assert not missing, f"Views without a declared permission: {missing}"


def test_the_walk_finds_the_portal_views():
    modules = {view.__module__ for _route, view in walk(get_resolver().url_patterns)}
    assert "strategy.views" in modules
    assert any(module.startswith("members.views") for module in modules)
