"""Demo project ideas in every PCM phase, with expressions of interest and their answers.

Every date is fixed (no now()): the ideas open to interest have deadlines in 2027; one idea's
deadline has passed, to show a closed idea.
"""

import datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

from django.utils import translation

from members.models import Organisation, User
from projects.models import (
    ExpressionOfInterest,
    IdeaPhaseChange,
    InterestStatus,
    InterestStatusChange,
    PcmPhase,
    ProjectIdea,
    ProjectOutcome,
    Visibility,
)
from strategy.models import Priority, TransversalPerspective

from .records import get_or_create_record

ROME = ZoneInfo("Europe/Rome")
P = PcmPhase
S = InterestStatus
PHASE_ORDER = list(PcmPhase.values)

# The submissions of the ideas below: part of the network's history (see history.py).
IDEA_RECORDS = [
    {
        "idea": "Youth participation in local democracy",
        "acronym": "YOUDEM",
        "programme": "CERV",
        "submitted_on": datetime.date(2026, 10, 15),
        "outcome": ProjectOutcome.PENDING,
        "eu_grant_eur": Decimal(0),
        "participants": 0,
    },
    {
        "idea": "Climate-neutral public procurement",
        "acronym": "GREENPROC",
        "programme": "LIFE",
        "submitted_on": datetime.date(2024, 10, 3),
        "outcome": ProjectOutcome.APPROVED,
        "eu_grant_eur": Decimal(185000),
        "participants": 240,
    },
    {
        "idea": "Servizi inclusivi per famiglie appena arrivate",
        "acronym": "WELCOME-ER",
        "programme": "CERV",
        "submitted_on": datetime.date(2023, 3, 15),
        "outcome": ProjectOutcome.APPROVED,
        "eu_grant_eur": Decimal(120000),
        "participants": 180,
    },
]

