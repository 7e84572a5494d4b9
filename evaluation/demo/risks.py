"""Demo risks for the register (evaluation area E): deterministic, idempotent, in three languages."""

import datetime

from ..models import Risk, RiskLevel, RiskStatus

L = RiskLevel
# The owner is one text, not a translated field: a person's name reads the same on every page
# (the demo's secretariat and chair, members.demo.organisations.DEMO_ACCOUNTS), where "Secretariat"
# would be English on the Swedish and Italian pages.
SECRETARIAT = "Giulia Rossi"
CHAIR = "Marco Bianchi"
# (English, Swedish, Italian) risk; likelihood; impact; owner; (en, sv, it) mitigation; status; identified
RISKS = [
    (
        (
            "Few members lead project ideas",
            "Få medlemmar leder projektidéer",
            "Pochi soci guidano le idee progettuali",
        ),
        L.HIGH,
        L.HIGH,
        SECRETARIAT,
        (
            "Pair first-time leads with experienced members and offer proposal-writing support.",
            "Para ihop förstagångsledare med erfarna medlemmar och erbjud stöd i ansökningsskrivandet.",
            "Affiancare i capofila alla prima esperienza a soci esperti e offrire supporto alla scrittura.",
        ),
        RiskStatus.OPEN,
        datetime.date(2021, 3, 1),
    ),
    (
        (
            "Contact persons change after local elections",
            "Kontaktpersoner byts ut efter lokalval",
            "I referenti cambiano dopo le elezioni locali",
        ),
        L.MEDIUM,
        L.MEDIUM,
        SECRETARIAT,
        (
            "Keep at least two contact persons per member and welcome new ones within a month.",
            "Ha minst två kontaktpersoner per medlem och välkomna nya inom en månad.",
            "Avere almeno due referenti per socio e accogliere i nuovi entro un mese.",
        ),
        RiskStatus.MONITORED,
        datetime.date(2021, 3, 1),
    ),
    (
        (
            "Members leave because of the fee",
            "Medlemmar lämnar nätverket på grund av avgiften",
            "Soci lasciano la rete a causa della quota",
        ),
        L.LOW,
        L.HIGH,
        CHAIR,
        (
            "Show each member its projects and grants every year; review the fee bands.",
            "Visa varje medlem dess projekt och bidrag varje år; se över avgiftsnivåerna.",
            "Mostrare ogni anno a ciascun socio i suoi progetti e contributi; rivedere le fasce di quota.",
        ),
        RiskStatus.OPEN,
        datetime.date(2022, 1, 15),
    ),
    (
        (
            "Travel emissions of in-person meetings",
            "Utsläpp från resor till fysiska möten",
            "Emissioni dei viaggi per le riunioni in presenza",
        ),
        L.HIGH,
        L.LOW,
        CHAIR,
        (
            "Paperless Board meetings with online participation; one in-person General Assembly a year.",
            "Papperslösa styrelsemöten med deltagande på distans; en fysisk generalförsamling per år.",
            "Riunioni del Consiglio senza carta e con partecipazione online; "
            "un'assemblea in presenza l'anno.",
        ),
        RiskStatus.MONITORED,
        datetime.date(2021, 3, 1),
    ),
    (
        (
            "Fewer EU funding opportunities after 2027",
            "Färre EU-finansieringsmöjligheter efter 2027",
            "Meno opportunità di finanziamento UE dopo il 2027",
        ),
        L.MEDIUM,
        L.HIGH,
        SECRETARIAT,
        (
            "Follow the 2028–2034 programme negotiations and brief members on the new programmes.",
            "Följ förhandlingarna om programmen 2028–2034 och informera medlemmarna om de nya programmen.",
            "Seguire i negoziati sui programmi 2028–2034 e informare i soci sui nuovi programmi.",
        ),
        RiskStatus.OPEN,
        datetime.date(2024, 9, 1),
    ),
    (
        (
            "The portal is not adopted by members",
            "Portalen används inte av medlemmarna",
            "Il portale non viene adottato dai soci",
        ),
        L.MEDIUM,
        L.MEDIUM,
        SECRETARIAT,
        (
            "Trainings for contact persons; "
            "weekly digest of calls and ideas matching each member's priorities.",
            "Utbildningar för kontaktpersoner; "
            "veckosammanfattning av utlysningar och idéer efter medlemmens prioriteringar.",
            "Formazione per i referenti; "
            "riepilogo settimanale di bandi e idee in linea con le priorità del socio.",
        ),
        RiskStatus.CLOSED,
        datetime.date(2023, 2, 1),
    ),
]
CLOSED_ON = datetime.date(2025, 11, 30)


def seed_risks() -> list[Risk]:
    """Creates the demo risks once; never changes a risk the secretariat may have edited since."""
    risks = []
    for titles, likelihood, impact, owner, mitigations, status, identified_on in RISKS:
        risk, _created = Risk.objects.get_or_create(
            title_en=titles[0],
            defaults={
                "title": titles[0],
                "title_sv": titles[1],
                "title_it": titles[2],
                "likelihood": likelihood,
                "impact": impact,
                "owner": owner,
                "mitigation": mitigations[0],
                "mitigation_en": mitigations[0],
                "mitigation_sv": mitigations[1],
                "mitigation_it": mitigations[2],
                "status": status,
                "identified_on": identified_on,
                "closed_on": CLOSED_ON if status == RiskStatus.CLOSED else None,
            },
        )
        risks.append(risk)
    return risks
