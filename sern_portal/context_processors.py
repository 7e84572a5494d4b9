from django.conf import settings
from django.http import HttpRequest
from django.urls import NoReverseMatch, reverse, translate_url
from django.utils.translation import get_language_info, override


def same_page_in(request: HttpRequest, language: str) -> str:
    """The URL of the request's page in another language (with its query).

    What ``translate_url`` does, from the match the request was resolved with: resolving the
    path again for each language took three resolutions per page, each walking the URL patterns
    that do not match (issue 16)."""
    match = getattr(request, "resolver_match", None)
    if match is None:  # a page that does not exist (404): nothing to resolve or translate
        return _missing_page_in(request, language)
    if not match.url_name:
        return translate_url(request.get_full_path(), language)
    name = f"{match.namespace}:{match.url_name}" if match.namespace else match.url_name
    with override(language):
        try:
            url = reverse(name, args=match.args, kwargs=match.kwargs)
        except NoReverseMatch:
            return request.get_full_path()
    query = request.META.get("QUERY_STRING", "")
    return f"{url}?{query}" if query else url


def _missing_page_in(request: HttpRequest, language: str) -> str:
    """A missing page's address under another language's prefix, where its "not found" reads in
    that language; without a prefix, that language's home page. ``translate_url`` gives back the
    address unchanged when it does not resolve, so every link stayed in the page's language."""
    first, _slash, rest = request.path.lstrip("/").partition("/")
    if first not in dict(settings.LANGUAGES):
        with override(language):
            return reverse("home")
    query = request.META.get("QUERY_STRING", "")
    url = f"/{language}/{rest}"
    return f"{url}?{query}" if query else url


def portal(request: HttpRequest) -> dict:
    """The language switcher's links (same page in each language) and the network's profile
    (in every page's footer: shared through the cache until a public page's data changes)."""
    from strategy.models import NetworkProfile

    from . import versions

    return {
        "language_links": [
            {"code": code, "name": get_language_info(code)["name_local"], "url": same_page_in(request, code)}
            for code, _name in settings.LANGUAGES
        ],
        "network": versions.cached(
            ("public",),
            ("network-profile",),
            NetworkProfile.objects.current,
            getattr(settings, "PUBLIC_CACHE_SECONDS", 0),
        ),
    }
