"""Demo news and EU calls, at fixed dates around the demo's reference day (not today's date).

With fixed dates the demo is the same on every run; the open calls close in 2027 and later.
"""

import datetime
import zoneinfo
from decimal import Decimal

from sern_portal.demo import priorities_by_code, translated

from ..models import EuCall, NewsItem

ROME = zoneinfo.ZoneInfo("Europe/Rome")
DEMO_TODAY = datetime.date(2026, 11, 16)

# (slug, published on, priority codes, {lang: (title, body)})
NEWS = [
    (
        "erasmus-2027-programme-guide",
        datetime.date(2026, 11, 12),
        ["quality-education", "digital-skills"],
        {
            "en": (
                "Erasmus+ 2027 programme guide published",
                "The European Commission has published the Erasmus+ programme guide for 2027. "
                "Cooperation partnerships in adult education and youth keep their two deadlines.",
            ),
            "sv": (
                "Programguiden för Erasmus+ 2027 är publicerad",
                "Europeiska kommissionen har publicerat programguiden för Erasmus+ 2027. "
                "Samarbetspartnerskap inom vuxenutbildning och ungdom behåller sina två ansökningsdatum.",
            ),
            "it": (
                "Pubblicata la guida al programma Erasmus+ 2027",
                "La Commissione europea ha pubblicato la guida al programma Erasmus+ 2027. "
                "I partenariati di cooperazione per adulti e giovani mantengono le due scadenze.",
            ),
        },
    ),
    (
        "climate-adaptation-mission-cities",
        datetime.date(2026, 10, 28),
        ["climate-action"],
        {
            "en": (
                "EU Mission on Adaptation opens to more regions",
                "Regions and municipalities can now sign the Mission Charter on adaptation to climate change "
                "and access technical support for their adaptation plans.",
            ),
            "sv": (
                "EU:s uppdrag om klimatanpassning öppnas för fler regioner",
                "Regioner och kommuner kan nu underteckna uppdragets stadga om klimatanpassning "
                "och få tekniskt stöd för sina anpassningsplaner.",
            ),
            "it": (
                "La missione UE sull'adattamento si apre a nuove regioni",
                "Regioni e comuni possono ora firmare la Carta della missione sull'adattamento ai cambiamenti "
                "climatici e ricevere supporto tecnico per i loro piani.",
            ),
        },
    ),
    (
        "cerv-citizens-engagement-results",
        datetime.date(2026, 10, 6),
        ["active-citizenship"],
        {
            "en": (
                "CERV: results of the town-twinning call",
                "Two SERN members are among the winners of the CERV town-twinning call. "
                "The secretariat will present the projects at the General Assembly.",
            ),
            "sv": (
                "CERV: resultat av utlysningen om vänorter",
                "Två SERN-medlemmar finns bland vinnarna i CERV:s utlysning om vänortssamarbete. "
                "Sekretariatet presenterar projekten vid generalförsamlingen.",
            ),
            "it": (
                "CERV: i risultati del bando sui gemellaggi",
                "Due soci SERN sono tra i vincitori del bando CERV sui gemellaggi tra città. "
                "Il segretariato presenterà i progetti all'Assemblea generale.",
            ),
        },
    ),
    (
        "digital-decade-report-2026",
        datetime.date(2026, 9, 22),
        ["e-government", "digital-skills"],
        {
            "en": (
                "State of the Digital Decade 2026",
                "The Commission's yearly report shows Sweden and Italy progressing on digital public services; "
                "digital skills remain the main gap for small municipalities.",
            ),
            "sv": (
                "Läget för det digitala decenniet 2026",
                "Kommissionens årliga rapport visar att Sverige och Italien går framåt med digitala offentliga "
                "tjänster; digitala färdigheter är fortfarande den största bristen i små kommuner.",
            ),
            "it": (
                "Lo stato del decennio digitale 2026",
                "La relazione annuale della Commissione mostra progressi di Svezia e Italia nei servizi pubblici "
                "digitali; le competenze digitali restano la principale lacuna dei piccoli comuni.",
            ),
        },
    ),
    (
        "sustainable-tourism-transition-pathway",
        datetime.date(2026, 6, 18),
        ["sustainable-tourism"],
        {
            "en": (
                "Transition pathway for tourism: new pledges",
                "Destinations can pledge actions under the EU transition pathway for tourism, "
                "a useful reference for Interreg proposals on sustainable tourism.",
            ),
            "sv": (
                "Omställningsvägen för turism: nya åtaganden",
                "Destinationer kan göra åtaganden inom EU:s omställningsväg för turism, "
                "en bra referens för Interregansökningar om hållbar turism.",
            ),
            "it": (
                "Percorso di transizione per il turismo: nuovi impegni",
                "Le destinazioni possono assumere impegni nel percorso di transizione UE per il turismo, "
                "un riferimento utile per le proposte Interreg sul turismo sostenibile.",
            ),
        },
    ),
    (
        "urban-mobility-framework-update",
        datetime.date(2026, 12, 1),  # scheduled: after the demo's reference day
        ["smart-mobility"],
        {
            "en": (
                "Urban mobility framework: what changes in 2027",
                "Cities above 100,000 inhabitants must report sustainable urban mobility indicators from 2027.",
            ),
            "sv": (
                "Ramverket för stadsmobilitet: vad som ändras 2027",
                "Städer med fler än 100 000 invånare ska rapportera indikatorer för hållbar mobilitet från 2027.",
            ),
            "it": (
                "Quadro per la mobilità urbana: cosa cambia nel 2027",
                "Le città sopra i 100.000 abitanti dovranno riferire gli indicatori di mobilità sostenibile "
                "dal 2027.",
            ),
        },
    ),
]

