"""Writing the audit trail: one function every app calls (roles, second factors, erasures)."""

from typing import Any

from django.db import models

from sern_portal.observability import current_request

from ..models import AuditAction, AuditEntry


def current_actor():
    """The signed-in person of the request being served, or None (a command, a task, a signal
    outside a request)."""
    request = current_request.get()
    user = getattr(request, "user", None) if request is not None else None
    return user if user is not None and user.is_authenticated else None


def record_audit(
    actor, action: AuditAction | str, target: models.Model | str | None, data: dict[str, Any] | None = None
) -> AuditEntry:
    """Append one audit entry.

    `actor`: the person who acted (None: the request's signed-in person, if any). `target`: the
    model instance acted on (its label and key are kept, and how it reads now, since it may be
    erased later) or a plain description. `data`: JSON-serialisable details (no secrets).
    """
    if isinstance(target, models.Model):
        target_type, target_id, label = target._meta.label_lower, str(target.pk), str(target)
    else:
        target_type, target_id, label = "", "", target or ""
    return AuditEntry.objects.create(
        actor=actor if actor is not None else current_actor(),
        action=AuditAction(action),
        target_type=target_type,
        target_id=target_id,
        target_label=label[:300],
        data=data or {},
    )
