from allauth.account.adapter import DefaultAccountAdapter
from django.urls import translate_url
from django.utils.translation import get_language


class AccountAdapter(DefaultAccountAdapter):
    """Remembers the language a person signed up in, so later e-mails use it; signing in lands in it."""

    def save_user(self, request, user, form, commit=True):
        user.language = (get_language() or "en")[:2]
        return super().save_user(request, user, form, commit=commit)

    def get_login_redirect_url(self, request):
        """Where signing in leads, in the person's own language (whatever page they signed in on)."""
        url = super().get_login_redirect_url(request)
        language = getattr(request.user, "language", "")
        return translate_url(url, language) if language else url
