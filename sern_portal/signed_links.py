"""Links in e-mails that work without signing in: a signed token naming a person (``{"u": id}``
plus whatever else the feature binds), read back with its own salt and a maximum age."""

import datetime

from django.core import signing


class InvalidLink(Exception):
    """A forged or expired token; ``reason`` is "forged" or "expired" (features add their own)."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


def read_person_token(token: str, salt: str, max_age: datetime.timedelta) -> dict:
    """The token's data, whose ``"u"`` is a user id; raises ``InvalidLink``."""
    try:
        data = signing.loads(token, salt=salt, max_age=max_age)
    except signing.SignatureExpired as error:
        raise InvalidLink("expired") from error
    except signing.BadSignature as error:
        raise InvalidLink("forged") from error
    if not isinstance(data, dict) or not isinstance(data.get("u"), int):
        raise InvalidLink("forged")
    return data
