"""Demo network for `manage.py seed_demo`: deterministic, idempotent, realistic.

The Swedish members named in the network's own documents (Region Norrbotten, Norrbottens
Kommuner, Luleå, Kalix, Jokkmokk, Boden, Piteå) are real members; the other organisations are
plausible regions, provinces, municipalities and civil-society or education bodies of the
regions the network draws from (Västra Götaland, Norrbotten, Östergötland, Emilia-Romagna).
"""

import datetime

from allauth.account.models import EmailAddress
from django.conf import settings
from django.utils.text import slugify

from sern_portal.demo import stable_number
from strategy.models import Priority

from ..models import BoardRole, BoardSeat, Organisation, OrganisationContact, OrganisationKind, User

K = OrganisationKind
# (name, country, kind, region, town, inhabitants or employees)
ORGANISATIONS: list[tuple[str, str, str, str, str, int]] = [
    ("Region Norrbotten", "SE", K.REGION, "Norrbotten", "Luleå", 250_000),
    ("Norrbottens Kommuner", "SE", K.MUNICIPAL_ASSOCIATION, "Norrbotten", "Luleå", 250_000),
    ("Luleå kommun", "SE", K.MUNICIPALITY, "Norrbotten", "Luleå", 79_000),
    ("Kalix kommun", "SE", K.MUNICIPALITY, "Norrbotten", "Kalix", 16_000),
    ("Jokkmokks kommun", "SE", K.MUNICIPALITY, "Norrbotten", "Jokkmokk", 5_000),
    ("Bodens kommun", "SE", K.MUNICIPALITY, "Norrbotten", "Boden", 28_000),
    ("Piteå kommun", "SE", K.MUNICIPALITY, "Norrbotten", "Piteå", 42_000),
    ("Älvsbyns kommun", "SE", K.MUNICIPALITY, "Norrbotten", "Älvsbyn", 8_000),
    ("Arvidsjaurs kommun", "SE", K.MUNICIPALITY, "Norrbotten", "Arvidsjaur", 6_000),
    ("Västra Götalandsregionen", "SE", K.REGION, "Västra Götaland", "Göteborg", 1_750_000),
    ("Borås Stad", "SE", K.MUNICIPALITY, "Västra Götaland", "Borås", 114_000),
    ("Trollhättans Stad", "SE", K.MUNICIPALITY, "Västra Götaland", "Trollhättan", 59_000),
    ("Uddevalla kommun", "SE", K.MUNICIPALITY, "Västra Götaland", "Uddevalla", 57_000),
    ("Skövde kommun", "SE", K.MUNICIPALITY, "Västra Götaland", "Skövde", 57_000),
    ("Region Östergötland", "SE", K.REGION, "Östergötland", "Linköping", 470_000),
    ("Linköpings kommun", "SE", K.MUNICIPALITY, "Östergötland", "Linköping", 165_000),
    ("Norrköpings kommun", "SE", K.MUNICIPALITY, "Östergötland", "Norrköping", 144_000),
    ("Studieförbundet Vuxenskolan Östergötland", "SE", K.CIVIL_SOCIETY, "Östergötland", "Linköping", 40),
    ("Coompanion Norrbotten", "SE", K.CIVIL_SOCIETY, "Norrbotten", "Luleå", 12),
    ("Folkhögskolan Väst", "SE", K.EDUCATION, "Västra Götaland", "Göteborg", 60),
    ("Föreningen Hela Norrbotten ska leva", "SE", K.CIVIL_SOCIETY, "Norrbotten", "Piteå", 8),
    ("Ung i Väst", "SE", K.CIVIL_SOCIETY, "Västra Götaland", "Trollhättan", 15),
    ("Regione Emilia-Romagna", "IT", K.REGION, "Emilia-Romagna", "Bologna", 4_430_000),
    ("Provincia di Parma", "IT", K.PROVINCE, "Emilia-Romagna", "Parma", 455_000),
    ("Provincia di Forlì-Cesena", "IT", K.PROVINCE, "Emilia-Romagna", "Forlì", 395_000),
    ("Provincia di Reggio Emilia", "IT", K.PROVINCE, "Emilia-Romagna", "Reggio Emilia", 530_000),
    ("Provincia di Modena", "IT", K.PROVINCE, "Emilia-Romagna", "Modena", 705_000),
    ("Comune di Parma", "IT", K.MUNICIPALITY, "Emilia-Romagna", "Parma", 198_000),
    ("Comune di Forlì", "IT", K.MUNICIPALITY, "Emilia-Romagna", "Forlì", 117_000),
    ("Comune di Cesena", "IT", K.MUNICIPALITY, "Emilia-Romagna", "Cesena", 96_000),
    ("Comune di Reggio Emilia", "IT", K.MUNICIPALITY, "Emilia-Romagna", "Reggio Emilia", 171_000),
    ("Comune di Modena", "IT", K.MUNICIPALITY, "Emilia-Romagna", "Modena", 184_000),
    ("Comune di Bologna", "IT", K.MUNICIPALITY, "Emilia-Romagna", "Bologna", 390_000),
    ("Comune di Ferrara", "IT", K.MUNICIPALITY, "Emilia-Romagna", "Ferrara", 130_000),
    ("Comune di Ravenna", "IT", K.MUNICIPALITY, "Emilia-Romagna", "Ravenna", 156_000),
    ("Comune di Rimini", "IT", K.MUNICIPALITY, "Emilia-Romagna", "Rimini", 150_000),
    ("Comune di Piacenza", "IT", K.MUNICIPALITY, "Emilia-Romagna", "Piacenza", 103_000),
    ("Comune di Carpi", "IT", K.MUNICIPALITY, "Emilia-Romagna", "Carpi", 72_000),
    ("Comune di Faenza", "IT", K.MUNICIPALITY, "Emilia-Romagna", "Faenza", 58_000),
    ("Comune di Imola", "IT", K.MUNICIPALITY, "Emilia-Romagna", "Imola", 70_000),
    ("Comune di Fidenza", "IT", K.MUNICIPALITY, "Emilia-Romagna", "Fidenza", 27_000),
    ("Comune di Salsomaggiore Terme", "IT", K.MUNICIPALITY, "Emilia-Romagna", "Salsomaggiore Terme", 19_000),
    ("Comune di Sassuolo", "IT", K.MUNICIPALITY, "Emilia-Romagna", "Sassuolo", 40_000),
    ("Comune di Scandiano", "IT", K.MUNICIPALITY, "Emilia-Romagna", "Scandiano", 25_000),
    ("Comune di Cervia", "IT", K.MUNICIPALITY, "Emilia-Romagna", "Cervia", 28_000),
    ("Comune di Forlimpopoli", "IT", K.MUNICIPALITY, "Emilia-Romagna", "Forlimpopoli", 13_000),
    ("Fondazione Collegio Europeo di Parma", "IT", K.EDUCATION, "Emilia-Romagna", "Parma", 25),
    (
        "Unione dei Comuni della Bassa Romagna",
        "IT",
        K.MUNICIPAL_ASSOCIATION,
        "Emilia-Romagna",
        "Lugo",
        100_000,
    ),
    ("Unione Terre di Castelli", "IT", K.MUNICIPAL_ASSOCIATION, "Emilia-Romagna", "Vignola", 85_000),
    ("Unione della Romagna Faentina", "IT", K.MUNICIPAL_ASSOCIATION, "Emilia-Romagna", "Faenza", 88_000),
    ("Unione Pedemontana Parmense", "IT", K.MUNICIPAL_ASSOCIATION, "Emilia-Romagna", "Collecchio", 50_000),
    ("Associazione Europa Giovani Parma", "IT", K.CIVIL_SOCIETY, "Emilia-Romagna", "Parma", 10),
    ("Cooperativa sociale Il Ponte", "IT", K.CIVIL_SOCIETY, "Emilia-Romagna", "Forlì", 85),
    ("Centro Servizi per il Volontariato Emilia", "IT", K.CIVIL_SOCIETY, "Emilia-Romagna", "Parma", 30),
    ("Fondazione Scuola di Pace", "IT", K.CIVIL_SOCIETY, "Emilia-Romagna", "Reggio Emilia", 9),
    ("Istituto di Formazione Europea Romagna", "IT", K.EDUCATION, "Emilia-Romagna", "Cesena", 45),
    ("Associazione Ambiente e Mobilità Bologna", "IT", K.CIVIL_SOCIETY, "Emilia-Romagna", "Bologna", 7),
    ("Ente di Formazione Professionale Modena", "IT", K.EDUCATION, "Emilia-Romagna", "Modena", 120),
    ("Rete Turismo Sostenibile Appennino", "IT", K.CIVIL_SOCIETY, "Emilia-Romagna", "Bobbio", 5),
]

