"""Grows the demo network to a large size, deterministically, for measuring pages (issue 16).

At ``scale=1`` it adds the issue's large network on top of ``seed_demo``: 10,000 member
organisations, 20,000 contacts, 50,000 project ideas with expressions of interest, 60,000 news
and 40,000 calls, 5,000 events with 100,000 registrations and 20,000 stored suggestions (2,000
open ideas × 10). Rows are inserted with ``bulk_create`` in batches; every value comes from a
seeded ``random.Random`` and fixed dates, so two growths of the same size are equal.
"""

import datetime
import random
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal

from django.conf import settings
from django.contrib.auth.hashers import make_password
from django.db import models, transaction

from billing.models import Invoice, NumberCounter, Payment, Series
from events.models import Event, EventKind, Registration, RegistrationStatus
from information.models import EuCall, NewsItem
from members.models import Organisation, OrganisationContact, OrganisationKind, User
from projects.models import (
    PHASES_OPEN_TO_INTEREST,
    ExpressionOfInterest,
    InterestStatus,
    PartnerSuggestion,
    PcmPhase,
    Programme,
    ProjectIdea,
)
from strategy.models import Priority

BATCH = 2000
# Every grown row is recognisable (and the growth refuses to run twice) by this slug prefix.
PREFIX = "grown-"
EPOCH = datetime.datetime(2026, 1, 1, 9, tzinfo=datetime.UTC)

TOWNS = {
    "SE": ["Luleå", "Umeå", "Göteborg", "Malmö", "Uppsala", "Växjö", "Örebro", "Kiruna"],
    "IT": ["Parma", "Bologna", "Torino", "Bari", "Lecce", "Trento", "Perugia", "Cagliari"],
}
REGIONS = {
    "SE": ["Norrbotten", "Västerbotten", "Skåne", "Uppsala län"],
    "IT": ["Emilia-Romagna", "Piemonte", "Puglia"],
}
WORDS = [
    "school",
    "youth",
    "mobility",
    "climate",
    "energy",
    "water",
    "digital",
    "inclusion",
    "health",
    "elderly",
    "migrants",
    "culture",
    "heritage",
    "tourism",
    "farming",
    "forest",
    "coast",
    "mountain",
    "transport",
    "cycling",
    "housing",
    "democracy",
    "participation",
    "volunteers",
    "women",
    "children",
    "training",
    "skills",
    "teachers",
    "libraries",
    "museums",
    "sport",
    "music",
    "rural",
    "urban",
    "circular",
    "waste",
]
PROGRAMMES = ["Erasmus+", "CERV", "Interreg Europe", "Horizon Europe", "LIFE", "Creative Europe"]


@dataclass(frozen=True)
class Size:
    organisations: int
    contacts: int
    ideas: int
    open_ideas: int
    news: int
    calls: int
    events: int
    registrations_per_event: int
    suggestions_per_open_idea: int

    @classmethod
    def at(cls, scale: float) -> "Size":
        def n(count: int) -> int:
            return max(1, round(count * scale))

        return cls(n(10_000), n(20_000), n(50_000), n(2_000), n(60_000), n(40_000), n(5_000), 20, 10)


def batches(rows: Iterable, size: int = BATCH) -> Iterator[list]:
    batch = []
    for row in rows:
        batch.append(row)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def insert(model: type[models.Model], rows: Iterable[models.Model]) -> int:
    count = 0
    for batch in batches(rows):
        model.objects.bulk_create(batch, batch_size=BATCH)
        count += len(batch)
    return count


def link(through: type[models.Model], pairs: Iterable[tuple[int, int]], left: str, right: str) -> int:
    return insert(through, (through(**{f"{left}_id": a, f"{right}_id": b}) for a, b in pairs))


def sentence(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words))


