"""Error pages (400, 403, 404, 500) in the site's layout and the visitor's language, with a way on.

400, 403 and 404 are rendered with the usual context processors. 500 is rendered without them and
without the user: the database may be what failed, so nothing on that page may touch it (a test
renders it with the database blocked).
"""

from django.conf import settings
from django.http import (
    HttpRequest,
    HttpResponse,
    HttpResponseBadRequest,
    HttpResponseForbidden,
    HttpResponseNotFound,
    HttpResponseServerError,
)
from django.template import loader
from django.urls import translate_url
from django.utils.translation import get_language_info
from django.views.decorators.csrf import requires_csrf_token


def _language_links(request: HttpRequest) -> list[dict]:
    """The language switcher's links, computed without the database (see context_processors)."""
    path = request.get_full_path()
    return [
        {"code": code, "name": get_language_info(code)["name_local"], "url": translate_url(path, code)}
        for code, _name in settings.LANGUAGES
    ]


@requires_csrf_token
def bad_request(request: HttpRequest, exception=None) -> HttpResponse:
    return HttpResponseBadRequest(loader.render_to_string("400.html", {}, request))


@requires_csrf_token
def permission_denied(request: HttpRequest, exception=None) -> HttpResponse:
    """403 that says why and where to go: sign in, the person's application, or the home page."""
    context = {}
    user = request.user
    if user.is_authenticated and not user.has_perm("members.view_members_area"):
        # Someone who applied but is not (yet) a member: tell them where their application stands.
        context["application"] = user.applications.order_by("-created_at", "-pk").first()
    return HttpResponseForbidden(loader.render_to_string("403.html", context, request))


@requires_csrf_token
def page_not_found(request: HttpRequest, exception=None) -> HttpResponse:
    context = {"show_sign_in": not request.user.is_authenticated}
    return HttpResponseNotFound(loader.render_to_string("404.html", context, request))


def server_error(request: HttpRequest) -> HttpResponse:
    # No request passed to the template: context processors (and the lazy user) read the
    # database, which may be down. The language is the request's, activated by LocaleMiddleware.
    try:
        links = _language_links(request)
    except Exception:  # a broken URL must not turn the error page into another error
        links = []
    html = loader.render_to_string("500.html", {"language_links": links, "error_page": True})
    return HttpResponseServerError(html)
