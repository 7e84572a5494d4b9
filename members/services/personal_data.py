"""Personal data: what the portal holds about a person (export), and erasing it (GDPR art. 15-17, 20).

An account is not deleted but anonymised: Board decisions, application histories, fees,
registrations and digests point to it and must stay readable, as "a former contact"; what
identified the person (e-mail, name, password, e-mail addresses, second factors, roles as a
contact, drafts) is removed. Rejected and withdrawn applications lose the people's data they hold
after ``SERN_APPLICATION_RETENTION_DAYS`` (``apply_application_retention``, a daily task).
"""

import datetime
import re
from typing import Any

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from django.conf import settings
from django.db import transaction
from django.db.models import Max
from django.forms.models import model_to_dict
from django.utils import timezone

from ..models import (
    ApplicationEvent,
    ApplicationState,
    AuditAction,
    BoardPosition,
    BoardSeat,
    ErasureKind,
    ErasureRecord,
    MembershipApplication,
    OrganisationContact,
    User,
)
from .audit import record_audit

S = ApplicationState
# Under review: the applicant withdraws first, so that nothing is decided about nobody.
UNDER_REVIEW = {S.SUBMITTED, S.MORE_INFORMATION_REQUESTED, S.AMENDED, S.READY, S.DEFERRED}
RETAINED_STATES = {S.REJECTED, S.WITHDRAWN}
USER_FIELDS = [
    "email",
    "name",
    "language",
    "receives_weekly_digest",
    "is_secretariat",
    "date_joined",
    "last_login",
]


def rows(queryset, fields: list[str]) -> list[dict[str, Any]]:
    return [model_to_dict(row, fields=fields) | {"id": row.pk} for row in queryset]


def export_personal_data(user: User) -> dict[str, Any]:
    """Everything the portal holds about ``user``, as JSON-ready data (dates and decimals aside)."""
    from events.models import Registration
    from information.models import DigestSend

    applications = []
    for application in MembershipApplication.objects.filter(applicant=user).prefetch_related(
        "contacts", "events"
    ):
        data = model_to_dict(application, exclude=["signed_form", "priorities", "applicant"])
        data["signed_form"] = bool(application.signed_form)
        data["priorities"] = list(application.priorities.values_list("code", flat=True))
        data["contacts"] = rows(application.contacts.all(), ["name", "email", "job_title"])
        data["history"] = rows(application.events.all(), ["from_state", "to_state", "comment", "created_at"])
        applications.append(data)
    return {
        "exported_at": timezone.now(),
        "account": model_to_dict(user, fields=USER_FIELDS) | {"id": user.pk},
        "email_addresses": rows(EmailAddress.objects.filter(user=user), ["email", "verified", "primary"]),
        "two_factor_methods": list(Authenticator.objects.filter(user=user).values_list("type", flat=True)),
        "contact_of_organisations": [
            {"organisation": c.organisation.name, "job_title": c.job_title, "is_primary": c.is_primary}
            for c in OrganisationContact.objects.filter(user=user).select_related("organisation")
        ],
        "board_seats": rows(BoardSeat.objects.filter(user=user), ["role", "started_on", "ended_on"]),
        "applications": applications,
        "application_events_by_me": rows(
            ApplicationEvent.objects.filter(actor=user), ["application", "from_state", "to_state", "comment"]
        ),
        "board_positions": rows(
            BoardPosition.objects.filter(board_member=user),
            ["application", "position", "comment", "recorded_at"],
        ),
        "event_registrations": rows(
            Registration.objects.filter(user=user), ["event", "status", "registered_at", "attended"]
        ),
        "weekly_digests_received": list(
            DigestSend.objects.filter(user=user).values_list("sent_at", flat=True)
        ),
    }


class ErasureRefused(Exception):
    pass


def log_erasure(kind: str, subject_id: int, by: User | None, summary: dict[str, int]) -> ErasureRecord:
    """The one place erasures are recorded (append-only), and shown on the secretariat's audit page.

    The audit entry names the subject by its number only: what was erased is gone, by design."""
    record_audit(by, AuditAction.ERASURE, f"{ErasureKind(kind).label} #{subject_id}", {"summary": summary})
    return ErasureRecord.objects.create(kind=kind, subject_id=subject_id, by=by, summary=summary)


