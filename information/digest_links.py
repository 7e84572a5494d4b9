"""The weekly digest's one-click "stop" link (RFC 8058): a signed token naming the person, so
that the link works without signing in and cannot be made for anybody else."""

import datetime

from django.conf import settings
from django.core import signing
from django.urls import reverse
from django.utils import translation

from sern_portal.signed_links import read_person_token

# Its own salt: a token signed for anything else (a mailing list's unsubscribe link included)
# does not stop a digest, even with the same SECRET_KEY.
DIGEST_STOP_SALT = "information.digest-stop"
# As the mailing lists' links: works for a mail read weeks later, not for a leaked old one.
DIGEST_STOP_MAX_AGE = datetime.timedelta(days=180)


def digest_stop_token(user) -> str:
    return signing.dumps({"u": user.pk}, salt=DIGEST_STOP_SALT)


def read_digest_stop_token(token: str) -> int:
    """The user id the token names; raises ``sern_portal.signed_links.InvalidLink``."""
    return read_person_token(token, DIGEST_STOP_SALT, DIGEST_STOP_MAX_AGE)["u"]


def digest_stop_url(user) -> str:
    """The absolute link, in the person's language."""
    with translation.override(user.language or settings.LANGUAGE_CODE):
        return settings.SITE_URL + reverse("digest_stop", args=[digest_stop_token(user)])
