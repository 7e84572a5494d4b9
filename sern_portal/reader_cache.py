"""A signed-in reader's page, kept for a few seconds until anything in the portal changes (issue 16).

The main lists and dashboards are read again and again by the same person (back from an idea to
the list, a reload, another tab). Their shared parts are already cached (``sern_portal.versions``)
but drawing the page around them still cost 8–16 ms of a worker's time per request. With
``READER_PAGE_CACHE_SECONDS`` (0 turns it off; the tests' default) the finished page is kept for
the same reader and served again while *all* of these hold, since each is part of the key:

- the same person, in the same session, with the same session contents (what was signed in with,
  a remembered choice) and the same CSRF cookie (the page's forms carry a token made from it);
- the same fields of the person's account (a new name, role flag or language);
- the same address (path and query) and language;
- no change to any row of the portal since (the ``pages`` version group: every model's save,
  delete and many-to-many change bumps it, ``sern_portal.versions``);
- the same slice of ``READER_PAGE_CACHE_SECONDS`` of the clock, so nothing shown is older than
  that with respect to the time ("closes today", a meeting that has started).

Never kept: a request without a CSRF cookie yet, or with messages waiting to be shown, or a
response that adds some; anything but a 200, a streamed file, an htmx fragment, a response that
sets a cookie other than the CSRF cookie's renewal, a method other than GET. The permission
check runs before, on every request: the cache sits behind the permissions layer, not in front.
"""

import hashlib
import json
import time
from collections.abc import Callable
from functools import wraps

from django.conf import settings
from django.contrib import messages
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.template.response import SimpleTemplateResponse
from django.utils.translation import get_language

from . import versions

GROUP = versions.EVERY_APP_GROUP
# Account fields that change at every sign-in or never show: they would only defeat the cache.
_UNSHOWN_FIELDS = frozenset({"last_login", "password"})


def _seconds() -> int:
    return getattr(settings, "READER_PAGE_CACHE_SECONDS", 0)


def _account_fingerprint(user) -> list:
    return [
        getattr(user, field.attname)
        for field in user._meta.concrete_fields
        if field.attname not in _UNSHOWN_FIELDS
    ]


def page_key(request: HttpRequest, seconds: int) -> str | None:
    """The cache key of this request's page for this reader, or None when it must not be cached."""
    user = getattr(request, "user", None)
    if request.method != "GET" or user is None or not user.is_authenticated:
        return None
    if request.headers.get("HX-Request"):
        return None
    if not request.COOKIES.get(settings.CSRF_COOKIE_NAME):
        # The page's forms would carry a token of a secret whose cookie comes with the response
        # that draws it: a kept page, served without that response's cookie, could not be sent.
        return None
    if len(messages.get_messages(request)):  # a message waits to be shown once, on a fresh page
        return None
    session = request.session
    reader = json.dumps(
        [
            session.session_key,
            dict(session.items()),
            request.COOKIES.get(settings.CSRF_COOKIE_NAME, ""),
            _account_fingerprint(user),
            request.get_full_path(),
            get_language(),
            int(time.time() // seconds),
        ],
        sort_keys=True,
        default=str,
    )
    digest = hashlib.blake2b(reader.encode(), digest_size=20).hexdigest()
    return versions.versioned_key(GROUP, "reader-page", digest)


def _keepable(request: HttpRequest, response: HttpResponse) -> bool:
    storage = messages.get_messages(request)
    return (
        response.status_code == 200
        and not response.streaming
        and not getattr(storage, "_queued_messages", None)
        and set(response.cookies) <= {settings.CSRF_COOKIE_NAME}
    )


def serve(request: HttpRequest, produce: Callable[[], HttpResponse]) -> HttpResponse:
    """The reader's kept page, or ``produce()``'s response (kept for next time when it may be).

    Side effects: one cache read per signed-in GET; one cache write per page drawn and kept."""
    seconds = _seconds()
    key = page_key(request, seconds) if seconds else None
    if key is None:
        return produce()
    kept = cache.get(key)
    if kept is not None:
        content, headers = kept
        return HttpResponse(content, headers=headers)
    response = produce()
    if isinstance(response, SimpleTemplateResponse):
        response.render()
    if _keepable(request, response):
        headers = {name: value for name, value in response.items() if name.lower() != "set-cookie"}
        cache.set(key, (response.content, headers), seconds)
    return response


class ReaderPageCacheMixin:
    """For a class-based view: list it *after* ``PermissionRequiredMixin``, so that the
    permission is checked before a kept page is served."""

    def dispatch(self, request, *args, **kwargs):
        return serve(request, lambda: super(ReaderPageCacheMixin, self).dispatch(request, *args, **kwargs))


def reader_page_cache(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """For a function view: apply it *under* ``permission_required`` (closer to the function)."""

    @wraps(view)
    def wrapped(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        return serve(request, lambda: view(request, *args, **kwargs))

    return wrapped