def erase_application_personal_data(application: MembershipApplication, by: User | None) -> None:
    """The people in a rejected or withdrawn application: representative, contacts, letter, form.

    The organisation's name, kind, country and the decision with its history stay.
    """
    contacts, _ = application.contacts.all().delete()
    if application.signed_form:
        application.signed_form.delete(save=False)
    MembershipApplication.objects.filter(pk=application.pk).update(
        legal_representative_name="",
        legal_representative_role="",
        legal_representative_email="",
        presentation_letter="",
        address="",
        signed_form="",
        personal_data_erased_at=timezone.now(),
    )
    log_erasure(ErasureKind.APPLICATION, application.pk, by, {"contact persons": contacts})


@transaction.atomic
def erase_account(user: User, by: User | None) -> ErasureRecord:
    """Erase ``user``'s personal data; what others decided or paid stays, as "a former contact".

    Side effects, in order: refuse while one of the person's applications is under review; lock
    the account; delete the person's drafts; erase the personal data of their rejected and
    withdrawn applications; remove e-mail addresses, second factors and the contact roles; replace
    the person's addresses in their mailing send-log rows (a server's error or bounce report
    quotes them) by the erased placeholder; blank the account (unusable password, so every session
    ends; inactive; no digest); log the erasure.
    """
    if MembershipApplication.objects.filter(applicant=user, state__in=UNDER_REVIEW).exists():
        raise ErasureRefused("under review")
    user = User.objects.select_for_update().get(pk=user.pk)
    drafts = MembershipApplication.objects.filter(applicant=user, state=S.DRAFT, events__isnull=True)
    for draft in drafts:
        if draft.signed_form:
            draft.signed_form.delete(save=False)
    summary = {"drafts": drafts.count()}
    drafts.delete()
    retained = MembershipApplication.objects.filter(
        applicant=user, state__in=RETAINED_STATES, personal_data_erased_at__isnull=True
    )
    for application in retained:
        erase_application_personal_data(application, by)
    summary["applications anonymised"] = len(retained)
    placeholder = f"erased-{user.pk}@erased.invalid"
    addresses = {user.email, *EmailAddress.objects.filter(user=user).values_list("email", flat=True)}
    summary["mailing log rows"] = _erase_from_mailing_log(user, addresses, placeholder)
    summary["e-mail addresses"], _ = EmailAddress.objects.filter(user=user).delete()
    summary["second factors"], _ = Authenticator.objects.filter(user=user).delete()
    summary["contact roles"], _ = OrganisationContact.objects.filter(user=user).delete()
    user.email = placeholder
    user.name = ""
    user.set_unusable_password()
    user.is_active = user.is_staff = user.is_superuser = user.is_secretariat = False
    user.receives_weekly_digest = False
    user.erased_at = timezone.now()
    user.save()
    user.groups.clear()
    user.user_permissions.clear()
    return log_erasure(ErasureKind.ACCOUNT, user.pk, by, summary)


def _erase_from_mailing_log(user: User, addresses: set[str], placeholder: str) -> int:
    """Replace ``addresses`` by ``placeholder`` in the error and bounce texts of ``user``'s mailing
    deliveries (the log shows the recipient's current address, the placeholder once erased).
    Returns how many rows changed."""
    from mailings.models import MailingDelivery  # the mailings app builds on members: no cycle at import

    pattern = re.compile("|".join(re.escape(a) for a in sorted(addresses, key=len, reverse=True) if a), re.I)
    changed = 0
    for pk, error in (
        MailingDelivery.objects.filter(recipient=user).exclude(error="").values_list("pk", "error")
    ):
        cleaned = pattern.sub(placeholder, error)
        if cleaned != error:
            changed += MailingDelivery.objects.filter(pk=pk).update(error=cleaned[:500])
    return changed


def applications_past_retention(now: datetime.datetime | None = None):
    """Rejected and withdrawn applications whose last change is older than the retention period."""
    cutoff = (now or timezone.now()) - datetime.timedelta(days=settings.SERN_APPLICATION_RETENTION_DAYS)
    return (
        MembershipApplication.objects.filter(state__in=RETAINED_STATES, personal_data_erased_at__isnull=True)
        .annotate(last_change=Max("events__created_at"))
        .filter(last_change__lt=cutoff)
    )


def apply_application_retention(now: datetime.datetime | None = None) -> int:
    """Erase the personal data of every application past retention; returns how many."""
    count = 0
    for application in applications_past_retention(now):
        with transaction.atomic():
            erase_application_personal_data(application, by=None)
        count += 1
    return count