# lead, language, title, summary, phase, programme, priorities, perspectives, partners sought
# (countries, kinds, roles, how many), deadline, visibility, created, expressions of interest
IDEAS = [
    {
        "lead": "Luleå kommun",
        "language": "en",
        "title": "Green school routes",
        "summary": "Pupils, parents and town planners of Luleå map safe walking and cycling routes to "
        "school, test them for a term and share the method with Italian towns.",
        "phase": P.IDENTIFICATION,
        "programme": "erasmus_plus",
        "call": "KA220-SCH Cooperation partnerships in school education",
        "priorities": ["smart-mobility", "climate-action", "quality-education"],
        "perspectives": ["ecological-sustainability", "democratic-participation"],
        "countries": ["IT"],
        "kinds": ["municipality", "education"],
        "roles": "Pilot towns with two or three schools each; a partner for the evaluation.",
        "wanted": 3,
        "deadline": datetime.date(2027, 2, 15),
        "created": datetime.datetime(2026, 9, 14, 10, 0, tzinfo=ROME),
        "interests": [
            ("Comune di Parma", S.PENDING, "Two of our primary schools already run a walking bus."),
            ("Comune di Bologna", S.ACCEPTED, "Our mobility office would lead the evaluation."),
            ("Folkhögskolan Väst", S.DECLINED, "We could offer teacher training."),
        ],
    },
    {
        "lead": "Comune di Parma",
        "language": "it",
        "title": "Turismo lento tra Appennino e Lapponia",
        "summary": "Itinerari a piedi e in bicicletta che uniscono piccoli borghi dell'Appennino "
        "parmense e villaggi della Lapponia svedese, con operatori locali e comunità sami.",
        "phase": P.FORMULATION,
        "programme": "interreg",
        "call": "Interreg Europe, quinto bando",
        "priorities": ["sustainable-tourism"],
        "perspectives": ["ecological-sustainability", "inclusion-diversity"],
        "countries": ["SE"],
        "kinds": ["municipality", "civil_society"],
        "roles": "Comuni con percorsi escursionistici; associazioni di operatori turistici.",
        "wanted": 2,
        "deadline": datetime.date(2027, 1, 31),
        "created": datetime.datetime(2026, 6, 3, 9, 30, tzinfo=ROME),
        "interests": [
            ("Jokkmokks kommun", S.ACCEPTED, "Jokkmokk welcomes walkers all year round."),
            ("Luleå kommun", S.PENDING, "Our tourism office would like to take part."),
        ],
    },
    {
        "lead": "Region Norrbotten",
        "language": "sv",
        "title": "Digitala färdigheter för äldre",
        "summary": "Bibliotek och frivilliga lär äldre invånare att använda e-tjänster, i samarbete "
        "med italienska kommuner som har erfarenhet av digitala mentorer.",
        "phase": P.PROGRAMMING,
        "programme": "erasmus_plus",
        "call": "",
        "priorities": ["digital-skills", "services-vulnerable-groups"],
        "perspectives": ["digital-transformation", "inclusion-diversity"],
        "countries": ["IT"],
        "kinds": ["municipality", "civil_society"],
        "roles": "Kommuner med bibliotek; föreningar för äldre.",
        "wanted": 2,
        "deadline": datetime.date(2027, 4, 30),
        "created": datetime.datetime(2026, 10, 20, 14, 0, tzinfo=ROME),
        "interests": [],
    },
    {
        "lead": "Regione Emilia-Romagna",
        "language": "en",
        "title": "Peer review of regional e-Government services",
        "summary": "A confidential peer review of the region's e-Government services by Swedish "
        "regions, before a proposal is opened to all members.",
        "phase": P.IDENTIFICATION,
        "programme": "horizon_europe",
        "call": "",
        "priorities": ["e-government"],
        "perspectives": ["digital-transformation"],
        "countries": ["SE"],
        "kinds": ["region"],
        "roles": "Regions with experience of e-services.",
        "wanted": 1,
        "deadline": None,
        "created": datetime.datetime(2026, 8, 25, 11, 0, tzinfo=ROME),
        "visibility": Visibility.SECRETARIAT,
        "interests": [],
    },
    {
        "lead": "Comune di Modena",
        "language": "en",
        "title": "Youth participation in local democracy",
        "summary": "Youth councils of Modena, Borås and Trollhättan co-design participatory budgets "
        "with their city councils.",
        "phase": P.FINANCING,
        "programme": "cerv",
        "call": "CERV-2026-CITIZENS-TOWN-NT Networks of towns",
        "priorities": ["active-citizenship"],
        "perspectives": ["democratic-participation"],
        "countries": ["SE"],
        "kinds": ["municipality", "civil_society"],
        "roles": "Municipalities with a youth council.",
        "wanted": 2,
        "deadline": datetime.date(2026, 5, 31),
        "created": datetime.datetime(2026, 2, 2, 10, 0, tzinfo=ROME),
        "step_days": 80,
        "interests": [
            ("Borås Stad", S.ACCEPTED, "Our youth council is eager to join."),
            ("Ung i Väst", S.ACCEPTED, "We train young facilitators."),
        ],
    },
    {
        "lead": "Västra Götalandsregionen",
        "language": "en",
        "title": "Climate-neutral public procurement",
        "summary": "Public buyers of Västra Götaland, Ferrara and Reggio Emilia adopt shared "
        "climate criteria in their tenders for food, transport and buildings.",
        "phase": P.IMPLEMENTATION,
        "programme": "life",
        "call": "LIFE-2024-SAP-CET",
        "priorities": ["climate-action"],
        "perspectives": ["ecological-sustainability"],
        "countries": ["IT"],
        "kinds": ["municipality"],
        "roles": "Municipalities that tender food, transport and building works.",
        "wanted": 2,
        "deadline": datetime.date(2024, 6, 30),
        "created": datetime.datetime(2023, 7, 10, 9, 0, tzinfo=ROME),
        "step_days": 120,
        "interests": [
            ("Comune di Ferrara", S.ACCEPTED, "Our green procurement office would join."),
            ("Comune di Reggio Emilia", S.ACCEPTED, "We tender school meals for 20,000 pupils."),
        ],
    },
    {
        "lead": "Provincia di Forlì-Cesena",
        "language": "it",
        "title": "Servizi inclusivi per famiglie appena arrivate",
        "summary": "Servizi di accoglienza per famiglie appena arrivate: sportelli unici, mediatori "
        "culturali e scuole, confrontati con i comuni svedesi.",
        "phase": P.EVALUATION,
        "programme": "cerv",
        "call": "",
        "priorities": ["services-vulnerable-groups"],
        "perspectives": ["inclusion-diversity"],
        "countries": ["SE"],
        "kinds": ["municipality"],
        "roles": "Comuni con servizi di accoglienza.",
        "wanted": 2,
        "deadline": datetime.date(2022, 6, 30),
        "created": datetime.datetime(2022, 3, 1, 10, 0, tzinfo=ROME),
        "step_days": 120,
        "interests": [("Norrköpings kommun", S.ACCEPTED, "Our welcome centre would share its methods.")],
    },
    {
        "lead": "Comune di Bologna",
        "language": "en",
        "title": "Cultural routes of twinned towns",
        "summary": "Digital and walking routes through the shared history of twinned Swedish and "
        "Italian towns.",
        "phase": P.IDENTIFICATION,
        "programme": "creative_europe",
        "call": "",
        "priorities": ["sustainable-tourism", "active-citizenship"],
        "perspectives": ["inclusion-diversity"],
        "countries": ["SE"],
        "kinds": ["municipality", "civil_society"],
        "roles": "Twinned towns; cultural associations.",
        "wanted": 3,
        "deadline": datetime.date(2026, 9, 30),
        "created": datetime.datetime(2026, 5, 12, 16, 0, tzinfo=ROME),
        "interests": [("Skövde kommun", S.WITHDRAWN, "We might join if our budget allows.")],
    },
]


