"""Demo fee schedule, Board meetings and membership applications (one in every state).

Deterministic and idempotent: rows are created once with fixed timestamps and never re-saved.
"""

import datetime
from decimal import Decimal

from allauth.account.models import EmailAddress
from django.utils import timezone

from sern_portal.demo import stable_number
from strategy.models import Priority

from ..models import (
    ApplicationContact,
    ApplicationEvent,
    ApplicationState,
    BoardMeeting,
    BoardPosition,
    FeeBand,
    MeetingStatus,
    MembershipApplication,
    Organisation,
    User,
)
from ..services.meetings import create_year_meetings, next_open_meeting
from .contacts import FIRST_NAMES, LAST_NAMES

S = ApplicationState
FIRST_SCHEDULE_YEAR = 2025
# (is_public, from inhabitants/employees, or from budget, fee)
FEE_BANDS = [
    (True, 0, None, Decimal("500")),
    (True, 10_000, None, Decimal("1000")),
    (True, 50_000, None, Decimal("2000")),
    (True, 200_000, None, Decimal("3500")),
    (True, 1_000_000, None, Decimal("5000")),
    (False, 0, None, Decimal("250")),
    (False, 20, Decimal("1000000"), Decimal("500")),
    (False, 100, Decimal("5000000"), Decimal("1000")),
]
PAST_MEETING = datetime.date(2025, 11, 20)


def seed_fee_schedule() -> list[FeeBand]:
    bands = []
    for year in range(FIRST_SCHEDULE_YEAR, timezone.localdate().year + 2):
        for is_public, min_size, min_budget, amount in FEE_BANDS:
            band, _ = FeeBand.objects.get_or_create(
                year=year,
                is_public=is_public,
                min_size=min_size,
                defaults={"min_budget_eur": min_budget, "amount_eur": amount},
            )
            bands.append(band)
    return bands


PAST_MEETING_NOTES = {
    PAST_MEETING: "The Board welcomed the new member and thanked the secretariat for the paperless "
    "meeting pack.",
}
DEFAULT_NOTES = (
    "The Board approved the minutes of its previous meeting, heard the secretariat's report on "
    "the network's projects and reviewed the membership applications on its agenda."
)


def seed_meetings() -> list[BoardMeeting]:
    """The Board's meetings from 2025 to next year; every meeting already past was held.

    A past meeting is never left "planned": it was held with the demo Board attending and its
    minutes were approved (only meetings not yet in that state are changed, so a second run
    changes nothing).
    """
    meetings = []
    for year in sorted({2025, timezone.localdate().year, timezone.localdate().year + 1}):
        meetings += create_year_meetings(year)
    BoardMeeting.objects.get_or_create(date=PAST_MEETING, defaults={"place": "Parma / online"})
    board = User.objects.filter(email__in=["board@demo.sern.eu", "chair@demo.sern.eu"])
    past = BoardMeeting.objects.filter(date__lt=timezone.localdate()).exclude(
        status=MeetingStatus.MINUTES_APPROVED
    )
    for meeting in past:
        BoardMeeting.objects.filter(pk=meeting.pk).update(
            status=MeetingStatus.MINUTES_APPROVED,
            notes=PAST_MEETING_NOTES.get(meeting.date, DEFAULT_NOTES),
        )
        meeting.attendees.set(board)
    return meetings


def last_past_meeting() -> BoardMeeting:
    """The latest meeting already held: where the demo's deferral was decided."""
    return BoardMeeting.objects.filter(date__lt=timezone.localdate()).order_by("-date").first()


