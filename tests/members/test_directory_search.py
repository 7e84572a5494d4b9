"""The directory's text search: full-text per language on PostgreSQL, a plain match on SQLite."""

import pytest
from django.db import connection

from members.models import Organisation
from members.search import search_organisations
from tests.factories import OrganisationFactory

on_postgres = pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL full-text search")
on_sqlite = pytest.mark.skipif(connection.vendor != "sqlite", reason="the SQLite fallback")


@pytest.fixture
def organisations(db):
    return {
        "english": OrganisationFactory(name="Alpha", description_en="We help cities adapt to floods."),
        "italian": OrganisationFactory(name="Beta", description_it="Lavoriamo con i comuni della montagna."),
        "swedish": OrganisationFactory(name="Luleå kommun", description_sv="Vi arbetar med turism."),
    }


def found(text: str) -> set[str]:
    return set(search_organisations(Organisation.objects.all(), text).values_list("name", flat=True))


@pytest.mark.django_db
def test_the_name_matches_in_part(organisations):
    assert found("Lule") == {"Luleå kommun"}


@pytest.mark.django_db
def test_a_word_of_a_description_in_any_language_matches(organisations):
    assert found("floods") == {"Alpha"}
    assert found("montagna") == {"Beta"}
    assert found("turism") == {"Luleå kommun"}


@on_sqlite
@pytest.mark.django_db
def test_sqlite_matches_the_text_as_typed_only(organisations):
    assert found("city") == set()


@on_postgres
@pytest.mark.django_db
def test_postgres_finds_other_forms_of_a_word_with_each_languages_stemming(organisations):
    assert found("city") == {"Alpha"}  # English: cities → citi
    assert found("comune") == {"Beta"}  # Italian: comuni → comun
    assert found("flood adapting") == {"Alpha"}


# --- The pool of expertise, priorities and staff (issue 10, point 5) -------------------------------
@pytest.fixture
def pool(db):
    from members.models import ExpertiseArea
    from strategy.models import Priority
    from tests.factories import StaffExpertFactory

    area = ExpertiseArea.objects.create(
        code="snow-logistics",
        name_en="Arctic snow logistics",
        name_sv="Snölogistik i Arktis",
        name_it="Logistica della neve artica",
    )
    lulea = OrganisationFactory(name="Luleå kommun")
    expert = StaffExpertFactory(organisation=lulea, name="Karin Lindqvist", job_title="Harbour planner")
    expert.areas.add(area)
    hidden = OrganisationFactory(name="Kalix kommun")
    StaffExpertFactory(
        organisation=hidden, name="Sven Okänd", job_title="Secret analyst", consent_recorded_on=None
    ).areas.add(ExpertiseArea.objects.create(code="hidden-topic", name="Hidden topic"))
    parma = OrganisationFactory(name="Comune di Parma")
    parma.priorities.add(Priority.objects.get(code="smart-mobility"))
    return area


@pytest.mark.django_db
def test_an_expertise_area_of_listed_staff_finds_its_member_in_every_language(pool):
    assert found("snow logistics") == {"Luleå kommun"}
    assert found("Snölogistik") == {"Luleå kommun"}
    assert found("neve artica") == {"Luleå kommun"}


@pytest.mark.django_db
def test_the_name_and_job_title_of_consented_staff_find_their_member(pool):
    assert found("Lindqvist") == {"Luleå kommun"}
    assert found("harbour planner") == {"Luleå kommun"}


@pytest.mark.django_db
def test_staff_without_recorded_consent_are_never_searchable(pool):
    assert found("Okänd") == set()
    assert found("Secret analyst") == set()
    assert found("Hidden topic") == set()


@pytest.mark.django_db
def test_a_priority_finds_its_members_in_every_language(pool):
    for name in ("Smart mobility", "Smart mobilitet", "Mobilità intelligente"):
        assert found(name) == {"Comune di Parma"}, name


@pytest.mark.django_db
def test_every_word_must_be_found_but_each_in_any_part_of_the_profile(pool):
    assert found("Luleå snow") == {"Luleå kommun"}
    assert found("Lindqvist mobility") == set()
    assert found("Parma mobility") == {"Comune di Parma"}


@pytest.mark.django_db
def test_the_directory_finds_a_topic_and_a_staff_name_shown_on_lulea_kommuns_demo_profile(client):
    from io import StringIO

    from django.core.management import call_command

    from members.models import StaffExpert, User

    call_command("seed_demo", stdout=StringIO())
    client.force_login(User.objects.get(email="member@demo.sern.eu"))
    profile = client.get("/sv/members-area/directory/lulea-kommun/").content.decode()
    expert = StaffExpert.objects.consented().filter(organisation__slug="lulea-kommun").first()
    assert expert is not None and expert.name in profile
    topic = expert.areas.first().name_sv
    assert topic in profile
    for text in (expert.name, topic):
        page = client.get("/sv/members-area/directory/", {"q": text}).content.decode()
        assert "/members-area/directory/lulea-kommun/" in page, text


@pytest.mark.django_db
def test_a_directory_search_evaluates_its_condition_once_and_pages_in_the_lists_order(client, member):
    from django.test.utils import CaptureQueriesContext

    for n in range(25):
        OrganisationFactory(name=f"Parma member {n:02d}", town="Parma")
    OrganisationFactory(name="Aalborg elsewhere", town="Aalborg")
    client.force_login(member)
    with CaptureQueriesContext(connection) as queries:
        first = client.get("/en/members-area/directory/", {"q": "Parma"})
    searching = [
        q["sql"] for q in queries.captured_queries if "Parma" in str(q["sql"]) or "parma" in q["sql"]
    ]
    assert len(searching) == 1  # the ids, read once: the count and the page come from them
    expected = list(
        Organisation.objects.members()
        .filter(town="Parma")
        .order_by("name", "pk")
        .values_list("name", flat=True)
    )
    assert len(expected) > 25 - 1 and "Aalborg elsewhere" not in expected
    assert [o.name for o in first.context["organisations"]] == expected[:20]
    assert first.context["paginator"].count == len(expected)
    second = client.get("/en/members-area/directory/", {"q": "Parma", "page": 2})
    assert [o.name for o in second.context["organisations"]] == expected[20:40]
    assert all(o.priorities.all() is not None for o in second.context["organisations"])
