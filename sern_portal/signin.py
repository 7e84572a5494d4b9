"""Every sign-in goes through allauth, so its second factor and rate limits apply to everybody.

Django's admin has its own login form that asks for a password alone: it would open a session
for a person whose account requires a one-time code, and it has no rate limit. Its URL is taken
over here and sends the visitor to allauth's sign-in, coming back to where they were going.
"""

from urllib.parse import urlencode

from django.conf import settings
from django.http import HttpRequest, HttpResponseRedirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme

from .permissions import permission_required


@permission_required("sern_portal.sign_in")
def admin_login(request: HttpRequest) -> HttpResponseRedirect:
    """`/admin/login/` → the portal's sign-in with `next` (the admin's index unless given)."""
    next_url = request.GET.get("next") or request.POST.get("next") or f"/{settings.ADMIN_URL_PREFIX}"
    if not url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        next_url = f"/{settings.ADMIN_URL_PREFIX}"
    return HttpResponseRedirect(f"{reverse('account_login')}?{urlencode({'next': next_url})}")
