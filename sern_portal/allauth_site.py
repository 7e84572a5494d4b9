"""allauth's e-mails in the portal's name and on its address (not the Sites placeholder)."""

from allauth.core import context as allauth_context
from django.utils.translation import gettext

from .site import current_portal_site, on_portal_address


class PortalSiteAdapterMixin:
    """Mixed into the account adapter: subject prefix, greeting and links follow the settings."""

    def format_email_subject(self, subject: str) -> str:
        return f"[{gettext('SERN Portal')}] {subject}"

    def send_mail(self, template_prefix: str, email: str, context: dict) -> None:
        request = allauth_context.request
        root = request.build_absolute_uri("/") if request is not None else ""
        # Links allauth built from the request's host (activate_url, password_reset_url, …)
        # point at SITE_URL instead, like every other e-mail of the portal.
        context = {
            key: on_portal_address(value, root) if isinstance(value, str) else value
            for key, value in context.items()
        }
        context["current_site"] = current_portal_site()
        super().send_mail(template_prefix, email, context)
