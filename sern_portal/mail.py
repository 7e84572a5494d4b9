"""E-mails in the recipient's language.

Each e-mail is three templates: ``<name>_subject.txt``, ``<name>.txt`` and ``<name>.html``
(for example ``members/emails/application_submitted``). They are rendered with the recipient's
preferred language active, whatever language the request that caused them was in.
"""

from collections.abc import Iterable

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import translation


def send_to_user(user, template: str, context: dict | None = None) -> None:
    """Render ``template`` in ``user.language`` and send it to ``user.email``."""
    send_in_language(user.email, getattr(user, "language", None) or settings.LANGUAGE_CODE, template, context)


def send_to_users(users: Iterable, template: str, context: dict | None = None) -> int:
    count = 0
    for user in users:
        send_to_user(user, template, context)
        count += 1
    return count


def send_in_language(address: str, language: str, template: str, context: dict | None = None) -> None:
    context = {"site_url": settings.SITE_URL, **(context or {})}
    with translation.override(language):
        subject = " ".join(render_to_string(f"{template}_subject.txt", context).split())
        body = render_to_string(f"{template}.txt", context)
        html = render_to_string(f"{template}.html", context)
    message = EmailMultiAlternatives(subject=subject, body=body, to=[address])
    message.attach_alternative(html, "text/html")
    message.send()
