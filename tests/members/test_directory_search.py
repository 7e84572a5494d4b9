"""The directory's text search: full-text per language on PostgreSQL, a plain match on SQLite."""

import pytest
from django.db import connection

from members.filters import search_organisations
from members.models import Organisation
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
