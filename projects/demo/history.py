"""The network's project history: totals reproduce its published record.

178 proposals submitted at EU level, 130 approved (73 %), 20,000 participants and EUR 13 M of EU
grants. The projects the network's documents name (MANTT, QLSE, CREANET, BAGS4YOUTH, EQUAP, MOBEC,
PLANET) are among them, with what the documents say of them; their amounts, and every other
record, are demo values generated from fixed seeds (the same on every machine).
"""

import datetime
from decimal import Decimal

from members.models import Organisation
from projects.models import ProjectOutcome, ProjectRecord
from sern_portal.demo import stable_number

from .ideas import IDEA_RECORDS
from .records import get_or_create_record

PUBLISHED_SUBMITTED = 178
PUBLISHED_APPROVED = 130
PUBLISHED_PARTICIPANTS = 20_000
PUBLISHED_EU_GRANTS_EUR = Decimal("13000000")

NORRBOTTEN_IN_MANTT = [
    "Region Norrbotten",
    "Norrbottens Kommuner",
    "Piteå kommun",
    "Kalix kommun",
    "Bodens kommun",
    "Älvsbyns kommun",
    "Arvidsjaurs kommun",
    "Jokkmokks kommun",
]
# (acronym, title, programme, submitted on, lead (None: the network itself), partners, grant, participants)
NAMED_PROJECTS = [
    (
        "MANTT",
        "Managing Networks of Twinned Towns",
        "Europe for Citizens",
        datetime.date(2009, 9, 1),
        None,
        [*NORRBOTTEN_IN_MANTT, "Comune di Forlì", "Provincia di Forlì-Cesena", "Comune di Cesena"],
        Decimal("148500"),
        1350,
    ),
    (
        "QLSE",
        "QLSE — one of the Commission's 25 high-quality Europe for Citizens projects",
        "Europe for Citizens",
        datetime.date(2010, 2, 1),
        "Provincia di Forlì-Cesena",
        ["Luleå kommun", "Piteå kommun", "Comune di Forlì", "Comune di Ravenna"],
        Decimal("132000"),
        980,
    ),
    (
        "PLANET",
        "PLANET — training local officials in project planning (Sweden, Italy, Finland, Spain, Poland)",
        "Europe for Citizens",
        datetime.date(2011, 9, 1),
        None,
        ["Norrbottens Kommuner", "Comune di Forlì", "Provincia di Parma", "Comune di Cesena"],
        Decimal("98000"),
        260,
    ),
    (
        "CREANET",
        "CREANET — Comenius network coordinated by SERN",
        "Lifelong Learning Programme – Comenius",
        datetime.date(2012, 2, 28),
        None,
        ["Folkhögskolan Väst", "Istituto di Formazione Europea Romagna", "Comune di Reggio Emilia"],
        Decimal("300000"),
        420,
    ),
    (
        "BAGS4YOUTH",
        "BAGS4YOUTH — best practice presented at the European Week of Regions and Cities",
        "Erasmus+",
        datetime.date(2015, 4, 30),
        "Comune di Forlì",
        ["Ung i Väst", "Associazione Europa Giovani Parma", "Trollhättans Stad"],
        Decimal("245000"),
        310,
    ),
    (
        "EQUAP",
        "EQUAP — inclusive early childhood education and care (Erasmus+ KA2)",
        "Erasmus+",
        datetime.date(2016, 3, 31),
        "Comune di Parma",
        ["Borås Stad", "Linköpings kommun", "Comune di Modena"],
        Decimal("298000"),
        540,
    ),
    (
        "MOBEC",
        "MOBEC — Erasmus+ strategic partnership, best practice for INDIRE",
        "Erasmus+",
        datetime.date(2017, 3, 29),
        "Unione dei Comuni della Bassa Romagna",
        ["Skövde kommun", "Uddevalla kommun", "Comune di Faenza"],
        Decimal("276500"),
        450,
    ),
]

PROGRAMMES_BY_PERIOD = [
    (2005, 2006, ["Town Twinning", "Town Twinning", "Socrates – Comenius", "Interreg IIIC", "LIFE"]),
    (
        2007,
        2013,
        [
            "Europe for Citizens",
            "Europe for Citizens",
            "Lifelong Learning Programme – Comenius",
            "Lifelong Learning Programme – Grundtvig",
            "Interreg IVC",
            "FP7",
            "LIFE+",
            "Culture",
        ],
    ),
    (
        2014,
        2020,
        [
            "Erasmus+",
            "Erasmus+",
            "Europe for Citizens",
            "Interreg Europe",
            "Horizon 2020",
            "LIFE",
            "Creative Europe",
        ],
    ),
    (
        2021,
        2025,
        ["Erasmus+", "Erasmus+", "CERV", "Interreg Europe", "Horizon Europe", "LIFE", "Creative Europe"],
    ),
]
THEMES = [
    ("GREEN", "Local climate action plans shared by Swedish and Italian towns"),
    ("MOVE", "Smart and active mobility"),
    ("EDU", "Quality education and early school leaving"),
    ("CITI", "Active citizenship and town twinning"),
    ("DIGI", "Digital skills for citizens and staff"),
    ("EGOV", "e-Government services"),
    ("TOUR", "Sustainable and slow tourism"),
    ("INCL", "Services for vulnerable groups"),
    ("YOUTH", "Youth participation in local democracy"),
    ("AGE", "Active ageing and care at home"),
    ("FOOD", "Small-scale food production and rural development"),
    ("ENER", "Energy efficiency in public buildings"),
    ("CULT", "Culture and heritage as drivers of local development"),
    ("MIGR", "Welcoming and including migrants"),
    ("ENTRE", "Entrepreneurship and social cooperatives"),
    ("WATER", "Water management and climate adaptation"),
]
SUFFIXES = ["NET", "UP", "LAB", "4EU", "PLUS", "WAY", "CITY", "HUB", "ACT", "LINK"]
QUALIFIERS = [
    "in rural municipalities",
    "for young people",
    "between the North and the South of Europe",
    "in small towns",
    "with civil society",
    "for local administrations",
    "in Norrbotten and Emilia-Romagna",
]


