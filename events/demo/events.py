"""Demo events at fixed dates: past ones with attendance, future ones with registrations, and a
full peer review with a waiting list."""

import datetime
import zoneinfo

from members.models import User
from sern_portal.demo import priorities_by_code, translated

from ..models import Event, EventKind, Registration, RegistrationStatus

ROME = zoneinfo.ZoneInfo("Europe/Rome")
STOCKHOLM = zoneinfo.ZoneInfo("Europe/Stockholm")
S = RegistrationStatus
DEMO_DOMAIN = "demo.sern.eu"

# slug: (kind, start, hours, place, online link, capacity, priorities, {lang: (title, programme)})
EVENTS = {
    "general-assembly-2026": (
        EventKind.GENERAL_ASSEMBLY,
        datetime.datetime(2026, 5, 21, 9, 30, tzinfo=ROME),
        8,
        "Parma, Palazzo del Governatore",
        "",
        None,
        [],
        {
            "en": ("General Assembly 2026", "Annual report, accounts, project development workshops."),
            "sv": ("Generalförsamlingen 2026", "Årsrapport, bokslut, workshoppar för projektutveckling."),
            "it": (
                "Assemblea generale 2026",
                "Relazione annuale, bilancio, laboratori di sviluppo progetti.",
            ),
        },
    ),
    "training-eu-project-writing-2026": (
        EventKind.TRAINING,
        datetime.datetime(2026, 9, 30, 10, 0, tzinfo=STOCKHOLM),
        3,
        "",
        "https://meet.demo.sern.eu/training-2026",
        40,
        ["digital-skills"],
        {
            "en": (
                "Training: writing an EU proposal",
                "From the idea to the proposal: the logical framework.",
            ),
            "sv": ("Utbildning: att skriva en EU-ansökan", "Från idé till ansökan: den logiska ramen."),
            "it": ("Formazione: scrivere una proposta UE", "Dall'idea alla proposta: il quadro logico."),
        },
    ),
    "general-assembly-2027": (
        EventKind.GENERAL_ASSEMBLY,
        datetime.datetime(2027, 5, 20, 9, 30, tzinfo=STOCKHOLM),
        8,
        "Luleå, Kulturens hus",
        "https://meet.demo.sern.eu/ga-2027",
        None,
        [],
        {
            "en": (
                "General Assembly 2027",
                "Election of the Board, strategy mid-term review, project market.",
            ),
            "sv": (
                "Generalförsamlingen 2027",
                "Val av styrelse, halvtidsöversyn av strategin, projektmarknad.",
            ),
            "it": (
                "Assemblea generale 2027",
                "Elezione del Consiglio, revisione intermedia della strategia.",
            ),
        },
    ),
    "peer-review-social-services-2027": (
        EventKind.PEER_REVIEW,
        datetime.datetime(2027, 3, 10, 9, 0, tzinfo=ROME),
        16,
        "Forlì, Comune di Forlì",
        "",
        2,
        ["services-vulnerable-groups"],
        {
            "en": ("Peer review: social services for older people", "Two days of visits and feedback."),
            "sv": (
                "Kollegial granskning: sociala tjänster för äldre",
                "Två dagar med besök och återkoppling.",
            ),
            "it": ("Peer review: servizi sociali per anziani", "Due giorni di visite e confronto."),
        },
    ),
    "seminar-climate-adaptation-2027": (
        EventKind.THEMATIC_SEMINAR,
        datetime.datetime(2027, 2, 4, 14, 0, tzinfo=ROME),
        2,
        "",
        "https://meet.demo.sern.eu/climate-2027",
        100,
        ["climate-action"],
        {
            "en": ("Seminar: climate adaptation in small towns", "Examples from Norrbotten and Romagna."),
            "sv": ("Seminarium: klimatanpassning i små kommuner", "Exempel från Norrbotten och Romagna."),
            "it": ("Seminario: adattamento climatico nei piccoli comuni", "Esempi da Norrbotten e Romagna."),
        },
    ),
}
# event slug: [(demo account, status, registered on, attended)], in the order they are created; an
# account is its e-mail address without DEMO_DOMAIN.
REGISTRATIONS = {
    "general-assembly-2026": [
        ("member", S.CONFIRMED, datetime.date(2026, 4, 2), True),
        ("member.it", S.CONFIRMED, datetime.date(2026, 4, 3), True),
        ("board", S.CONFIRMED, datetime.date(2026, 4, 5), True),
        ("chair", S.CONFIRMED, datetime.date(2026, 4, 6), False),
    ],
    "training-eu-project-writing-2026": [
        ("member", S.CONFIRMED, datetime.date(2026, 9, 1), True),
        ("member.it", S.CONFIRMED, datetime.date(2026, 9, 2), False),
    ],
    "general-assembly-2027": [
        ("member.it", S.CONFIRMED, datetime.date(2026, 11, 2), None),
        ("chair", S.CONFIRMED, datetime.date(2026, 11, 3), None),
    ],
    "peer-review-social-services-2027": [
        ("member.it", S.CONFIRMED, datetime.date(2026, 11, 4), None),
        ("board", S.CONFIRMED, datetime.date(2026, 11, 5), None),
        ("chair", S.WAITING, datetime.date(2026, 11, 6), None),
    ],
    "seminar-climate-adaptation-2027": [
        ("member", S.CONFIRMED, datetime.date(2026, 11, 10), None),
    ],
}


def seed_events() -> list[Event]:
    priorities = priorities_by_code()
    events = []
    for slug, (kind, starts_at, hours, place, link, capacity, codes, texts) in EVENTS.items():
        event, _ = Event.objects.update_or_create(
            slug=slug,
            defaults={
                "kind": kind,
                **translated(texts, ("title", "programme")),
                "starts_at": starts_at,
                "ends_at": starts_at + datetime.timedelta(hours=hours),
                "place": place,
                "online_link": link,
                "capacity": capacity,
                # General Assemblies and thematic seminars are announced publicly (the calendar feed).
                "is_public": kind in (EventKind.GENERAL_ASSEMBLY, EventKind.THEMATIC_SEMINAR),
                "created_at": starts_at - datetime.timedelta(days=90),
            },
        )
        event.priorities.set([priorities[code] for code in codes if code in priorities])
        events.append(event)
    return events


def seed_registrations() -> list[Registration]:
    users = {user.email: user for user in User.objects.filter(email__endswith=f"@{DEMO_DOMAIN}")}
    events = {event.slug: event for event in Event.objects.filter(slug__in=EVENTS)}
    registrations = []
    rows = [(slug, *row) for slug, event_rows in REGISTRATIONS.items() for row in event_rows]
    for slug, account, status, day, attended in rows:
        user = users[f"{account}@{DEMO_DOMAIN}"]
        contact = user.organisation_contacts.first()
        seat = user.board_seats.first()
        organisation = contact.organisation if contact else (seat.organisation if seat else None)
        registration, _ = Registration.objects.update_or_create(
            event=events[slug],
            user=user,
            defaults={
                "organisation": organisation,
                "status": status,
                "registered_at": datetime.datetime.combine(day, datetime.time(10), tzinfo=ROME),
                "attended": attended,
            },
        )
        registrations.append(registration)
    return registrations