# (state, organisation, country, kind, town, inhabitants or employees, applicant e-mail)
APPLICATIONS = [
    (
        S.DRAFT,
        "Comune di Fiorenzuola d'Arda",
        "IT",
        "municipality",
        "Fiorenzuola d'Arda",
        15_000,
        "applicant@demo.sern.eu",
    ),
    (S.SUBMITTED, "Mjölby kommun", "SE", "municipality", "Mjölby", 28_000, "anmalan.mjolby@demo.sern.eu"),
    (
        S.MORE_INFORMATION_REQUESTED,
        "Comune di Langhirano",
        "IT",
        "municipality",
        "Langhirano",
        10_000,
        "domanda.langhirano@demo.sern.eu",
    ),
    (S.AMENDED, "Kiruna kommun", "SE", "municipality", "Kiruna", 22_000, "anmalan.kiruna@demo.sern.eu"),
    (
        S.READY,
        "Associazione Giovani Europei Reggio",
        "IT",
        "civil_society",
        "Reggio Emilia",
        6,
        "domanda.giovani@demo.sern.eu",
    ),
    (
        S.DEFERRED,
        "Haparanda stad",
        "SE",
        "municipality",
        "Haparanda",
        10_000,
        "anmalan.haparanda@demo.sern.eu",
    ),
    (S.APPROVED, "Motala kommun", "SE", "municipality", "Motala", 43_000, "anmalan.motala@demo.sern.eu"),
    (
        S.REJECTED,
        "Società Consulenze Europa Srl",
        "IT",
        "private",
        "Bologna",
        4,
        "domanda.consulenze@demo.sern.eu",
    ),
    (S.WITHDRAWN, "Comune di Bobbio", "IT", "municipality", "Bobbio", 3_500, "domanda.bobbio@demo.sern.eu"),
]
# What the secretariat and the chair write to an applicant, in the applicant's language (the
# comments are single texts, shown to the applicant and on the desk), by the organisation's country.
ASK_FOR_SIGNED_FORM = {
    "IT": "Vi chiediamo di caricare il modulo firmato dal sindaco.",
    "SE": "Ladda upp blanketten undertecknad av kommunstyrelsens ordförande.",
}
ASK_FOR_SECOND_CONTACT = {
    "IT": "Vi chiediamo di indicare un secondo referente.",
    "SE": "Lägg till en andra kontaktperson.",
}
DEFERRED_UNTIL_MEETING = {
    "IT": "Il Consiglio chiede di incontrare prima il nuovo consiglio comunale.",
    "SE": "Styrelsen vill först träffa det nya kommunfullmäktige.",
}
NOT_A_LOCAL_ACTOR = {
    "IT": "Una società di consulenza non è un attore locale o regionale.",
    "SE": "Ett konsultföretag är inte en lokal eller regional aktör.",
}
# The events each state is reached by (to_state, who, comment by country).
PATHS = {
    S.DRAFT: [],
    S.SUBMITTED: [(S.SUBMITTED, "applicant", "")],
    S.MORE_INFORMATION_REQUESTED: [
        (S.SUBMITTED, "applicant", ""),
        (S.MORE_INFORMATION_REQUESTED, "secretariat", ASK_FOR_SIGNED_FORM),
    ],
    S.AMENDED: [
        (S.SUBMITTED, "applicant", ""),
        (S.MORE_INFORMATION_REQUESTED, "secretariat", ASK_FOR_SECOND_CONTACT),
        (S.AMENDED, "applicant", ""),
    ],
    S.READY: [(S.SUBMITTED, "applicant", ""), (S.READY, "secretariat", "")],
    S.DEFERRED: [
        (S.SUBMITTED, "applicant", ""),
        (S.READY, "secretariat", ""),
        (S.DEFERRED, "chair", DEFERRED_UNTIL_MEETING),
    ],
    S.APPROVED: [(S.SUBMITTED, "applicant", ""), (S.READY, "secretariat", ""), (S.APPROVED, "chair", "")],
    S.REJECTED: [
        (S.SUBMITTED, "applicant", ""),
        (S.READY, "secretariat", ""),
        (S.REJECTED, "chair", NOT_A_LOCAL_ACTOR),
    ],
    S.WITHDRAWN: [(S.SUBMITTED, "applicant", ""), (S.WITHDRAWN, "applicant", "")],
}
# The presentation letter, written by the applicant in its own language.
LETTER = {
    "IT": (
        "Gentile Presidente,\n\ndesideriamo aderire alla Sweden Emilia-Romagna Network per sviluppare "
        "progetti europei con partner svedesi e italiani sulle nostre priorità.\n\nCordiali saluti"
    ),
    "SE": (
        "Bästa ordförande,\n\nvi vill gå med i Sweden Emilia-Romagna Network för att utveckla "
        "europeiska projekt med svenska och italienska partner inom våra prioriteringar.\n\n"
        "Med vänliga hälsningar"
    ),
}
# The legal representative's title, public body or association, in the applicant's language.
REPRESENTATIVE_ROLE = {
    ("IT", True): "Sindaco",
    ("IT", False): "Presidente",
    ("SE", True): "Kommunstyrelsens ordförande",
    ("SE", False): "Ordförande",
}