EU = [
    "AT",
    "BE",
    "BG",
    "HR",
    "CY",
    "CZ",
    "DK",
    "EE",
    "FI",
    "FR",
    "DE",
    "GR",
    "HU",
    "IE",
    "IT",
    "LV",
    "LT",
    "LU",
    "MT",
    "NL",
    "PL",
    "PT",
    "RO",
    "SK",
    "SI",
    "ES",
    "SE",
]

# (identifier, programme, deadline (date, hour), zone, budget EUR, priorities, countries, published, titles, summary)
CALLS = [
    (
        "ERASMUS-2027-PCOOP-ENGO",
        "Erasmus+",
        (datetime.date(2027, 3, 5), 17),
        "Europe/Brussels",
        45_000_000,
        ["quality-education", "digital-skills"],
        EU,
        datetime.date(2026, 11, 13),
        (
            "Cooperation partnerships in adult education",
            "Samarbetspartnerskap inom vuxenutbildning",
            "Partenariati di cooperazione nell'educazione degli adulti",
        ),
        "Partnerships of organisations from at least three programme countries improving adult learning.",
    ),
    (
        "ERASMUS-2027-YOUTH-PART",
        "Erasmus+",
        (datetime.date(2027, 2, 19), 12),
        "Europe/Brussels",
        12_000_000,
        ["active-citizenship"],
        EU,
        datetime.date(2026, 11, 10),
        (
            "Youth participation activities",
            "Aktiviteter för ungas delaktighet",
            "Attività di partecipazione giovanile",
        ),
        "Projects that give young people a voice in local and European decision-making.",
    ),
    (
        "CERV-2027-CITIZENS-TOWN-TT",
        "CERV",
        (datetime.date(2027, 9, 16), 17),
        "Europe/Brussels",
        5_800_000,
        ["active-citizenship", "services-vulnerable-groups"],
        EU,
        datetime.date(2026, 10, 30),
        ("Town-twinning", "Vänortssamarbete", "Gemellaggio tra città"),
        "Meetings of citizens of twinned towns on the future of Europe and democratic participation.",
    ),
    (
        "CERV-2027-CITIZENS-NET",
        "CERV",
        (datetime.date(2027, 9, 16), 17),
        "Europe/Brussels",
        13_200_000,
        ["active-citizenship"],
        EU,
        datetime.date(2026, 10, 30),
        ("Networks of towns", "Nätverk av kommuner", "Reti di città"),
        "Networks of municipalities working together on a common theme over several years.",
    ),
    (
        "LIFE-2027-CLIMA-CCA",
        "LIFE",
        (datetime.date(2027, 4, 22), 17),
        "Europe/Brussels",
        60_000_000,
        ["climate-action"],
        EU,
        datetime.date(2026, 11, 3),
        ("Climate change adaptation", "Klimatanpassning", "Adattamento ai cambiamenti climatici"),
        "Standard action projects on adaptation to climate change, including nature-based solutions.",
    ),
    (
        "HORIZON-CL5-2027-D6-01",
        "Horizon Europe",
        (datetime.date(2027, 1, 20), 17),
        "Europe/Brussels",
        25_000_000,
        ["smart-mobility"],
        [],
        datetime.date(2026, 9, 15),
        ("Zero-emission urban mobility", "Utsläppsfri stadsmobilitet", "Mobilità urbana a emissioni zero"),
        "Research and innovation actions piloting zero-emission mobility services in small and medium cities.",
    ),
    (
        "INTERREG-EUROPE-2027-5",
        "Interreg Europe",
        (datetime.date(2027, 5, 31), 12),
        "Europe/Brussels",
        40_000_000,
        ["sustainable-tourism", "e-government"],
        [*EU, "NO", "CH"],
        datetime.date(2026, 11, 9),
        (
            "Fifth call for project proposals",
            "Femte utlysningen för projektförslag",
            "Quinto bando per proposte progettuali",
        ),
        "Interregional cooperation projects improving regional development policies.",
    ),
    (
        "DIGITAL-2027-SKILLS-08",
        "Digital Europe",
        (datetime.date(2027, 2, 24), 17),
        "Europe/Brussels",
        18_000_000,
        ["digital-skills", "e-government"],
        EU,
        datetime.date(2026, 10, 20),
        (
            "Digital skills for public administrations",
            "Digitala färdigheter för offentlig förvaltning",
            "Competenze digitali per le pubbliche amministrazioni",
        ),
        "Training programmes that raise the digital skills of civil servants in local and regional authorities.",
    ),
    # Expired calls (the archive)
    (
        "ERASMUS-2026-PCOOP-ENGO",
        "Erasmus+",
        (datetime.date(2026, 3, 5), 12),
        "Europe/Brussels",
        42_000_000,
        ["quality-education"],
        EU,
        datetime.date(2025, 11, 20),
        ("Cooperation partnerships 2026", "Samarbetspartnerskap 2026", "Partenariati di cooperazione 2026"),
        "The 2026 round of cooperation partnerships.",
    ),
    (
        "CERV-2026-CITIZENS-TOWN-TT",
        "CERV",
        (datetime.date(2026, 9, 18), 17),
        "Europe/Brussels",
        5_500_000,
        ["active-citizenship"],
        EU,
        datetime.date(2025, 12, 10),
        ("Town-twinning 2026", "Vänortssamarbete 2026", "Gemellaggio tra città 2026"),
        "The 2026 round of the town-twinning call.",
    ),
    (
        "LIFE-2026-CLIMA-CCA",
        "LIFE",
        (datetime.date(2026, 4, 23), 17),
        "Europe/Brussels",
        58_000_000,
        ["climate-action"],
        EU,
        datetime.date(2025, 12, 15),
        (
            "Climate change adaptation 2026",
            "Klimatanpassning 2026",
            "Adattamento ai cambiamenti climatici 2026",
        ),
        "The 2026 round of LIFE adaptation projects.",
    ),
    (
        "CREA-CULT-2026-COOP",
        "Creative Europe",
        (datetime.date(2026, 2, 26), 17),
        "Europe/Brussels",
        60_000_000,
        ["sustainable-tourism"],
        EU,
        datetime.date(2025, 11, 5),
        ("European cooperation projects", "Europeiska samarbetsprojekt", "Progetti di cooperazione europea"),
        "Cultural cooperation projects, including cultural heritage and tourism.",
    ),
]


