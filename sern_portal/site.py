"""The portal's own name and address, wherever something leaves the site.

E-mails, feeds, calendars and PDFs are read away from the page that caused them, so they use
``settings.SITE_URL`` (the address the README asks operators to set) and the portal's name, never
the host of whichever request happened to trigger them nor django.contrib.sites' default
placeholder domain. The Sites record, which allauth and Django's feeds consult, is kept equal to the
settings after every ``migrate`` (see ``sync_site_record``).
"""

from dataclasses import dataclass
from urllib.parse import urlsplit

from django.conf import settings
from django.utils.translation import gettext

# Not translated here: the Sites record holds one name for every language. Pages and e-mails
# show the translated name through ``portal_name()``.
PORTAL_NAME = "SERN Portal"


def portal_name() -> str:
    """The portal's name in the active language ("SERN-portalen", "Portale SERN")."""
    return gettext("SERN Portal")


def site_domain() -> str:
    """The host (and port, if any) of ``SITE_URL``: ``portal.sern.eu``."""
    return urlsplit(settings.SITE_URL).netloc


def absolute_url(path: str) -> str:
    """``path`` (as ``reverse()`` or ``get_absolute_url()`` give it) on the portal's address."""
    if path.startswith(("http://", "https://")):
        return path
    return settings.SITE_URL + ("" if path.startswith("/") else "/") + path


def on_portal_address(url: str, request_root: str) -> str:
    """``url`` built from a request (``request_root`` is its ``http://host/``) moved to SITE_URL."""
    if request_root and url.startswith(request_root):
        return absolute_url("/" + url[len(request_root) :])
    return url


@dataclass(frozen=True)
class PortalSite:
    """Stands in for a Sites record in templates (``current_site.name``, ``.domain``)."""

    name: str
    domain: str


def current_portal_site() -> PortalSite:
    return PortalSite(name=portal_name(), domain=site_domain())


def sync_site_record(using: str = "default", **kwargs) -> None:
    """post_migrate: make the Sites record say what the settings say (not Django's placeholder)."""
    from django.contrib.sites.models import Site

    Site.objects.using(using).update_or_create(
        pk=settings.SITE_ID, defaults={"domain": site_domain(), "name": PORTAL_NAME}
    )
    Site.objects.clear_cache()
