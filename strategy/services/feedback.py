"""Accessibility feedback: stored, then e-mailed to the secretariat in the background."""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.db import transaction

from outbox.queue import enqueue

from ..models import AccessibilityFeedback

# At most this many messages per hour from one address (people who need to write more can e-mail).
FEEDBACK_PER_HOUR = 5


def allow_feedback(client_address: str) -> bool:
    """Count one message from ``client_address``; False once the hour's allowance is used.

    Side effects: increments a counter in the cache (the address is kept hashed, for an hour).
    """
    digest = hashlib.sha256(f"{settings.SECRET_KEY}:{client_address}".encode()).hexdigest()[:32]
    key = f"a11y-feedback:{digest}"
    cache.add(key, 0, timeout=3600)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=3600)
        count = 1
    return count <= FEEDBACK_PER_HOUR


def receive_feedback(
    *, name: str, email: str, page: str, message: str, language: str
) -> AccessibilityFeedback:
    """Store a message and queue its e-mail to the secretariat.

    Side effects, in order: saves the feedback; queues
    ``strategy.tasks.send_accessibility_feedback(feedback.pk)`` (outbox, after the commit).
    """
    with transaction.atomic():
        feedback = AccessibilityFeedback.objects.create(
            name=name, email=email, page=page, message=message, language=language
        )
        enqueue("strategy.tasks.send_accessibility_feedback", feedback.pk)
    return feedback