def _contact(organisation: Organisation, fallback: User | None) -> User | None:
    contact = organisation.contacts.select_related("user").order_by("pk").first()
    return contact.user if contact else fallback


def _create_idea(spec: dict, by_name: dict, secretariat: User) -> ProjectIdea:
    lead = by_name[spec["lead"]]
    author = _contact(lead, secretariat)
    idea = ProjectIdea(
        lead=lead,
        created_by=author,
        created_at=spec["created"],
        original_language=spec["language"],
        target_programme=spec["programme"],
        target_call_text=spec["call"],
        phase=spec["phase"],
        partner_countries=spec["countries"],
        partner_kinds=spec["kinds"],
        partners_wanted=spec["wanted"],
        eoi_deadline=spec["deadline"],
        visibility=spec.get("visibility", Visibility.MEMBERS),
    )
    with translation.override(spec["language"]):
        idea.title, idea.summary, idea.partner_roles = spec["title"], spec["summary"], spec["roles"]
    idea.save()
    idea.priorities.set(Priority.objects.filter(code__in=spec["priorities"]))
    idea.perspectives.set(TransversalPerspective.objects.filter(code__in=spec["perspectives"]))
    # The phases it went through from indicative programming, ``step_days`` apart.
    reached = PHASE_ORDER[: PHASE_ORDER.index(spec["phase"]) + 1]
    for step, phase in enumerate(reached):
        IdeaPhaseChange.objects.create(
            idea=idea,
            from_phase=reached[step - 1] if step else "",
            to_phase=phase,
            changed_by=author,
            changed_at=spec["created"] + datetime.timedelta(days=spec.get("step_days", 30) * step),
        )
    for number, (name, status, message) in enumerate(spec["interests"]):
        _create_interest(idea, by_name[name], status, message, author, number)
    return idea


def _create_interest(idea, organisation, status, message, lead_contact, number) -> None:
    expressed_at = idea.created_at + datetime.timedelta(days=7 + number)
    decided_at = expressed_at + datetime.timedelta(days=5)
    member = _contact(organisation, None)
    decided = status in (S.ACCEPTED, S.DECLINED)
    interest = ExpressionOfInterest.objects.create(
        idea=idea,
        organisation=organisation,
        expressed_by=member,
        message=message,
        status=status,
        created_at=expressed_at,
        decided_by=lead_contact if decided else None,
        decided_at=decided_at if decided else None,
    )
    InterestStatusChange.objects.create(
        interest=interest, to_status=S.PENDING, changed_by=member, changed_at=expressed_at
    )
    if status != S.PENDING:
        InterestStatusChange.objects.create(
            interest=interest,
            from_status=S.PENDING,
            to_status=status,
            changed_by=lead_contact if decided else member,
            changed_at=decided_at,
        )


def seed_project_ideas() -> list[ProjectIdea]:
    by_name = {organisation.name: organisation for organisation in Organisation.objects.all()}
    secretariat = User.objects.filter(is_secretariat=True).order_by("pk").first()
    ideas = []
    for spec in IDEAS:
        lookup = {f"title_{spec['language']}": spec["title"]}
        idea = ProjectIdea.objects.filter(lead=by_name[spec["lead"]], **lookup).first()
        ideas.append(idea or _create_idea(spec, by_name, secretariat))
    titles = {original_title(idea): idea for idea in ideas}
    for data in IDEA_RECORDS:
        idea = titles[data["idea"]]
        accepted = idea.interests.filter(status=S.ACCEPTED).values("organisation")
        get_or_create_record(
            {
                **data,
                "idea": idea,
                "title": original_title(idea),
                "lead": idea.lead,
                # The members that joined the idea; evaluated only when the record is new.
                "partners": Organisation.objects.filter(pk__in=accepted),
            }
        )
    return ideas


def original_title(idea: ProjectIdea) -> str:
    return getattr(idea, f"title_{idea.original_language}")
