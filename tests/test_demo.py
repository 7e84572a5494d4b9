"""`seed_demo`: the demo network, its accounts, and that running it twice changes nothing."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.db import connection

from members.demo import DEMO_ACCOUNTS
from members.models import Organisation, User

SWEDISH_MEMBERS_NAMED_IN_THE_SEEDS = [
    "Region Norrbotten",
    "Norrbottens Kommuner",
    "Luleå kommun",
    "Kalix kommun",
    "Jokkmokks kommun",
    "Bodens kommun",
    "Piteå kommun",
]


@pytest.fixture
def demo(db):
    call_command("seed_demo", stdout=StringIO())


def database_snapshot() -> dict[str, list]:
    """Every row of every table, to compare two states of the database.

    Except the outbox: it logs the tasks a run queued (an idempotent recompute is queued again
    by a second run and changes nothing), not demo data.
    """
    tables = set(connection.introspection.django_table_names(only_existing=True)) - {"outbox_outboxmessage"}
    with connection.cursor() as cursor:
        snapshot = {}
        for table in sorted(tables):
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)}")
            snapshot[table] = sorted(map(repr, cursor.fetchall()))
    return snapshot


def test_the_demo_network_has_59_members_as_the_real_one(demo):
    members = Organisation.objects.members()
    assert members.count() == 59
    assert members.filter(country="IT").count() == 37
    assert members.filter(country="SE").count() == 22
    assert members.filter(is_public=True).count() == 45
    assert members.filter(is_public=False).count() == 14


def test_the_swedish_members_named_in_the_seeds_are_members(demo):
    names = set(Organisation.objects.members().values_list("name", flat=True))
    assert set(SWEDISH_MEMBERS_NAMED_IN_THE_SEEDS) <= names


def test_the_demo_covers_every_kind_of_member(demo):
    kinds = set(Organisation.objects.values_list("kind", flat=True))
    assert {
        "region",
        "province",
        "municipality",
        "municipal_association",
        "civil_society",
        "education",
    } <= kinds


def test_running_the_demo_twice_changes_nothing(demo):
    before = database_snapshot()
    call_command("seed_demo", stdout=StringIO())
    after = database_snapshot()
    changed = [table for table in before if before[table] != after[table]]
    assert not changed, f"Tables changed by the second run: {changed}"


@pytest.mark.parametrize("email", [account[0] for account in DEMO_ACCOUNTS])
def test_every_demo_account_can_sign_in(demo, client, settings, email):
    response = client.post(
        "/en/accounts/login/", {"login": email, "password": settings.DEMO_PASSWORD}, follow=True
    )
    assert response.status_code == 200
    assert response.context["user"].email == email
    assert response.context["user"].is_authenticated


def test_the_demo_accounts_have_their_roles(demo):
    from members.rules import is_board_member, is_chair, is_member_contact, is_secretariat

    user = User.objects.get
    assert is_secretariat(user(email="secretariat@demo.sern.eu"))
    assert is_board_member(user(email="board@demo.sern.eu"))
    assert is_chair(user(email="chair@demo.sern.eu"))
    assert is_member_contact(user(email="member@demo.sern.eu"))
    assert user(email="member@demo.sern.eu").organisation_contacts.get().organisation.country == "SE"
    assert user(email="member.it@demo.sern.eu").organisation_contacts.get().organisation.country == "IT"
    applicant = user(email="applicant@demo.sern.eu")
    assert not (is_secretariat(applicant) or is_board_member(applicant) or is_member_contact(applicant))
