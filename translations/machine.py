"""Machine-translation backends, chosen by ``SERN_MACHINE_TRANSLATION``.

- ``none`` (the default): no service; asking for a machine draft is refused with a clear message.
- ``libretranslate``: LibreTranslate's HTTP API, synchronous (``POST /translate``).
- ``etranslation``: the European Commission's eTranslation, asynchronous: the request names a
  callback URL carrying a signed per-request token; eTranslation later POSTs the result there
  (``translations.views.callback``).

A backend's ``translate`` returns the text (synchronous) or ``None`` (the answer comes later), and
raises ``MachineTranslationError`` with a message a person can act on: nothing is stored then.
"""

import contextlib
import json
import socket
import urllib.error
import urllib.request
from dataclasses import dataclass

from django.conf import settings
from django.utils.translation import gettext as _


class MachineTranslationError(Exception):
    """The service could not translate: the message says why, for the secretariat."""


@dataclass(frozen=True)
class TranslationRequest:
    text: str
    source: str
    target: str
    # For asynchronous services: where to send the answer (an absolute URL with its token).
    callback_url: str = ""
    reference: str = ""


class NoMachineTranslation:
    name = "none"

    def translate(self, request: TranslationRequest) -> str | None:
        raise MachineTranslationError(_("No machine translation service is configured."))


def _post(url: str, body: bytes, headers: dict[str, str], opener=None) -> bytes:
    """POST and return the body; every failure becomes a MachineTranslationError."""
    request = urllib.request.Request(url, data=body, headers=headers, method="POST")
    timeout = settings.SERN_MACHINE_TRANSLATION_TIMEOUT
    try:
        with (opener or urllib.request.build_opener()).open(request, timeout=timeout) as response:
            return response.read()
    except urllib.error.HTTPError as error:
        detail = error.read()[:300].decode("utf-8", "replace")
        with contextlib.suppress(ValueError, AttributeError):
            detail = json.loads(detail).get("error", detail)
        raise MachineTranslationError(
            _("The translation service answered with error %(status)s: %(detail)s")
            % {"status": error.code, "detail": detail}
        ) from None
    except TimeoutError:
        raise MachineTranslationError(
            _("The translation service did not answer within %(seconds)s seconds.") % {"seconds": timeout}
        ) from None
    except (urllib.error.URLError, OSError) as error:
        reason = getattr(error, "reason", error)
        if isinstance(reason, (TimeoutError, socket.timeout)):
            raise MachineTranslationError(
                _("The translation service did not answer within %(seconds)s seconds.") % {"seconds": timeout}
            ) from None
        raise MachineTranslationError(
            _("The translation service cannot be reached: %(reason)s") % {"reason": reason}
        ) from None


class LibreTranslate:
    name = "libretranslate"

    def __init__(self, url: str, api_key: str = ""):
        self.url = url.rstrip("/") + "/translate"
        self.api_key = api_key

    def translate(self, request: TranslationRequest) -> str | None:
        payload = {"q": request.text, "source": request.source, "target": request.target, "format": "text"}
        if self.api_key:
            payload["api_key"] = self.api_key
        body = _post(
            self.url,
            json.dumps(payload).encode(),
            {"Content-Type": "application/json", "Accept": "application/json"},
        )
        try:
            text = json.loads(body)["translatedText"]
        except (ValueError, KeyError, TypeError):
            raise MachineTranslationError(
                _("The translation service gave an answer the portal cannot read.")
            ) from None
        if not isinstance(text, str) or not text.strip():
            raise MachineTranslationError(_("The translation service gave an empty translation."))
        return text


class ETranslation:
    """eTranslation's REST interface (``/etranslation/si/translate``), HTTP Digest authentication.

    The answer to the request is a number: the request id (positive) or an error code
    (negative). The translation itself is POSTed later to ``requesterCallback`` (form fields
    ``request-id``, ``target-language``, ``translated-text``, ``external-reference``), an error to
    ``errorCallback`` (``error-code``, ``error-message``).
    """

    name = "etranslation"

    def __init__(self, url: str, application: str, password: str, username: str = ""):
        self.url = url
        self.application = application
        self.password = password
        self.username = username or application

    def translate(self, request: TranslationRequest) -> str | None:
        payload = {
            "sourceLanguage": request.source.upper(),
            "targetLanguages": [request.target.upper()],
            "callerInformation": {"application": self.application, "username": self.username},
            "textToTranslate": request.text,
            "requesterCallback": request.callback_url,
            "errorCallback": request.callback_url,
            "externalReference": request.reference,
        }
        passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
        passwords.add_password(None, self.url, self.application, self.password)
        opener = urllib.request.build_opener(urllib.request.HTTPDigestAuthHandler(passwords))
        body = _post(self.url, json.dumps(payload).encode(), {"Content-Type": "application/json"}, opener)
        try:
            request_id = int(body.decode().strip().strip('"'))
        except ValueError:
            raise MachineTranslationError(
                _("The translation service gave an answer the portal cannot read.")
            ) from None
        if request_id < 0:
            raise MachineTranslationError(
                _("The translation service refused the request (error %(code)s).") % {"code": request_id}
            )
        return None


def get_backend():
    choice = settings.SERN_MACHINE_TRANSLATION
    if choice == "libretranslate":
        return LibreTranslate(settings.SERN_LIBRETRANSLATE_URL, settings.SERN_LIBRETRANSLATE_API_KEY or "")
    if choice == "etranslation":
        return ETranslation(
            settings.SERN_ETRANSLATION_URL,
            settings.SERN_ETRANSLATION_APPLICATION,
            settings.SERN_ETRANSLATION_PASSWORD,
            settings.SERN_ETRANSLATION_USERNAME or "",
        )
    return NoMachineTranslation()
