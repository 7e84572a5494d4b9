"""The network's public figures, computed from the portal's own records (never typed in)."""

from decimal import Decimal

from django.db.models import Count, Q, Sum

from members.models import Country, Organisation
from projects.models import ProjectOutcome, ProjectRecord, RecordSource

from .models import NetworkFiguresSnapshot


def compute_network_figures() -> dict:
    members = Organisation.objects.members().aggregate(
        members=Count("pk"),
        members_italy=Count("pk", filter=Q(country=Country.ITALY)),
        members_sweden=Count("pk", filter=Q(country=Country.SWEDEN)),
        public_authorities=Count("pk", filter=Q(is_public=True)),
    )
    # Imported consortia (import_consortia without --network) are other networks' projects; what a
    # member records counts once the secretariat has verified it (anybody could type 2,000,000,000).
    projects = ProjectRecord.objects.filter(source=RecordSource.NETWORK, verified=True).aggregate(
        projects_submitted=Count("pk"),
        projects_approved=Count("pk", filter=Q(outcome=ProjectOutcome.APPROVED)),
        participants=Sum("participants", filter=Q(outcome=ProjectOutcome.APPROVED)),
        eu_grants_eur=Sum("eu_grant_eur", filter=Q(outcome=ProjectOutcome.APPROVED)),
    )
    projects["participants"] = projects["participants"] or 0
    projects["eu_grants_eur"] = projects["eu_grants_eur"] or Decimal("0")
    return members | projects


def store_network_figures() -> NetworkFiguresSnapshot:
    """Store the figures as a new snapshot, unless they equal the latest one."""
    figures = compute_network_figures()
    latest = NetworkFiguresSnapshot.objects.order_by("-computed_at", "-pk").first()
    if latest and all(getattr(latest, name) == value for name, value in figures.items()):
        return latest
    return NetworkFiguresSnapshot.objects.create(**figures)


def current_network_figures() -> NetworkFiguresSnapshot:
    """The latest snapshot; computed on the spot the first time (one query afterwards)."""
    latest = NetworkFiguresSnapshot.objects.order_by("-computed_at", "-pk").first()
    return latest or store_network_figures()