def grow(scale: float, log: Callable[[str], None] = print) -> dict[str, int]:
    """Adds the grown network; refuses to run on a database that was already grown."""
    if Organisation.objects.filter(slug__startswith=PREFIX).exists():
        raise RuntimeError("This database was already grown: drop it and seed it again.")
    size = Size.at(scale)
    rng = random.Random(16)
    priorities = list(Priority.objects.values_list("pk", flat=True))
    counts: dict[str, int] = {}
    with transaction.atomic():
        org_ids = grow_organisations(size, rng, priorities, counts)
        log(f"organisations: {counts['organisations']}")
        user_ids = grow_contacts(size, rng, org_ids, counts)
        log(f"contacts: {counts['contacts']}")
        call_ids = grow_calls(size, rng, priorities, counts)
        grow_news(size, rng, priorities, counts)
        log(f"calls: {counts['calls']}, news: {counts['news']}")
        grow_events(size, rng, user_ids, org_ids, counts)
        log(f"events: {counts['events']}, registrations: {counts['registrations']}")
        grow_ideas(size, rng, priorities, org_ids, call_ids, counts)
        log(
            f"ideas: {counts['ideas']}, interests: {counts['interests']}, "
            f"suggestions: {counts['suggestions']}"
        )
        grow_invoices(rng, org_ids, counts)
        log(f"invoices: {counts['invoices']}, payments: {counts['payments']}")
    return counts


def grow_organisations(size: Size, rng: random.Random, priorities: list[int], counts: dict) -> list[int]:
    kinds = list(OrganisationKind.values)
    public = OrganisationKind.public_kinds()

    def rows():
        for i in range(size.organisations):
            country = "SE" if i % 2 else "IT"
            town = rng.choice(TOWNS[country])
            kind = rng.choice(kinds)
            yield Organisation(
                name=f"{town} {sentence(rng, 2)} {i}",
                slug=f"{PREFIX}org-{i}",
                kind=kind,
                is_public=kind in public,
                country=country,
                region=rng.choice(REGIONS[country]),
                town=town,
                inhabitants=rng.randint(1_000, 900_000),
                description=sentence(rng, 30),
                description_en=sentence(rng, 30),
                member_since=datetime.date(2015 + i % 11, 1 + i % 12, 1),
            )

    counts["organisations"] = insert(Organisation, rows())
    ids = list(
        Organisation.objects.filter(slug__startswith=PREFIX).order_by("pk").values_list("pk", flat=True)
    )
    link(
        Organisation.priorities.through,
        ((o, p) for o in ids for p in rng.sample(priorities, min(2, len(priorities)))),
        "organisation",
        "priority",
    )
    return ids


def grow_contacts(size: Size, rng: random.Random, org_ids: list[int], counts: dict) -> list[int]:
    password = make_password(settings.DEMO_PASSWORD)  # one hash for all: hashing 20,000 takes hours

    users = (
        User(email=f"{PREFIX}{i}@example.org", name=f"Contact {i}", password=password, date_joined=EPOCH)
        for i in range(size.contacts)
    )
    insert(User, users)
    user_ids = list(User.objects.filter(email__startswith=PREFIX).order_by("pk").values_list("pk", flat=True))
    contacts = (
        OrganisationContact(
            organisation_id=org_ids[i % len(org_ids)], user_id=user, is_primary=i < len(org_ids)
        )
        for i, user in enumerate(user_ids)
    )
    counts["contacts"] = insert(OrganisationContact, contacts)
    return user_ids


def grow_calls(size: Size, rng: random.Random, priorities: list[int], counts: dict) -> list[int]:
    def rows():
        for i in range(size.calls):
            programme = rng.choice(PROGRAMMES)
            title = f"{programme} call on {sentence(rng, 4)}"
            yield EuCall(
                programme=programme,
                identifier=f"GROWN-{i:06d}",
                slug=f"{PREFIX}call-{i}",
                title=title,
                title_en=title,
                summary=sentence(rng, 40),
                summary_en=sentence(rng, 40),
                deadline=EPOCH + datetime.timedelta(days=i % 900 - 300),
                link=f"https://example.org/calls/{i}",
                published_at=EPOCH - datetime.timedelta(hours=i),
            )

    counts["calls"] = insert(EuCall, rows())
    ids = list(EuCall.objects.filter(slug__startswith=PREFIX).order_by("pk").values_list("pk", flat=True))
    link(EuCall.priorities.through, ((c, rng.choice(priorities)) for c in ids), "eucall", "priority")
    return ids


def grow_news(size: Size, rng: random.Random, priorities: list[int], counts: dict) -> None:
    def rows():
        for i in range(size.news):
            title = f"News: {sentence(rng, 6)}"
            body = sentence(rng, 80)
            yield NewsItem(
                title=title,
                title_en=title,
                slug=f"{PREFIX}news-{i}",
                body=body,
                body_en=body,
                published_at=EPOCH - datetime.timedelta(hours=i),
                created_at=EPOCH - datetime.timedelta(hours=i),
            )

    counts["news"] = insert(NewsItem, rows())
    ids = NewsItem.objects.filter(slug__startswith=PREFIX).values_list("pk", flat=True)
    link(NewsItem.priorities.through, ((n, rng.choice(priorities)) for n in ids), "newsitem", "priority")


