"""A mailing's life: written as a draft, queued for sending once, sent in chunks by a task.

``MAILING_WORKFLOW`` is its table; ``queue_mailing`` (draft → sending, by the secretariat) and
``finish_if_done`` (sending → sent, by the sending task) are the only changes of its state.
"""

import datetime
import logging
import uuid

from django.core.mail import get_connection
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from members.models import AuditAction, User
from members.services.audit import record_audit
from outbox.queue import enqueue
from sern_portal.workflow import TransitionRefused, Workflow

from ..models import DeliveryState, Mailing, MailingDelivery, MailingState, MailingStateChange
from ..selectors import Audience, recipients
from .compose import as_email, compose, written_languages

logger = logging.getLogger(__name__)

S = MailingState
MAILING_WORKFLOW = Workflow(
    states=MailingState,
    edges={(S.DRAFT, S.SENDING): "secretariat", (S.SENDING, S.SENT): "portal"},
    refusal=gettext_lazy("A mailing cannot go from “%(from)s” to “%(to)s”."),
)
CHUNK_SIZE = 50
# One e-mail takes seconds: a delivery still "being sent" after this was left by a stopped worker.
IN_DOUBT_AFTER = datetime.timedelta(minutes=10)


def save_draft(mailing: Mailing, user: User, priorities, working_groups) -> Mailing:
    """Save a new or edited draft with its audience. Refuses a mailing that is no longer a draft.

    Side effects: saves the row (``created_by`` on the first save) and its audience's M2M rows.
    """
    with transaction.atomic():
        if mailing.pk and Mailing.objects.filter(pk=mailing.pk).exclude(state=S.DRAFT).exists():
            raise TransitionRefused(_("This mailing has been sent: it can no longer be changed."))
        if mailing.created_by_id is None:
            mailing.created_by = user
        mailing.save()
        mailing.priorities.set(priorities)
        mailing.working_groups.set(working_groups)
    return mailing


def queue_mailing(mailing: Mailing, user: User) -> int:
    """Send the mailing: draft → sending, once. Returns the number of recipients.

    In order: checks the table (a second click finds the mailing already sending and is refused),
    checks it is written in a language and reaches somebody; moves the state with a conditional
    UPDATE; writes one queued ``MailingDelivery`` per recipient (unique per mailing and person)
    and the total; appends a ``MailingStateChange``; queues ``mailings.tasks.send_mailing``
    through the outbox, run after the commit; records a ``mailing_sent`` audit entry.
    """
    MAILING_WORKFLOW.check(mailing.state, S.SENDING)
    if not written_languages(mailing):
        raise TransitionRefused(_("Write a subject and a text in at least one language first."))
    people = list(recipients(Audience.of(mailing)).only("pk", "language"))
    if not people:
        raise TransitionRefused(_("This audience reaches nobody: choose other recipients."))
    with transaction.atomic():
        now = timezone.now()
        moved = Mailing.objects.filter(pk=mailing.pk, state=S.DRAFT).update(
            state=S.SENDING, queued_at=now, total=len(people)
        )
        if not moved:
            raise TransitionRefused(_("This mailing is already being sent."))
        MailingDelivery.objects.bulk_create(
            [MailingDelivery(mailing=mailing, recipient=person) for person in people],
            ignore_conflicts=True,
        )
        MailingStateChange.objects.create(
            mailing=mailing, from_state=S.DRAFT, to_state=S.SENDING, changed_by=user
        )
        enqueue("mailings.tasks.send_mailing", mailing.pk, key=f"mailing:{mailing.pk}")
        record_audit(user, AuditAction.MAILING_SENT, mailing, {"recipients": len(people)})
    mailing.state, mailing.queued_at, mailing.total = S.SENDING, now, len(people)
    return len(people)