def _at(day: datetime.date, hour: int = 9, zone=ROME) -> datetime.datetime:
    return datetime.datetime.combine(day, datetime.time(hour), tzinfo=zone)


def seed_news() -> list[NewsItem]:
    priorities = priorities_by_code()
    items = []
    for slug, day, codes, texts in NEWS:
        item, _ = NewsItem.objects.update_or_create(
            slug=slug,
            defaults={
                **translated(texts, ("title", "body")),
                "published_at": _at(day),
                "created_at": _at(day, 8),
            },
        )
        item.priorities.set([priorities[code] for code in codes if code in priorities])
        items.append(item)
    return items


def seed_calls() -> list[EuCall]:
    priorities = priorities_by_code()
    calls = []
    for identifier, programme, (
        day,
        hour,
    ), zone, budget, codes, countries, published, titles, summary in CALLS:
        call, _ = EuCall.objects.update_or_create(
            identifier=identifier,
            defaults={
                "slug": identifier.lower(),
                "programme": programme,
                "title": titles[0],
                "title_en": titles[0],
                "title_sv": titles[1],
                "title_it": titles[2],
                "summary": summary,
                "summary_en": summary,
                "deadline": _at(day, hour, zoneinfo.ZoneInfo(zone)),
                "deadline_time_zone": zone,
                "budget_eur": Decimal(budget),
                "link": f"https://ec.europa.eu/info/funding-tenders/opportunities/portal/{identifier.lower()}",
                "eligible_countries": sorted(countries),
                "published_at": _at(published),
            },
        )
        call.priorities.set([priorities[code] for code in codes if code in priorities])
        calls.append(call)
    return calls
