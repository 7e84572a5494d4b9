"""Receivers: a second factor set up in a session counts for it; MFA and role changes are audited."""

from allauth.mfa import signals as mfa_signals
from django.dispatch import receiver

from .mfa import record_enrolment


@receiver(mfa_signals.authenticator_added)
def second_factor_added(sender, request, user, authenticator, **kwargs) -> None:
    record_enrolment(request, user, authenticator)
