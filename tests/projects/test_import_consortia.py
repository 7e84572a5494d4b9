"""import_consortia: keep.eu JSON lines in, organisations matched by name and country, all or nothing."""

import gzip
import io
import json

import pytest
from django.apps import apps
from django.core.management import CommandError, call_command

from members.models import Organisation
from projects.models import ProjectOutcome, ProjectRecord, RecordSource
from strategy.figures import compute_network_figures
from tests.factories import OrganisationFactory

pytestmark = pytest.mark.django_db


def partner(name, country, lead=False, legal_status="public", town="Luleå"):
    return {
        "name": name,
        "lead": lead,
        "country": country,
        "legal_status": legal_status,
        "town": town,
        "nuts3": "SE332  / Norrbottens län",
        "department": None,
    }


PROJECTS = [
    {
        "id": "Interreg Nord||ARCTIC",
        "programme": "2014 - 2020 Interreg V-A Sverige-Finland-Norge (Nord)",
        "acronym": "ARCTIC",
        "title": "Arctic mobility",
        "start": "2016/01/01",
        "partners": [
            partner("LULEÅ  kommun", "SE", lead=True),
            partner("Lapin liitto", "FI", town="Rovaniemi"),
            partner("Arctic Business AB", "SE", legal_status="Private"),
        ],
    },
    {
        "id": "Interreg Nord||12345",
        "programme": "2014 - 2020 Interreg V-A Sverige-Finland-Norge (Nord)",
        "acronym": 12345,
        "start": "2017/05/01",
        "partners": [
            partner("Lapin Liitto", "FI", lead=True, town="Rovaniemi"),
            partner("Hellenic Ports", "EL", legal_status=None),
            partner("Luleå kommun", "SE"),
        ],
    },
]


def write(tmp_path, lines, name="projects.jsonl.gz"):
    path = tmp_path / name
    text = "\n".join(line if isinstance(line, str) else json.dumps(line) for line in lines) + "\n"
    if name.endswith(".gz"):
        with gzip.open(path, "wt", encoding="utf-8") as out:
            out.write(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def import_file(path, *args):
    out, err = io.StringIO(), io.StringIO()
    call_command("import_consortia", str(path), *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def table_counts():
    return {model._meta.label: model._default_manager.count() for model in apps.get_models()}


@pytest.fixture
def lulea():
    return OrganisationFactory(name="Luleå kommun", slug="lulea-kommun", country="SE")


def test_a_good_file_imports_organisations_matched_by_normalised_name_and_country(tmp_path, lulea):
    out, err = import_file(write(tmp_path, PROJECTS))
    assert "2 projects read: 2 new records, 3 new organisations" in out
    assert "projects" in err  # the progress bar
    arctic = ProjectRecord.objects.get(acronym="ARCTIC")
    assert arctic.lead == lulea
    assert arctic.outcome == ProjectOutcome.APPROVED and arctic.source == RecordSource.IMPORTED
    assert {p.name for p in arctic.partners.all()} == {"Lapin liitto", "Arctic Business AB"}
    numbered = ProjectRecord.objects.get(acronym="12345")
    assert numbered.title == "12345" and str(numbered.submitted_on) == "2017-05-01"
    assert numbered.lead.name == "Lapin liitto"  # "Lapin Liitto" is the same organisation
    assert lulea in numbered.partners.all()
    greek = Organisation.objects.get(name="Hellenic Ports")
    assert (greek.country, greek.kind, greek.is_public, greek.is_member) == ("GR", "private", False, False)
    lapland = Organisation.objects.get(name="Lapin liitto")
    assert (lapland.kind, lapland.is_public, lapland.region) == ("other_public", True, "Norrbottens län")
    assert Organisation.objects.get(name="Arctic Business AB").kind == "private"


def test_re_importing_the_same_file_adds_nothing(tmp_path, lulea):
    path = write(tmp_path, PROJECTS, "projects.jsonl")
    import_file(path)
    before = table_counts()
    out, _err = import_file(path)
    assert "0 new records, 0 new organisations" in out
    assert table_counts() == before


def test_imported_consortia_do_not_change_the_networks_figures(tmp_path, lulea):
    before = compute_network_figures()
    import_file(write(tmp_path, PROJECTS))
    assert compute_network_figures() == before


def test_the_networks_own_history_counts_in_the_figures(tmp_path, lulea):
    before = compute_network_figures()
    import_file(write(tmp_path, PROJECTS), "--network")
    after = compute_network_figures()
    assert after["projects_submitted"] == before["projects_submitted"] + 2
    assert after["projects_approved"] == before["projects_approved"] + 2


@pytest.mark.parametrize(
    ("bad_line", "problem"),
    [
        ("{not json", "not valid JSON"),
        ("[1, 2]", "not a JSON object"),
        (json.dumps(PROJECTS[0] | {"programme": ""}), "'programme' is missing"),
        (json.dumps({k: v for k, v in PROJECTS[0].items() if k != "acronym"}), "'acronym' is missing"),
        (json.dumps(PROJECTS[0] | {"partners": "nobody"}), "'partners' is not a non-empty list"),
        (json.dumps(PROJECTS[0] | {"partners": [partner("", "SE", lead=True)]}), "partner 1 has no 'name'"),
        (
            json.dumps(PROJECTS[0] | {"partners": [partner("X", None, lead=True)]}),
            "partner 1 has no 'country'",
        ),
        (
            json.dumps(PROJECTS[0] | {"partners": [partner("X", "SE"), partner("Y", "IT")]}),
            "0 partners are flagged",
        ),
        (
            json.dumps(
                PROJECTS[0] | {"partners": [partner("X", "SE", lead=True), partner("Y", "IT", lead=True)]}
            ),
            "2 partners are flagged",
        ),
        (json.dumps(PROJECTS[0] | {"start": "soon"}), "'start' is missing"),
    ],
)
def test_a_malformed_line_stops_the_import_naming_the_line_and_changes_nothing(
    tmp_path, lulea, bad_line, problem
):
    path = write(tmp_path, [PROJECTS[0], PROJECTS[1], bad_line])
    before = table_counts()
    with pytest.raises(CommandError) as refused:
        import_file(path)
    assert str(refused.value).startswith("line 3: ")
    assert problem in str(refused.value)
    assert table_counts() == before


def test_a_file_that_is_not_gzip_is_refused_cleanly(tmp_path):
    path = tmp_path / "broken.jsonl.gz"
    path.write_text("plain text")
    with pytest.raises(CommandError, match="cannot be read"):
        import_file(path)
