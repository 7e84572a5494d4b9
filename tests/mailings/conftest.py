"""A small, hand-made network for the mailings' tests (every expectation is written out by hand).

| person | organisation | country | member | priorities | role | group | Board |
|---|---|---|---|---|---|---|---|
| anna | Luleå | SE | yes | climate | communication (current) | – | – |
| bjorn | Luleå | SE | yes | climate | billing (ended) | – | – |
| carl | Kiruna | SE | yes | tourism | – | G (current) | – |
| dario | Parma | IT | yes | climate | communication (current) | G (current) | – |
| elena | Parma | IT | yes | climate | – | G (left) | – |
| frida | Umeå (former member) | SE | no | climate | communication | G | – |
| gustav | Pitea (applicant) | SE | no | climate | – | – | – |
| ingrid | – | – | – | – | – | – | current seat |
| jan | – | – | – | – | – | – | ended seat |
"""

import datetime
from types import SimpleNamespace

import pytest

from mailings.models import Mailing, MailingList
from mailings.services.lists import ensure_lists
from members.models import BoardRole, BoardSeat, ContactRole, ContactRoleAssignment, OrganisationContact
from strategy.models import Priority
from tests.factories import OrganisationFactory, SecretariatFactory, UserFactory
from workinggroups.models import WorkingGroup, WorkingGroupMembership

LONG_AGO = datetime.date(2020, 1, 1)
LAST_YEAR = datetime.date(2025, 6, 30)


def contact(organisation, name: str, language: str = "en"):
    user = UserFactory(name=name.capitalize(), email=f"{name}@example.org", language=language)
    OrganisationContact.objects.create(organisation=organisation, user=user)
    return user


def role(user, kind: str, ends_on=None):
    ContactRoleAssignment.objects.create(
        contact=user.organisation_contacts.get(), role=kind, starts_on=LONG_AGO, ends_on=ends_on
    )


def in_group(group, user, left_on=None):
    WorkingGroupMembership.objects.create(
        group=group, contact=user.organisation_contacts.get(), joined_on=LONG_AGO, left_on=left_on
    )


@pytest.fixture
def network(db):
    climate = Priority.objects.get(code="climate-action")
    tourism = Priority.objects.get(code="sustainable-tourism")
    lulea = OrganisationFactory(name="Luleå kommun", country="SE")
    kiruna = OrganisationFactory(name="Kiruna kommun", country="SE")
    parma = OrganisationFactory(name="Comune di Parma", country="IT")
    umea = OrganisationFactory(name="Umeå kommun", country="SE", member_until=LAST_YEAR)
    pitea = OrganisationFactory(name="Piteå kommun", country="SE", member_since=None)
    for organisation, priorities in [
        (lulea, [climate]),
        (kiruna, [tourism]),
        (parma, [climate]),
        (umea, [climate]),
        (pitea, [climate]),
    ]:
        organisation.priorities.set(priorities)
    group = WorkingGroup.objects.create(name="Green transition", slug="green-transition")
    people = SimpleNamespace(
        anna=contact(lulea, "anna", "sv"),
        bjorn=contact(lulea, "bjorn", "sv"),
        carl=contact(kiruna, "carl", "en"),
        dario=contact(parma, "dario", "it"),
        elena=contact(parma, "elena", "it"),
        frida=contact(umea, "frida", "sv"),
        gustav=contact(pitea, "gustav", "sv"),
        ingrid=UserFactory(name="Ingrid", email="ingrid@example.org", language="sv"),
        jan=UserFactory(name="Jan", email="jan@example.org"),
    )
    role(people.anna, ContactRole.COMMUNICATION)
    role(people.bjorn, ContactRole.BILLING, ends_on=LAST_YEAR)
    role(people.dario, ContactRole.COMMUNICATION)
    role(people.frida, ContactRole.COMMUNICATION)
    in_group(group, people.carl)
    in_group(group, people.dario)
    in_group(group, people.elena, left_on=LAST_YEAR)
    in_group(group, people.frida)
    BoardSeat.objects.create(user=people.ingrid, role=BoardRole.MEMBER, started_on=LONG_AGO)
    BoardSeat.objects.create(user=people.jan, role=BoardRole.MEMBER, started_on=LONG_AGO, ended_on=LAST_YEAR)
    ensure_lists()
    return SimpleNamespace(
        people=people,
        climate=climate,
        tourism=tourism,
        group=group,
        news=MailingList.objects.get(slug="network-news"),
        governance=MailingList.objects.get(slug="governance"),
        secretariat=SecretariatFactory(),
    )


TEXTS = {
    "subject_en": "Climate news",
    "body_en": "Hello in English.\n\nSee https://example.org/climate",
    "subject_sv": "Klimatnyheter",
    "body_sv": "Hej på svenska.",
    "subject_it": "Notizie sul clima",
    "body_it": "Ciao in italiano.",
}


def make_mailing(mailing_list, priorities=(), working_groups=(), texts=None, **audience) -> Mailing:
    audience.setdefault("to_member_contacts", True)
    mailing = Mailing.objects.create(
        mailing_list=mailing_list, **(TEXTS if texts is None else texts), **audience
    )
    mailing.priorities.set(priorities)
    mailing.working_groups.set(working_groups)
    return mailing
