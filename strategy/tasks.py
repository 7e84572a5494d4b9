from celery import shared_task

from .figures import store_network_figures


@shared_task(ignore_result=False)
def refresh_network_figures() -> int:
    """Recompute the public figures and store them as a new snapshot; returns its id."""
    return store_network_figures().pk


@shared_task
def send_accessibility_feedback(feedback_id: int) -> int:
    """E-mail a feedback message to every active secretariat person (once each, in their language).

    Without any, to the network's own address in English. Returns how many e-mails went out.
    """
    from django.contrib.auth import get_user_model

    from sern_portal.mail import send_in_language, send_once

    from .models import AccessibilityFeedback, NetworkProfile

    feedback = AccessibilityFeedback.objects.filter(pk=feedback_id).first()
    if feedback is None:
        return 0
    context = {"feedback": feedback}
    template = "strategy/emails/accessibility_feedback"
    people = get_user_model().objects.filter(is_active=True, is_secretariat=True).order_by("pk")
    sent = sum(
        send_once(f"a11y-feedback:{feedback.pk}:{person.pk}", person, template, context) for person in people
    )
    if not people:
        profile = NetworkProfile.objects.current()
        if profile is not None and profile.email:
            send_in_language(profile.email, "en", template, context)
            sent = 1
    return sent
