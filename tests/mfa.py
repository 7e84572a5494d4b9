"""Second factors in tests: a TOTP authenticator with a known secret, and a client that signs in
as allauth would (password, then the code when the person has an authenticator)."""

import time

from allauth.account.authentication import AUTHENTICATION_METHODS_SESSION_KEY
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP, format_hotp_value, hotp_value
from django.test import Client

# A fixed base32 secret: tests compute the current code from it like an authenticator app.
TEST_TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"


def give_totp(user, secret: str = TEST_TOTP_SECRET) -> Authenticator:
    """The person has set up an authenticator app (idempotent)."""
    existing = Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).first()
    return existing or TOTP.activate(user, secret).instance


TOTP_PERIOD = 30
# A code typed in the last seconds of its 30-second window may reach the server in the next one,
# which refuses it (allauth's tolerance is 0), so a person (and a test) waits for a fresh code.
FRESH_CODE_SECONDS = 5


def totp_code(secret: str = TEST_TOTP_SECRET) -> str:
    """The authenticator's current code, taken at least FRESH_CODE_SECONDS before it expires."""
    left = TOTP_PERIOD - time.time() % TOTP_PERIOD
    if left < FRESH_CODE_SECONDS:
        # Real sleep: under a frozen clock the window does not move and the code stays valid.
        time.sleep(left + 0.05)
    return format_hotp_value(hotp_value(secret, int(time.time()) // TOTP_PERIOD))


class SignInClient(Client):
    """`force_login` as after a full allauth sign-in.

    A staff person (whose role requires a second factor) is signed in as one who has set up an
    authenticator app and typed its code: the authenticator is created if missing, and the
    session records the code. Tests of the enforcement itself use a plain `Client`.
    """

    def force_login(self, user, backend=None):
        super().force_login(user, backend)
        session = self.session
        if signed_in_with_second_factor(session, user):
            session.save()


def signed_in_with_second_factor(session, user) -> bool:
    """Record in a session that a staff person typed their authenticator's code (created if
    missing), as allauth does after the code is checked; False for people who need none."""
    from members.mfa import requires_mfa

    if not requires_mfa(user):
        return False
    authenticator = give_totp(user)
    session[AUTHENTICATION_METHODS_SESSION_KEY] = [
        {"method": "password", "at": time.time(), "email": user.email},
        {"method": "mfa", "at": time.time(), "id": authenticator.pk, "type": authenticator.type},
    ]
    session["account_authentication_methods_user"] = str(user.pk)
    return True
