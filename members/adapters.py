from allauth.account.adapter import DefaultAccountAdapter
from allauth.core.internal.ratelimit import get_ip
from django.urls import translate_url
from django.utils.translation import get_language

from sern_portal.allauth_site import PortalSiteAdapterMixin


class AccountAdapter(PortalSiteAdapterMixin, DefaultAccountAdapter):
    """Remembers the language a person signed up in, so later e-mails use it; signing in lands in it."""

    def save_user(self, request, user, form, commit=True):
        user.language = (get_language() or "en")[:2]
        return super().save_user(request, user, form, commit=commit)

    def _get_login_attempts_cache_key(self, request, **credentials) -> str:
        """Failed sign-ins are counted per account *and client address*: throttle, don't lock.

        allauth counts them per account alone, so five wrong passwords typed by anybody, anywhere,
        would keep the chair out for five minutes, again and again. Keyed on the address too, a
        guesser slows down only themselves; the per-address limit (`login_failed`, 10 a minute)
        still bounds how fast one client can guess. The client's address is the real one behind
        the trusted proxies (`TRUSTED_PROXY_COUNT`).
        """
        return f"{super()._get_login_attempts_cache_key(request, **credentials)}:{get_ip(request)}"

    def get_login_redirect_url(self, request):
        """Where signing in leads, in the person's own language (whatever page they signed in on)."""
        url = super().get_login_redirect_url(request)
        language = getattr(request.user, "language", "")
        return translate_url(url, language) if language else url
