"""People check translations; machines draft them (in a background task)."""

import datetime
import secrets

from django.conf import settings
from django.core import signing
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from outbox.queue import enqueue

from ..machine import MachineTranslationError, TranslationRequest, get_backend
from ..models import FieldTranslation, TranslationState
from ..registry import source_hash, source_language

S = TranslationState
CALLBACK_SALT = "translations.machine-callback"
# A machine request without an answer after this long may be asked again (a lost callback).
PENDING_FOR = datetime.timedelta(hours=2)
CALLBACK_MAX_AGE = datetime.timedelta(days=2)


class TranslationRefused(Exception):
    """A change refused with a message for the person who asked."""


def source_text(row: FieldTranslation) -> str:
    return getattr(row.content_object, f"{row.field}_{source_language()}", None) or ""


def target_text(row: FieldTranslation) -> str:
    return getattr(row.content_object, f"{row.field}_{row.language}", None) or ""


def _write_target(row: FieldTranslation, text: str) -> None:
    obj = row.content_object
    setattr(obj, f"{row.field}_{row.language}", text)
    obj.save()  # the post_save sync runs; the caller then sets the row's state


def save_checked(row: FieldTranslation, text: str, user) -> FieldTranslation:
    """A person saves the translation as checked.

    Side effects, in order: the object's field in the target language is saved (an empty text
    makes it missing again); the row becomes checked against the current source, with who checked
    it; a pending machine request is forgotten (its late answer is then discarded).
    """
    if not text.strip():
        raise TranslationRefused(_("Write the translation before saving it as checked."))
    with transaction.atomic():
        row = FieldTranslation.objects.select_for_update().get(pk=row.pk)
        _write_target(row, text)
        row.state = S.CHECKED
        row.source_hash = source_hash(source_text(row))
        row.checked_by = user
        row.machine_error = ""
        row.machine_requested_at = None
        row.pending_nonce = ""
        row.save()
    return row


def needs_translation(row: FieldTranslation) -> bool:
    return row.state in (S.MISSING, S.OUTDATED) or (
        row.state == S.MACHINE and row.source_hash != source_hash(source_text(row))
    )


def request_machine_drafts(rows) -> int:
    """Queue a machine draft for each row that needs one; returns how many were queued.

    Idempotent: a row already waiting for an answer (for less than ``PENDING_FOR``) is skipped,
    and the claim is a conditional UPDATE so two clicks queue one task. Checked rows are skipped.
    Side effects: ``machine_requested_at`` set, ``machine_error`` cleared, one outbox message per
    row (``translations.tasks.machine_translate``) relayed after the commit.
    """
    if get_backend().name == "none":
        raise TranslationRefused(_("No machine translation service is configured."))
    now = timezone.now()
    queued = 0
    with transaction.atomic():
        for row in rows:
            if row.state == S.CHECKED:
                continue
            claimed = (
                FieldTranslation.objects.filter(pk=row.pk)
                .exclude(state=S.CHECKED)
                .filter(machine_requested_at__isnull=True)
                .update(machine_requested_at=now, machine_error="")
            ) or (
                FieldTranslation.objects.filter(pk=row.pk, machine_requested_at__lt=now - PENDING_FOR)
                .exclude(state=S.CHECKED)
                .update(machine_requested_at=now, machine_error="")
            )
            if claimed:
                enqueue("translations.tasks.machine_translate", row.pk, key=f"translations.machine:{row.pk}")
                queued += 1
    return queued


def callback_url(row: FieldTranslation, nonce: str, hash_used: str) -> str:
    token = signing.dumps({"row": row.pk, "nonce": nonce, "hash": hash_used}, salt=CALLBACK_SALT)
    return f"{settings.SITE_URL}{reverse('translations:machine_callback')}?token={token}"


def run_machine_draft(row_id: int) -> bool:
    """The task's body: ask the service for the row's translation (idempotent).

    Skips a row that is gone, checked, or no longer waiting. Synchronous services: the answer is
    stored at once (``store_machine_result``). Asynchronous ones: a nonce is kept for the
    callback. A service error is kept on the row (``machine_error``) and nothing else changes.
    """
    row = FieldTranslation.objects.filter(pk=row_id).select_related("content_type").first()
    if row is None or row.machine_requested_at is None or row.state == S.CHECKED:
        return False
    source = source_text(row)
    if not source.strip():
        FieldTranslation.objects.filter(pk=row.pk).update(machine_requested_at=None)
        return False
    nonce = secrets.token_hex(16)
    request = TranslationRequest(
        text=source,
        source=source_language(),
        target=row.language,
        callback_url=callback_url(row, nonce, source_hash(source)),
        reference=f"sern-{row.pk}-{nonce[:8]}",
    )
    try:
        text = get_backend().translate(request)
    except MachineTranslationError as error:
        FieldTranslation.objects.filter(pk=row.pk).update(
            machine_requested_at=None, machine_error=str(error)[:500], pending_nonce=""
        )
        return False
    if text is None:
        FieldTranslation.objects.filter(pk=row.pk).update(pending_nonce=nonce)
        return True
    return store_machine_result(row.pk, text, source_hash(source))


def store_machine_result(row_id: int, text: str, hash_used: str) -> bool:
    """Store a machine translation as a draft, unless a person checked the field meanwhile.

    Side effects: the object's field is saved; the row becomes a machine draft of the source it
    was made from (outdated at once if the source changed while the service worked).
    """
    with transaction.atomic():
        row = FieldTranslation.objects.select_for_update().filter(pk=row_id).first()
        if row is None or row.state == S.CHECKED:
            return False
        _write_target(row, text)
        row.refresh_from_db(fields=["state"])
        row.source_hash = hash_used
        row.state = S.MACHINE if hash_used == source_hash(source_text(row)) else S.OUTDATED
        row.machine_requested_at = None
        row.machine_error = ""
        row.pending_nonce = ""
        row.checked_by = None
        row.save()
    return True


def machine_callback(token: str, text: str | None, error: str | None) -> bool:
    """An asynchronous service's answer. The token (signed, per request, two days at most) names
    the row and the request's nonce: a forged, expired or superseded token changes nothing."""
    try:
        data = signing.loads(token, salt=CALLBACK_SALT, max_age=CALLBACK_MAX_AGE)
    except signing.BadSignature:
        return False
    row = FieldTranslation.objects.filter(pk=data.get("row")).first()
    if row is None or not row.pending_nonce or row.pending_nonce != data.get("nonce"):
        return False
    if error is not None or not (text or "").strip():
        message = _("The translation service could not translate: %(error)s") % {"error": error or "?"}
        FieldTranslation.objects.filter(pk=row.pk, pending_nonce=row.pending_nonce).update(
            machine_requested_at=None, machine_error=message[:500], pending_nonce=""
        )
        return True
    return store_machine_result(row.pk, text, data.get("hash", ""))