KIND_LABELS = {
    "en": {
        K.REGION: "Region",
        K.PROVINCE: "Province",
        K.MUNICIPALITY: "Municipality",
        K.MUNICIPAL_ASSOCIATION: "Association of municipalities",
        K.CIVIL_SOCIETY: "Civil-society organisation",
        K.EDUCATION: "Education institution",
    },
    "sv": {
        K.REGION: "Region",
        K.PROVINCE: "Provins",
        K.MUNICIPALITY: "Kommun",
        K.MUNICIPAL_ASSOCIATION: "Kommunförbund",
        K.CIVIL_SOCIETY: "Civilsamhällesorganisation",
        K.EDUCATION: "Utbildningsanordnare",
    },
    "it": {
        K.REGION: "Regione",
        K.PROVINCE: "Provincia",
        K.MUNICIPALITY: "Comune",
        K.MUNICIPAL_ASSOCIATION: "Unione di comuni",
        K.CIVIL_SOCIETY: "Organizzazione della società civile",
        K.EDUCATION: "Ente di formazione",
    },
}
DESCRIPTION = {
    "en": "{kind} in {region} ({town}), member of the Sweden Emilia-Romagna Network since {year}. "
    "Works with European partners on {topics}.",
    "sv": "{kind} i {region} ({town}), medlem i Sweden Emilia-Romagna Network sedan {year}. "
    "Samarbetar med europeiska partner inom {topics}.",
    "it": "{kind} in {region} ({town}), socio della Sweden Emilia-Romagna Network dal {year}. "
    "Collabora con partner europei su {topics}.",
}