def _programme(year: int, number: int) -> str:
    for first, last, programmes in PROGRAMMES_BY_PERIOD:
        if first <= year <= last:
            return programmes[number % len(programmes)]
    raise ValueError(year)


def _spread(total, weights: list[int], unit) -> list:
    """Split ``total`` in proportion to ``weights``, rounded to ``unit``; the last takes the rest."""
    weight_sum = sum(weights)
    parts = [(total * weight / weight_sum // unit) * unit for weight in weights[:-1]]
    return [*parts, total - sum(parts)]


def _generated_projects(members: list[Organisation]) -> list[dict]:
    """The rest of the history, so that the totals with the named and the ideas' records are the
    published ones."""
    idea_approved = [r for r in IDEA_RECORDS if r["outcome"] == ProjectOutcome.APPROVED]
    count = PUBLISHED_SUBMITTED - len(NAMED_PROJECTS) - len(IDEA_RECORDS)
    approved_count = PUBLISHED_APPROVED - len(NAMED_PROJECTS) - len(idea_approved)
    fixed_participants = sum(p[7] for p in NAMED_PROJECTS) + sum(r["participants"] for r in idea_approved)
    fixed_grants = sum(p[6] for p in NAMED_PROJECTS) + sum(r["eu_grant_eur"] for r in idea_approved)

    rejected_count = count - approved_count
    rank = sorted(range(count), key=lambda i: stable_number(f"outcome-{i}"))
    rejected = set(rank[:rejected_count])
    approved = [i for i in range(count) if i not in rejected]
    participants = _spread(
        PUBLISHED_PARTICIPANTS - fixed_participants,
        [40 + stable_number(f"people-{i}") % 300 for i in approved],
        1,
    )
    grants = _spread(
        PUBLISHED_EU_GRANTS_EUR - fixed_grants,
        [30 + stable_number(f"grant-{i}") % 270 for i in approved],
        Decimal(100),
    )
    figures = dict(zip(approved, zip(grants, participants, strict=True), strict=True))

    swedish = [m for m in members if m.country == "SE"]
    italian = [m for m in members if m.country == "IT"]
    used = {p[0] for p in NAMED_PROJECTS}
    projects = []
    for i in range(count):
        number = stable_number(f"project-{i}")
        stem, theme = THEMES[number % len(THEMES)]
        base = stem + SUFFIXES[(number >> 4) % len(SUFFIXES)]
        acronym, again = base, 2
        while acronym in used:
            acronym, again = f"{base}{again}", again + 1
        used.add(acronym)
        year = 2005 + i % 21
        lead = members[number % len(members)]
        partner_pool = italian if lead.country == "SE" else swedish
        other_pool = swedish if lead.country == "SE" else italian
        partners = {partner_pool[(number >> s) % len(partner_pool)] for s in (3, 9, 15)}
        partners.add(other_pool[(number >> 21) % len(other_pool)])
        partners.discard(lead)
        grant, people = figures.get(i, (Decimal(0), 0))
        projects.append(
            {
                "acronym": acronym,
                "title": f"{theme} {QUALIFIERS[(number >> 7) % len(QUALIFIERS)]}",
                "programme": _programme(year, number >> 11),
                "submitted_on": datetime.date(year, 1 + number % 12, 1 + (number >> 5) % 28),
                "outcome": ProjectOutcome.REJECTED if i in rejected else ProjectOutcome.APPROVED,
                "eu_grant_eur": grant,
                "participants": people,
                "lead": lead,
                "partners": sorted(partners, key=lambda o: o.pk),
            }
        )
    return projects


def seed_project_history() -> list[ProjectRecord]:
    members = list(Organisation.objects.members(on=datetime.date(2026, 1, 1)).order_by("name"))
    by_name = {organisation.name: organisation for organisation in Organisation.objects.all()}
    records = []
    for acronym, title, programme, submitted_on, lead, partners, grant, people in NAMED_PROJECTS:
        data = {
            "acronym": acronym,
            "title": title,
            "programme": programme,
            "submitted_on": submitted_on,
            "outcome": ProjectOutcome.APPROVED,
            "eu_grant_eur": grant,
            "participants": people,
            "lead": by_name.get(lead) if lead else None,
            "partners": [by_name[name] for name in partners if name in by_name],
        }
        records.append(get_or_create_record(data))
    records.extend(get_or_create_record(data) for data in _generated_projects(members))
    return records