def grow_events(
    size: Size, rng: random.Random, user_ids: list[int], org_ids: list[int], counts: dict
) -> None:
    kinds = list(EventKind.values)

    def rows():
        for i in range(size.events):
            starts = EPOCH + datetime.timedelta(days=i % 1200 - 900, hours=i % 8)
            title = f"{sentence(rng, 3).capitalize()} {i}"
            yield Event(
                kind=rng.choice(kinds),
                title=title,
                title_en=title,
                slug=f"{PREFIX}event-{i}",
                starts_at=starts,
                ends_at=starts + datetime.timedelta(hours=3),
                place=rng.choice(TOWNS["IT"] + TOWNS["SE"]),
                created_at=starts - datetime.timedelta(days=60),
            )

    counts["events"] = insert(Event, rows())
    event_ids = list(
        Event.objects.filter(slug__startswith=PREFIX).order_by("pk").values_list("pk", flat=True)
    )

    def registrations():
        for e, event in enumerate(event_ids):
            start = (e * size.registrations_per_event) % len(user_ids)
            for k in range(size.registrations_per_event):
                u = (start + k) % len(user_ids)
                yield Registration(
                    event_id=event,
                    user_id=user_ids[u],
                    organisation_id=org_ids[u % len(org_ids)],
                    status=RegistrationStatus.CONFIRMED,
                    registered_at=EPOCH - datetime.timedelta(days=e % 1200 - 870, minutes=k),
                    attended=rng.random() < 0.8 if e % 1200 < 900 else None,
                )

    counts["registrations"] = insert(Registration, registrations())


