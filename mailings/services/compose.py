"""What one recipient receives: the language, the subject and text, the list headers."""

from dataclasses import dataclass

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from sern_portal.site import absolute_url, site_domain

from ..models import Mailing, MailingList
from .lists import unsubscribe_token

LANGUAGES = [code for code, _name in settings.LANGUAGES]


def written_languages(mailing: Mailing) -> list[str]:
    """The languages the mailing has a subject and a text in, in the portal's order."""
    return [
        code
        for code in LANGUAGES
        if (getattr(mailing, f"subject_{code}", "") or "").strip()
        and (getattr(mailing, f"body_{code}", "") or "").strip()
    ]


def language_for(mailing: Mailing, preferred: str | None) -> str:
    """The recipient's language if the mailing is written in it, else English, else any written."""
    written = written_languages(mailing)
    for code in (preferred, "en", *written):
        if code in written:
            return code
    return preferred or settings.LANGUAGE_CODE


@dataclass(frozen=True)
class Composed:
    language: str
    subject: str
    text: str
    html: str
    headers: dict[str, str]
    unsubscribe_url: str


def unsubscribe_url(user, mailing_list: MailingList, language: str) -> str:
    with translation.override(language):
        path = reverse(
            "mailings:unsubscribe", args=[mailing_list.slug, unsubscribe_token(user, mailing_list)]
        )
    return absolute_url(path)


def compose(mailing: Mailing, user, language: str | None = None) -> Composed:
    """The mailing as ``user`` receives it (``language`` forces one, for the desk's preview).

    On an optional list the message carries RFC 8058 one-click unsubscribe headers
    (``List-Unsubscribe`` with the https link, ``List-Unsubscribe-Post``) and the link in its
    footer; on a legal or governance list it carries neither, and says why.
    """
    language = language or language_for(mailing, getattr(user, "language", None))
    mailing_list = mailing.mailing_list
    headers = {"List-Id": f"<{mailing_list.slug}.{site_domain().split(':')[0]}>"}
    link = ""
    if mailing_list.can_unsubscribe:
        link = unsubscribe_url(user, mailing_list, language)
        headers["List-Unsubscribe"] = f"<{link}>"
        headers["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    with translation.override(language):
        context = {
            "mailing": mailing,
            "subject": getattr(mailing, f"subject_{language}", "") or "",
            "body": getattr(mailing, f"body_{language}", "") or "",
            "list_name": mailing_list.name,
            "unsubscribe_url": link,
            "account_url": absolute_url(reverse("mailings:subscriptions")),
            "site_url": settings.SITE_URL,
            "LANGUAGE_CODE": language,
        }
        text = render_to_string("mailings/emails/mailing.txt", context, using="text")
        html = render_to_string("mailings/emails/mailing.html", context)
    subject = " ".join(context["subject"].split())
    return Composed(language, subject, text, html, headers, link)


def as_email(composed: Composed, address: str, connection=None) -> EmailMultiAlternatives:
    message = EmailMultiAlternatives(
        subject=composed.subject,
        body=composed.text,
        to=[address],
        headers=composed.headers,
        connection=connection,
    )
    message.attach_alternative(composed.html, "text/html")
    return message
