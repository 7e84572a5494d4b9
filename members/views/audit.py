"""The secretariat's audit page: every append-only record in one filterable, paginated list.

Sources: application state changes and the Board's decisions (`ApplicationEvent`), project idea
phase changes (`IdeaPhaseChange`), and the audit trail of roles, second factors and erasures
(`AuditEntry`). One UNION query orders and pages them by time; only the page's rows are then
read in full, a fixed number of queries whatever the page holds.
"""

import datetime

from django import forms
from django.core.paginator import Paginator
from django.db.models import CharField, F, Q, Value
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from projects.models import IdeaPhaseChange
from sern_portal.permissions import permission_required

from ..models import ApplicationEvent, ApplicationState, AuditAction, AuditEntry, User
from ..models.audit import BILLING_ACTIONS, BOARD_ACTIONS, LIBRARY_ACTIONS, MFA_ACTIONS, ROLE_ACTIONS
from .audit_details import Lookups, describe_data

DECISION_STATES = (ApplicationState.APPROVED, ApplicationState.REJECTED, ApplicationState.DEFERRED)
PAGE_SIZE = 50


class AuditFilterForm(forms.Form):
    CATEGORIES = [
        ("", gettext_lazy("Everything")),
        ("state", gettext_lazy("State changes")),
        ("decision", gettext_lazy("Board decisions")),
        ("role", gettext_lazy("Role changes")),
        ("mfa", gettext_lazy("Two-factor authentication")),
        ("erasure", gettext_lazy("Erasures")),
        ("billing", gettext_lazy("Billing")),
        ("library", gettext_lazy("Library documents")),
        ("mailing", gettext_lazy("Mailings")),
        ("board", gettext_lazy("Minutes and written procedures")),
    ]
    category = forms.ChoiceField(label=gettext_lazy("What"), choices=CATEGORIES, required=False)
    actor = forms.CharField(label=gettext_lazy("By (name or e-mail)"), max_length=100, required=False)
    since = forms.DateField(
        label=gettext_lazy("From"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    until = forms.DateField(
        label=gettext_lazy("To"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )


AUDIT_ONLY_CATEGORIES = ("billing", "library", "mailing", "board")


def day_start(day: datetime.date) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


def sources(filters: dict):
    """One `(source, id, when, who)` query per record kind, filtered; None where a kind is off."""
    category = filters.get("category") or ""
    events = ApplicationEvent.objects.annotate(when=F("created_at"), who=F("actor_id"))
    if category == "decision":
        events = events.filter(to_state__in=DECISION_STATES)
    elif category == "state":
        events = events.exclude(to_state__in=DECISION_STATES)
    phases = IdeaPhaseChange.objects.annotate(when=F("changed_at"), who=F("changed_by_id"))
    entries = AuditEntry.objects.annotate(when=F("created_at"), who=F("actor_id"))
    actions = {
        "role": ROLE_ACTIONS,
        "mfa": MFA_ACTIONS,
        "erasure": (AuditAction.ERASURE,),
        "billing": BILLING_ACTIONS,
        "library": LIBRARY_ACTIONS,
        "mailing": (AuditAction.MAILING_SENT,),
        "board": BOARD_ACTIONS,
    }.get(category)
    if actions:
        entries = entries.filter(action__in=actions)
    included = {
        "application": events if category in ("", "state", "decision") else None,
        "idea": phases if category in ("", "state") else None,
        "audit": entries if category in ("", "role", "mfa", "erasure", *AUDIT_ONLY_CATEGORIES) else None,
    }
    actor_ids = None
    if filters.get("actor"):
        text = filters["actor"]
        actor_ids = list(
            User.objects.filter(Q(email__icontains=text) | Q(name__icontains=text)).values_list(
                "pk", flat=True
            )
        )
    result = []
    for name, queryset in included.items():
        if queryset is None:
            continue
        if actor_ids is not None:
            queryset = queryset.filter(who__in=actor_ids)
        if filters.get("since"):
            queryset = queryset.filter(when__gte=day_start(filters["since"]))
        if filters.get("until"):
            queryset = queryset.filter(when__lt=day_start(filters["until"] + datetime.timedelta(days=1)))
        result.append(
            queryset.annotate(source=Value(name, output_field=CharField()))
            .order_by()  # no default ordering inside the UNION: the union is ordered as a whole
            .values_list("source", "id", "when", "who")
        )
    return result


def describe(rows) -> list[dict]:
    """The page's rows read in full: one query per record kind, whatever the page holds."""
    ids: dict[str, list[int]] = {"application": [], "idea": [], "audit": []}
    for source, pk, _when, _who in rows:
        ids[source].append(pk)
    events = ApplicationEvent.objects.select_related("application", "actor", "on_behalf_of").in_bulk(
        ids["application"]
    )
    phases = IdeaPhaseChange.objects.select_related("idea", "changed_by").in_bulk(ids["idea"])
    entries = AuditEntry.objects.select_related("actor").in_bulk(ids["audit"])
    lookups = Lookups(entries.values())
    described = []
    for source, pk, when, _who in rows:
        if source == "application":
            event = events[pk]
            decision = event.to_state in DECISION_STATES
            described.append(
                {
                    "when": when,
                    "actor": event.actor,
                    "category": _("Board decision") if decision else _("State change"),
                    "subject": event.application.name or _("(no name yet)"),
                    "url": reverse("desk_application", args=[event.application_id]),
                    "detail": f"{event.get_from_state_display()} → {event.get_to_state_display()}",
                    "comment": event.comment,
                }
            )
        elif source == "idea":
            change = phases[pk]
            described.append(
                {
                    "when": when,
                    "actor": change.changed_by,
                    "category": _("Idea phase"),
                    "subject": str(change.idea),
                    "url": reverse("projects:idea_detail", args=[change.idea_id]),
                    "detail": f"{change.get_from_phase_display() or '—'} → {change.get_to_phase_display()}",
                    "comment": change.note,
                }
            )
        else:
            entry = entries[pk]
            described.append(
                {
                    "when": when,
                    "actor": entry.actor,
                    "category": entry.get_action_display(),
                    "subject": entry.target_label,
                    "url": "",
                    "detail": describe_data(entry.data, lookups),
                    "comment": "",
                }
            )
    return described


@permission_required("members.view_audit")
def audit(request):
    form = AuditFilterForm(request.GET or None)
    filters = form.cleaned_data if form.is_bound and form.is_valid() else {}
    queries = sources(filters)
    rows_query = queries[0].union(*queries[1:], all=True).order_by("-when", "-id") if queries else None
    paginator = Paginator(rows_query if rows_query is not None else [], PAGE_SIZE)
    page = paginator.get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "members/desk/audit.html",
        {
            "form": form,
            "rows": describe(list(page.object_list)),
            "page_obj": page,
            "paginator": paginator,
            "is_paginated": paginator.num_pages > 1,
            "filter_query": query.urlencode(),
        },
    )