def seed_organisations() -> list[Organisation]:
    priorities = list(Priority.objects.order_by("order"))
    organisations = []
    for name, country, kind, region, town, size in ORGANISATIONS:
        number = stable_number(name)
        year = 2005 + number % 19
        chosen = (
            [priorities[(number >> shift) % len(priorities)] for shift in (0, 5, 10)] if priorities else []
        )
        chosen = sorted(set(chosen), key=lambda p: p.order)
        is_public = kind in OrganisationKind.public_kinds()
        descriptions = {}
        for lang, template in DESCRIPTION.items():
            topics = ", ".join(getattr(p, f"name_{lang}").lower() for p in chosen) or "-"
            descriptions[f"description_{lang}"] = template.format(
                kind=KIND_LABELS[lang][kind], region=region, town=town, year=year, topics=topics
            )
        organisation, _ = Organisation.objects.update_or_create(
            slug=slugify(name)[:120],
            defaults={
                "name": name,
                "kind": kind,
                "is_public": is_public,
                "country": country,
                "region": region,
                "town": town,
                "inhabitants": size if is_public else None,
                "employees": None if is_public else size,
                "website": f"https://www.{slugify(name)[:40]}.example",
                "member_since": datetime.date(year, 1 + number % 12, 1 + number % 28),
                "description": descriptions["description_en"],
                **descriptions,
            },
        )
        organisation.priorities.set(chosen)
        organisations.append(organisation)
    return organisations


# (e-mail, name, language, role, organisation contact slug)
DEMO_ACCOUNTS = [
    ("secretariat@demo.sern.eu", "Giulia Rossi", "it", "secretariat", None),
    ("board@demo.sern.eu", "Erik Lindqvist", "sv", "board", "region-norrbotten"),
    ("chair@demo.sern.eu", "Marco Bianchi", "it", "chair", "comune-di-forli"),
    ("member@demo.sern.eu", "Anna Nilsson", "sv", "member", "lulea-kommun"),
    ("member.it@demo.sern.eu", "Luca Ferrari", "it", "member", "comune-di-parma"),
    ("applicant@demo.sern.eu", "Sara Conti", "en", "applicant", None),
]
BOARD_TERM_START = datetime.date(2025, 5, 1)


def seed_accounts() -> list[User]:
    password = settings.DEMO_PASSWORD
    users = []
    for email, name, language, role, contact_of in DEMO_ACCOUNTS:
        user, _ = User.objects.update_or_create(
            email=email,
            defaults={
                "name": name,
                "language": language,
                "is_secretariat": role == "secretariat",
                "is_staff": role == "secretariat",
            },
        )
        if not user.check_password(password):  # keeps the hash (and the run) unchanged
            user.set_password(password)
            user.save(update_fields=["password"])
        EmailAddress.objects.update_or_create(
            user=user, email=email, defaults={"verified": True, "primary": True}
        )
        if contact_of:
            organisation = Organisation.objects.get(slug=contact_of)
            if role in {"board", "chair"}:
                BoardSeat.objects.get_or_create(
                    user=user,
                    started_on=BOARD_TERM_START,
                    defaults={
                        "role": BoardRole.CHAIR if role == "chair" else BoardRole.MEMBER,
                        "organisation": organisation,
                    },
                )
            else:
                OrganisationContact.objects.get_or_create(
                    user=user, organisation=organisation, defaults={"is_primary": True}
                )
        users.append(user)
    return users
