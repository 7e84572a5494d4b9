"""Staff must use a second factor: the secretariat, the Board (and its chair) and admin users.

A staff person signed in without one is sent, from any page but allauth's own (sign-out, the
two-factor set-up, e-mail and password pages), to set it up (no authenticator yet) or to enter a
code (an authenticator, but this session was opened without it: an old session, or one opened
by a way around allauth). What counts is the session's record of how it was authenticated
(allauth writes an "mfa" record when a code or key was checked) *and* a TOTP or WebAuthn
authenticator the person still has; recovery codes alone do not count.

`SERN_STAFF_MFA_REQUIRED` turns this off in development only (see README, "Demo accounts").
"""

from allauth.account.authentication import get_authentication_records
from allauth.account.internal.flows.login import record_authentication
from allauth.mfa.models import Authenticator
from django.conf import settings
from django.contrib import messages
from django.http import HttpRequest, HttpResponseRedirect
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from .rules import is_board_member, is_secretariat

SECOND_FACTORS = (Authenticator.Type.TOTP, Authenticator.Type.WEBAUTHN)
# Views that never show staff data and must stay reachable to set up MFA or sign out.
EXEMPT_VIEW_MODULES = ("allauth.", "django.views.", "sern_portal.health")


def requires_mfa(user) -> bool:
    return bool(
        user.is_authenticated
        and (user.is_staff or user.is_superuser or is_secretariat(user) or is_board_member(user))
    )


def has_second_factor(user) -> bool:
    return Authenticator.objects.filter(user_id=user.pk, type__in=SECOND_FACTORS).exists()


def session_used_second_factor(request: HttpRequest) -> bool:
    return any(record.get("method") == "mfa" for record in get_authentication_records(request, request.user))


def record_enrolment(request: HttpRequest | None, user, authenticator: Authenticator) -> None:
    """Setting up a factor proves it (a code or a key was checked): the session counts as MFA."""
    if request is None or authenticator.type not in SECOND_FACTORS:
        return
    if getattr(request, "user", None) is not None and request.user.pk == user.pk:
        record_authentication(
            request, user, "mfa", id=authenticator.pk, type=authenticator.type, enrolled=True
        )


class StaffMfaMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest):
        return self.get_response(request)

    def process_view(self, request: HttpRequest, view_func, view_args, view_kwargs):
        if not settings.SERN_STAFF_MFA_REQUIRED:
            return None
        module = getattr(view_func, "__module__", "") or ""
        if module.startswith(EXEMPT_VIEW_MODULES):
            return None
        user = request.user
        if not requires_mfa(user) or (session_used_second_factor(request) and has_second_factor(user)):
            return None
        if has_second_factor(user):
            messages.info(request, _("Please confirm it is you with your authenticator code."))
            query = urlencode({"next": request.get_full_path()})
            return HttpResponseRedirect(f"{reverse('mfa_reauthenticate')}?{query}")
        messages.warning(
            request,
            _(
                "Your role in the network gives you access to personal data: set up two-factor "
                "authentication to continue."
            ),
        )
        return HttpResponseRedirect(reverse("mfa_index"))
