"""Receivers: a second factor set up in a session counts for it; role and second-factor changes
go into the audit trail (members.services.audit)."""

from allauth.mfa import signals as mfa_signals
from django.db.models.signals import post_delete, post_save, pre_save
from django.dispatch import receiver

from .mfa import record_enrolment
from .models import AuditAction, BoardSeat, OrganisationContact, User
from .services.audit import record_audit

# Flags on the person that are roles (the others are facts: a Board seat, a contact of a member).
ROLE_FLAGS = ("is_secretariat", "is_staff", "is_superuser")


@receiver(mfa_signals.authenticator_added)
def second_factor_added(sender, request, user, authenticator, **kwargs) -> None:
    record_enrolment(request, user, authenticator)
    record_audit(user, AuditAction.MFA_ADDED, user, {"type": authenticator.type})


@receiver(mfa_signals.authenticator_removed)
def second_factor_removed(sender, request, user, authenticator, **kwargs) -> None:
    record_audit(
        getattr(request, "user", None) or user, AuditAction.MFA_REMOVED, user, {"type": authenticator.type}
    )


@receiver(mfa_signals.authenticator_reset)
def second_factor_reset(sender, request, user, authenticator, **kwargs) -> None:
    record_audit(user, AuditAction.MFA_RESET, user, {"type": authenticator.type})


@receiver(pre_save, sender=User)
def remember_role_flags(sender, instance: User, update_fields=None, **kwargs) -> None:
    if update_fields is not None and not set(update_fields) & set(ROLE_FLAGS):
        return  # e.g. the last sign-in time: no role can change
    before = User.objects.filter(pk=instance.pk).values(*ROLE_FLAGS).first() if instance.pk else None
    instance._role_flags_before = before or dict.fromkeys(ROLE_FLAGS, False)


@receiver(post_save, sender=User)
def audit_role_flags(sender, instance: User, **kwargs) -> None:
    before = getattr(instance, "_role_flags_before", None)
    if before is None:
        return
    del instance._role_flags_before
    for flag in ROLE_FLAGS:
        now = getattr(instance, flag)
        if bool(before[flag]) != bool(now):
            action = AuditAction.ROLE_GRANTED if now else AuditAction.ROLE_ENDED
            record_audit(None, action, instance, {"role": flag.removeprefix("is_")})


@receiver(pre_save, sender=BoardSeat)
def remember_seat(sender, instance: BoardSeat, **kwargs) -> None:
    instance._seat_before = (
        BoardSeat.objects.filter(pk=instance.pk).values("role", "ended_on").first() if instance.pk else None
    )


def seat_data(seat: BoardSeat) -> dict:
    return {
        "role": f"board_{seat.role}",
        "person": str(seat.user),
        "started_on": str(seat.started_on),
        "ended_on": str(seat.ended_on) if seat.ended_on else None,
    }


@receiver(post_save, sender=BoardSeat)
def audit_seat(sender, instance: BoardSeat, created: bool, **kwargs) -> None:
    before = getattr(instance, "_seat_before", None)
    if created or before is None:
        record_audit(None, AuditAction.ROLE_GRANTED, instance.user, seat_data(instance))
    elif before["ended_on"] is None and instance.ended_on is not None:
        record_audit(None, AuditAction.ROLE_ENDED, instance.user, seat_data(instance))
    elif before["role"] != instance.role or before["ended_on"] != instance.ended_on:
        record_audit(
            None, AuditAction.ROLE_CHANGED, instance.user, seat_data(instance) | {"was": before["role"]}
        )


@receiver(post_delete, sender=BoardSeat)
def audit_seat_removed(sender, instance: BoardSeat, **kwargs) -> None:
    record_audit(None, AuditAction.ROLE_ENDED, instance.user, seat_data(instance) | {"deleted": True})


@receiver(post_save, sender=OrganisationContact)
def audit_contact_added(sender, instance: OrganisationContact, created: bool, **kwargs) -> None:
    if created:
        record_audit(
            None,
            AuditAction.ROLE_GRANTED,
            instance.user,
            {"role": "contact", "organisation": str(instance.organisation)},
        )


@receiver(post_delete, sender=OrganisationContact)
def audit_contact_removed(sender, instance: OrganisationContact, **kwargs) -> None:
    record_audit(
        None,
        AuditAction.ROLE_ENDED,
        instance.user,
        {"role": "contact", "organisation": str(instance.organisation)},
    )