def representative_name(organisation: str, country: str) -> str:
    """A plausible name for the applicant's legal representative (fixed by the organisation's name)."""
    number = stable_number(f"representative {organisation}")
    first = FIRST_NAMES[country][number % len(FIRST_NAMES[country])]
    return f"{first} {LAST_NAMES[country][(number >> 8) % len(LAST_NAMES[country])]}"


def demo_applicant(email: str) -> User:
    user, created = User.objects.get_or_create(
        email=email, defaults={"name": email.split("@")[0].replace(".", " ").title(), "language": "en"}
    )
    if created:
        user.set_unusable_password()
        user.save(update_fields=["password"])
        EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
    return user


def seed_applications() -> list[MembershipApplication]:
    secretariat = User.objects.get(email="secretariat@demo.sern.eu")
    chair = User.objects.get(email="chair@demo.sern.eu")
    board = User.objects.get(email="board@demo.sern.eu")
    past = BoardMeeting.objects.get(date=PAST_MEETING)
    upcoming = next_open_meeting()
    deferred_at = last_past_meeting()
    priorities = list(Priority.objects.order_by("order")[:3])
    applications = []
    for index, (state, name, country, kind, town, size, email) in enumerate(APPLICATIONS):
        applicant = demo_applicant(email)
        existing = MembershipApplication.objects.filter(applicant=applicant, name=name).first()
        if existing:
            applications.append(existing)
            continue
        is_public = kind not in ("civil_society", "private", "education")
        decided = state in (S.APPROVED, S.REJECTED)
        meeting = past if decided else (upcoming if state in (S.READY, S.DEFERRED) else None)
        # A deferral is decided at a meeting already held, and moves the application to the next.
        decided_at = deferred_at if state == S.DEFERRED else meeting
        created_at = datetime.datetime(2025, 9, 1 + index, 10, 0, tzinfo=datetime.UTC)
        application = MembershipApplication.objects.create(
            applicant=applicant,
            state=state,
            name=name,
            kind=kind,
            is_public=is_public,
            country=country,
            region="Emilia-Romagna" if country == "IT" else "Norrbotten",
            town=town,
            inhabitants=size if is_public else None,
            employees=None if is_public else size,
            website=f"https://www.{town.lower().replace(' ', '').replace(chr(39), '')}.example",
            legal_representative_name=representative_name(name, country),
            legal_representative_role=REPRESENTATIVE_ROLE[country, is_public],
            legal_representative_email=email,
            presentation_letter=LETTER[country],
            consent=state != S.DRAFT,
            meeting=meeting,
            organisation=Organisation.objects.filter(slug="rete-turismo-sostenibile-appennino").first()
            if state == S.APPROVED
            else None,
            created_at=created_at,
            submitted_at=created_at + datetime.timedelta(days=1) if state != S.DRAFT else None,
        )
        application.priorities.set(priorities)
        ApplicationContact.objects.create(application=application, name=applicant.name, email=email)
        previous = S.DRAFT
        for step, (to_state, who, comment) in enumerate(PATHS[state], start=1):
            actor = {"applicant": applicant, "secretariat": secretariat, "chair": chair}[who]
            on_meeting = decided_at if to_state in (S.READY, S.APPROVED, S.REJECTED, S.DEFERRED) else None
            when = created_at + datetime.timedelta(days=step)
            if to_state in (S.APPROVED, S.REJECTED, S.DEFERRED):  # recorded on the meeting day
                when = datetime.datetime.combine(decided_at.date, datetime.time(11), tzinfo=datetime.UTC)
            ApplicationEvent.objects.create(
                application=application,
                from_state=previous,
                to_state=to_state,
                actor=actor,
                comment=comment[country] if comment else "",
                meeting=on_meeting,
                created_at=when,
            )
            previous = to_state
        if state in (S.READY, S.DEFERRED, S.APPROVED, S.REJECTED):
            BoardPosition.objects.create(
                application=application,
                board_member=board,
                position="reject" if state == S.REJECTED else "approve",
                comment="",
            )
        applications.append(application)
    return applications