def send_queued(mailing_id: int, chunk_size: int = CHUNK_SIZE) -> int:
    """Send every queued delivery of the mailing, a chunk at a time; returns how many were sent.

    Each delivery is claimed just before its e-mail goes (``queued → sending`` with this run's
    claim id and the time, a conditional UPDATE committed before the send), so two runs at once
    or a retried task never send a delivery twice. A worker killed mid-chunk leaves at most the
    one delivery it was sending in doubt; the rest of its chunk is still queued and the task,
    redelivered to another worker (acks late), sends it: nothing is lost. Deliveries in doubt
    for longer than ``IN_DOUBT_AFTER`` are marked so (``mark_stalled_in_doubt``). Each recipient
    gets the mailing in their language; a refusal of the mail server marks that row failed with
    the error. Finally ``finish_if_done``.
    """
    mailing = Mailing.objects.select_related("mailing_list__working_group").get(pk=mailing_id)
    if mailing.state == S.DRAFT:
        return 0
    mark_stalled_in_doubt(mailing.pk)
    claim = str(uuid.uuid4())
    sent = 0
    while True:
        chunk = list(
            MailingDelivery.objects.filter(mailing=mailing, state=DeliveryState.QUEUED)
            .select_related("recipient")
            .order_by("pk")[:chunk_size]
        )
        if not chunk:
            break
        with get_connection() as connection:
            for delivery in chunk:
                claimed = MailingDelivery.objects.filter(pk=delivery.pk, state=DeliveryState.QUEUED).update(
                    state=DeliveryState.SENDING, claim=claim, claimed_at=timezone.now()
                )
                if claimed:  # else another run took it meanwhile
                    sent += _send_one(mailing, delivery, connection)
    finish_if_done(mailing)
    return sent


def mark_stalled_in_doubt(mailing_id: int | None = None) -> int:
    """Deliveries claimed more than ``IN_DOUBT_AFTER`` ago and never finished: their worker
    stopped while sending them. Marked "perhaps not sent" for the send log; returns how many.
    (Periodic: ``mailings.tasks.mark_stalled_deliveries``; also at the start of every run.)"""
    # No claim time: claimed before the time was recorded (an older release), long ago.
    stalled = MailingDelivery.objects.filter(
        Q(claimed_at__lt=timezone.now() - IN_DOUBT_AFTER) | Q(claimed_at__isnull=True),
        state=DeliveryState.SENDING,
    )
    if mailing_id is not None:
        stalled = stalled.filter(mailing_id=mailing_id)
    return stalled.update(state=DeliveryState.IN_DOUBT)


def _send_one(mailing: Mailing, delivery: MailingDelivery, connection) -> int:
    composed = compose(mailing, delivery.recipient)
    try:
        as_email(composed, delivery.recipient.email, connection).send()
    except Exception as error:  # the server refused it: recorded on the row, the others go on
        logger.warning("Mailing %s to user %s failed: %s", mailing.pk, delivery.recipient_id, error)
        MailingDelivery.objects.filter(pk=delivery.pk).update(
            state=DeliveryState.FAILED, language=composed.language, error=str(error)[:500]
        )
        return 0
    MailingDelivery.objects.filter(pk=delivery.pk).update(
        state=DeliveryState.SENT, language=composed.language, sent_at=timezone.now()
    )
    return 1


def finish_if_done(mailing: Mailing) -> bool:
    """sending → sent once nothing is queued any more; appends the state change. Idempotent."""
    if MailingDelivery.objects.filter(mailing=mailing, state=DeliveryState.QUEUED).exists():
        return False
    MAILING_WORKFLOW.check(S.SENDING, S.SENT)
    with transaction.atomic():
        moved = Mailing.objects.filter(pk=mailing.pk, state=S.SENDING).update(
            state=S.SENT, finished_at=timezone.now()
        )
        if moved:
            MailingStateChange.objects.create(mailing=mailing, from_state=S.SENDING, to_state=S.SENT)
    return bool(moved)


def record_bounce(address: str, reason: str = "", mailing_id: int | None = None) -> MailingDelivery | None:
    """Mark the latest delivered mailing to ``address`` (or that of ``mailing_id``) as bounced.

    Called by the ``record_bounce`` management command (the mail provider's bounce report is
    handed to it by an operator or a cron job on the server: shell access is the authentication).
    Returns the delivery, or None when no sent mailing went to that address.
    """
    deliveries = MailingDelivery.objects.filter(
        Q(recipient__email__iexact=address.strip()), state=DeliveryState.SENT
    )
    if mailing_id is not None:
        deliveries = deliveries.filter(mailing_id=mailing_id)
    delivery = deliveries.order_by("-sent_at", "-pk").first()
    if delivery is None:
        return None
    MailingDelivery.objects.filter(pk=delivery.pk, state=DeliveryState.SENT).update(
        state=DeliveryState.BOUNCED, bounced_at=timezone.now(), error=reason[:500]
    )
    delivery.refresh_from_db()
    return delivery
