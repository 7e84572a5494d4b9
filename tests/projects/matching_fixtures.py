"""A small network for partner-matching tests: a Swedish lead's idea and five other organisations."""

import datetime
from dataclasses import dataclass

from members.models import Organisation
from projects.models import ProjectIdea
from strategy.models import Priority
from tests.factories import (
    MemberContactFactory,
    OrganisationFactory,
    ProjectIdeaFactory,
    ProjectRecordFactory,
    StaffExpertFactory,
)


@dataclass
class Network:
    idea: ProjectIdea
    lead: Organisation
    lead_contact: object
    parma: Organisation
    bologna: Organisation
    kalix: Organisation
    former: Organisation
    outsider_org: Organisation
    partner_contact: object


def build_network() -> Network:
    priorities = list(Priority.objects.order_by("order")[:2])
    lead = OrganisationFactory(
        name="Luleå kommun", slug="lulea-kommun", country="SE", region="Norrbotten", town="Luleå"
    )
    lead_contact = MemberContactFactory(email="anna@lulea.example", organisation=lead)
    parma = OrganisationFactory(
        name="Comune di Parma",
        slug="comune-di-parma",
        description_en="Sustainable urban mobility, cycling lanes and school routes for children.",
        description_it="Mobilità urbana sostenibile, piste ciclabili e percorsi casa-scuola.",
    )
    parma.priorities.set(priorities)
    partner_contact = MemberContactFactory(email="luca@parma.example", organisation=parma, language="it")
    bologna = OrganisationFactory(
        name="Comune di Bologna", slug="comune-di-bologna", description_en="Culture and museums."
    )
    kalix = OrganisationFactory(
        name="Kalix kommun",
        slug="kalix-kommun",
        country="SE",
        region="Norrbotten",
        town="Kalix",
        description_sv="Hållbar mobilitet och cykelvägar till skolan.",
    )
    expert = StaffExpertFactory(organisation=kalix, job_title="Mobility planner")
    expert.areas.create(code="mobility", name="Sustainable mobility")
    former = OrganisationFactory(
        name="Former member",
        slug="former-member",
        member_until=datetime.date(2020, 1, 1),
        description_en="Sustainable urban mobility and cycling lanes for school routes.",
    )
    outsider_org = OrganisationFactory(
        name="Imported partner",
        slug="imported-partner",
        member_since=None,
        description_en="Sustainable urban mobility and cycling lanes for school routes.",
    )
    record = ProjectRecordFactory(acronym="MOBEC", lead=lead, programme="Erasmus+")
    record.partners.set([kalix, outsider_org])
    idea = ProjectIdeaFactory(
        lead=lead,
        title="Green school routes",
        summary="Pupils map safe cycling lanes and walking routes to school: sustainable mobility.",
        eoi_deadline=datetime.date(2099, 12, 31),
        partner_countries=["IT"],
        partner_kinds=["municipality"],
    )
    idea.priorities.set(priorities)
    return Network(idea, lead, lead_contact, parma, bologna, kalix, former, outsider_org, partner_contact)