def grow_ideas(
    size: Size,
    rng: random.Random,
    priorities: list[int],
    org_ids: list[int],
    call_ids: list[int],
    counts: dict,
) -> None:
    closed = [p for p in PcmPhase.values if p not in PHASES_OPEN_TO_INTEREST]
    programmes = [p for p in Programme.values if p != Programme.OTHER]
    answered_calls = call_ids[: max(1, len(call_ids) * 17 // 100)]  # ≈ 6,874 of 40,000 calls have ideas

    def rows():
        for i in range(size.ideas):
            is_open = i >= size.ideas - size.open_ideas  # the newest are the open ones
            title = f"{sentence(rng, 5).capitalize()} ({i})"
            summary = sentence(rng, 35)
            yield ProjectIdea(
                lead_id=org_ids[i % len(org_ids)],
                created_at=EPOCH - datetime.timedelta(hours=size.ideas - i),
                original_language="en",
                title=title,
                title_en=title,
                summary=summary,
                summary_en=summary,
                description_en=sentence(rng, 60),
                target_programme=rng.choice(programmes),
                target_call_id=rng.choice(answered_calls) if i % 3 == 0 else None,
                phase=rng.choice(PHASES_OPEN_TO_INTEREST) if is_open else rng.choice(closed),
                partner_countries=["SE", "IT"],
                partners_wanted=3,
            )

    counts["ideas"] = insert(ProjectIdea, rows())
    # Oldest first, as created: the open ideas are the last (the newest) ones.
    ids = list(
        ProjectIdea.objects.filter(title__endswith=")", lead__slug__startswith=PREFIX)
        .order_by("created_at", "pk")
        .values_list("pk", flat=True)
    )
    link(
        ProjectIdea.priorities.through, ((i, rng.choice(priorities)) for i in ids), "projectidea", "priority"
    )
    statuses = list(InterestStatus.values)

    def interests():
        for n, idea in enumerate(ids):
            lead = n % len(org_ids)
            for k in range(1 + n % 3):
                yield ExpressionOfInterest(
                    idea_id=idea,
                    organisation_id=org_ids[(lead + 1 + k * 7) % len(org_ids)],
                    message="We would like to join.",
                    status=statuses[(n + k) % len(statuses)],
                    created_at=EPOCH - datetime.timedelta(hours=n),
                )

    counts["interests"] = insert(ExpressionOfInterest, interests())

    def suggestions():
        for n, idea in enumerate(ids[-size.open_ideas :]):
            lead = n % len(org_ids)
            for rank in range(1, size.suggestions_per_open_idea + 1):
                yield PartnerSuggestion(
                    idea_id=idea,
                    organisation_id=org_ids[(lead + 100 + rank * 13) % len(org_ids)],
                    rank=rank,
                    score=1.0 / rank,
                    reasons=[{"code": "similar_text", "params": {"terms": ["school"]}}],
                    computed_at=EPOCH,
                )

    counts["suggestions"] = insert(PartnerSuggestion, suggestions())


# Every grown member is invoiced for the last two fee years, as the secretariat's desk sees them
# by the end of EPOCH's year. Of the earlier year most is paid; of the later one, part is paid, part
# paid in instalments, part credited, and the rest is overdue (due in March).
FEE_YEARS = (EPOCH.year - 1, EPOCH.year)


def grow_invoices(rng: random.Random, org_ids: list[int], counts: dict) -> None:
    members = dict(Organisation.objects.filter(pk__in=org_ids).values_list("pk", "name"))

    def take_numbers(series: str, year: int, how_many: int) -> range:
        """Numbers after the ones already given, and the counter moved past them, so that issuing
        on the grown database goes on without a gap or a clash."""
        counter, _ = NumberCounter.objects.get_or_create(series=series, year=year)
        first = counter.last_number + 1
        counter.last_number += how_many
        counter.save(update_fields=["last_number"])
        return range(first, first + how_many)

    def invoices():
        for fee_year in FEE_YEARS:
            for org_id, sequence in zip(
                org_ids, take_numbers(Series.INVOICE, fee_year, len(org_ids)), strict=True
            ):
                yield Invoice(
                    series=Series.INVOICE,
                    number=f"{fee_year}-{sequence:04d}",
                    year=fee_year,
                    sequence=sequence,
                    organisation_id=org_id,
                    fee_year=fee_year,
                    amount_eur=Decimal(rng.choice((500, 1000, 1750, 2500))),
                    issued_on=datetime.date(fee_year, 2, 2),
                    due_on=datetime.date(fee_year, 3, 4),
                    language=rng.choice(("sv", "it", "en")),
                    recipient_name=members[org_id],
                    band_description="",
                )

    counts["invoices"] = insert(Invoice, invoices())
    grown = Invoice.objects.filter(organisation_id__in=org_ids, series=Series.INVOICE).order_by("pk")
    credited = []
    payments = []
    for invoice in grown.only("pk", "organisation_id", "amount_eur", "fee_year", "issued_on").iterator(
        chunk_size=BATCH
    ):
        roll = rng.random()
        paid_on = invoice.issued_on + datetime.timedelta(days=rng.randint(5, 60))
        reference = f"GROWN-{invoice.pk}"
        if invoice.fee_year == FEE_YEARS[0]:
            outcome = "paid" if roll < 0.92 else ("credited" if roll < 0.95 else "unpaid")
        else:
            outcome = (
                "paid" if roll < 0.6 else "part" if roll < 0.7 else "credited" if roll < 0.75 else "unpaid"
            )
        if outcome == "paid":
            payments.append(
                Payment(
                    invoice_id=invoice.pk, amount_eur=invoice.amount_eur, paid_on=paid_on, reference=reference
                )
            )
        elif outcome == "part":
            payments.append(
                Payment(
                    invoice_id=invoice.pk,
                    amount_eur=invoice.amount_eur / 2,
                    paid_on=paid_on,
                    reference=reference,
                )
            )
        elif outcome == "credited":
            credited.append(invoice)
    counts["payments"] = insert(Payment, payments)
    notes = []
    for fee_year in FEE_YEARS:
        of_year = [invoice for invoice in credited if invoice.fee_year == fee_year]
        for invoice, sequence in zip(
            of_year, take_numbers(Series.CREDIT_NOTE, fee_year, len(of_year)), strict=True
        ):
            notes.append(
                Invoice(
                    series=Series.CREDIT_NOTE,
                    number=f"NC-{fee_year}-{sequence:04d}",
                    year=fee_year,
                    sequence=sequence,
                    organisation_id=invoice.organisation_id,
                    fee_year=fee_year,
                    amount_eur=invoice.amount_eur,
                    issued_on=invoice.issued_on + datetime.timedelta(days=30),
                    due_on=invoice.issued_on + datetime.timedelta(days=30),
                    language="en",
                    credits_id=invoice.pk,
                    reason="Left the network",
                    recipient_name=members[invoice.organisation_id],
                )
            )
    counts["credit_notes"] = insert(Invoice, notes)
