"""Demo pool of expertise: areas, and staff of some members (most with consent recorded)."""

import datetime

from sern_portal.demo import stable_number
from strategy.models import Priority

from ..models import ExpertiseArea, Organisation, StaffExpert

# (code, priority code or None, en, sv, it)
AREAS = [
    (
        "eu-project-management",
        None,
        "EU project management",
        "EU-projektledning",
        "Gestione di progetti europei",
    ),
    (
        "social-inclusion",
        "services-vulnerable-groups",
        "Social inclusion services",
        "Tjänster för social inkludering",
        "Servizi di inclusione sociale",
    ),
    (
        "youth-participation",
        "active-citizenship",
        "Youth participation",
        "Ungas delaktighet",
        "Partecipazione giovanile",
    ),
    ("adult-education", "quality-education", "Adult education", "Vuxenutbildning", "Educazione degli adulti"),
    (
        "open-data",
        "e-government",
        "Open data and e-services",
        "Öppna data och e-tjänster",
        "Open data e servizi digitali",
    ),
    (
        "climate-adaptation",
        "climate-action",
        "Climate adaptation",
        "Klimatanpassning",
        "Adattamento climatico",
    ),
    (
        "sustainable-tourism",
        "sustainable-tourism",
        "Sustainable tourism",
        "Hållbar turism",
        "Turismo sostenibile",
    ),
    (
        "mobility-planning",
        "smart-mobility",
        "Sustainable mobility planning",
        "Hållbar mobilitetsplanering",
        "Pianificazione della mobilità sostenibile",
    ),
]
# (organisation slug, name, job title in the organisation's language, area codes, consent given)
STAFF = [
    (
        "lulea-kommun",
        "Maria Johansson",
        "EU-samordnare",
        ["eu-project-management", "climate-adaptation"],
        True,
    ),
    ("lulea-kommun", "Johan Berg", "Fritidsledare", ["youth-participation"], True),
    ("lulea-kommun", "Karin Ek", "Planerare", ["mobility-planning"], False),
    ("region-norrbotten", "Lars Öberg", "Digitaliseringsstrateg", ["open-data"], True),
    ("region-norrbotten", "Eva Lund", "Turismutvecklare", ["sustainable-tourism"], True),
    ("vastra-gotalandsregionen", "Sofia Karlsson", "Utbildningshandläggare", ["adult-education"], True),
    ("region-ostergotland", "Anders Holm", "Klimatstrateg", ["climate-adaptation"], True),
    (
        "comune-di-parma",
        "Chiara Greco",
        "Ufficio Europa",
        ["eu-project-management", "social-inclusion"],
        True,
    ),
    ("comune-di-parma", "Paolo Gallo", "Mobility manager", ["mobility-planning"], True),
    ("comune-di-parma", "Elena Costa", "Assistente sociale", ["social-inclusion"], False),
    ("regione-emilia-romagna", "Francesca Ricci", "Referente open data", ["open-data"], True),
    ("comune-di-bologna", "Matteo Marino", "Referente per il clima", ["climate-adaptation"], True),
    ("comune-di-rimini", "Giorgia Bruno", "Ufficio turismo", ["sustainable-tourism"], True),
    ("associazione-europa-giovani-parma", "Davide Conti", "Progettista", ["youth-participation"], True),
    ("ente-di-formazione-professionale-modena", "Laura Fontana", "Formatrice", ["adult-education"], True),
]
CONSENT_BASE = datetime.date(2026, 3, 2)


def seed_expertise() -> list[StaffExpert]:
    priorities = {priority.code: priority for priority in Priority.objects.all()}
    areas = {}
    for code, priority_code, name_en, name_sv, name_it in AREAS:
        areas[code], _ = ExpertiseArea.objects.update_or_create(
            code=code,
            defaults={
                "name": name_en,
                "name_en": name_en,
                "name_sv": name_sv,
                "name_it": name_it,
                "priority": priorities.get(priority_code),
            },
        )
    experts = []
    for slug, name, job_title, codes, consent in STAFF:
        organisation = Organisation.objects.filter(slug=slug).first()
        if organisation is None:
            continue
        consent_on = CONSENT_BASE + datetime.timedelta(days=stable_number(name) % 200) if consent else None
        expert, _ = StaffExpert.objects.update_or_create(
            organisation=organisation,
            name=name,
            defaults={
                "job_title": job_title,
                "email": f"{name.lower().replace(' ', '.').replace('ö', 'o')}@{slug}.example",
                "consent_recorded_on": consent_on,
            },
        )
        expert.areas.set([areas[code] for code in codes])
        experts.append(expert)
    return experts
