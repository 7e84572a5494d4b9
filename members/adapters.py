from allauth.account.adapter import DefaultAccountAdapter
from django.utils.translation import get_language

from sern_portal.allauth_site import PortalSiteAdapterMixin


class AccountAdapter(PortalSiteAdapterMixin, DefaultAccountAdapter):
    """Remembers the language a person signed up in, so later e-mails use it."""

    def save_user(self, request, user, form, commit=True):
        user.language = (get_language() or "en")[:2]
        return super().save_user(request, user, form, commit=commit)
