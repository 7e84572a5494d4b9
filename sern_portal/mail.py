"""E-mails in the recipient's language.

Each e-mail is three templates: ``<name>_subject.txt``, ``<name>.txt`` and ``<name>.html``
(for example ``members/emails/application_submitted``). They are rendered with the recipient's
preferred language active, whatever language the request that caused them was in.

Tasks send with ``send_once``: a retried or duplicated task sends each e-mail at most once.
"""

import logging

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.utils import translation

logger = logging.getLogger(__name__)


def send_to_user(user, template: str, context: dict | None = None, headers: dict | None = None) -> None:
    """Render ``template`` in ``user.language`` and send it to ``user.email``."""
    language = getattr(user, "language", None) or settings.LANGUAGE_CODE
    send_in_language(user.email, language, template, context, headers)


def send_in_language(
    address: str, language: str, template: str, context: dict | None = None, headers: dict | None = None
) -> None:
    context = {"site_url": settings.SITE_URL, **(context or {})}
    with translation.override(language):
        # Subject and text body are plain text: rendered without HTML escaping.
        subject = " ".join(render_to_string(f"{template}_subject.txt", context, using="text").split())
        body = render_to_string(f"{template}.txt", context, using="text")
        html = render_to_string(f"{template}.html", context)
    message = EmailMultiAlternatives(subject=subject, body=body, to=[address], headers=headers)
    message.attach_alternative(html, "text/html")
    message.send()


def send_once(key: str, user, template: str, context: dict | None = None) -> bool:
    """Send ``template`` to ``user`` unless an e-mail with ``key`` was sent; returns whether it was.

    A key names one event and one recipient, e.g. ``partner-invited:<invitation>:<user>``: a task
    run twice (a retry, a redelivered message, two workers at once) sends that e-mail once.
    """
    # Imported here: the model registry must be ready (apps import this module while loading).
    from .models import SentNotification

    if len(key) > SentNotification._meta.get_field("key").max_length:
        raise ValueError(f"E-mail key too long (a cut key could match another e-mail's): {key}")
    # At most once, on purpose: the key is committed in its own transaction *before* the e-mail
    # goes out, so a second run finds it and sends nothing, even if the first is still sending.
    # The price: if sending fails after that commit, the e-mail is lost rather than sent again
    # on a retry. The portal prefers a missing notification (everything in it is also on the
    # site) to duplicates; writing the key in one transaction with the send would resend whenever
    # the mail server took the message but the commit or the reply failed. The failure is logged
    # with its key: deleting that SentNotification row lets a re-run of the task send it.
    # Tasks run after commit, outside any transaction; inside one, the key would only be as
    # durable as that transaction.
    try:
        with transaction.atomic():
            SentNotification.objects.create(key=key)
    except IntegrityError:
        return False
    try:
        send_to_user(user, template, context)
    except Exception:
        logger.exception("E-mail %s was not sent and will not be retried", key)
        raise
    return True
