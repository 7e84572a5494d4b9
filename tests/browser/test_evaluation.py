"""A Board member evaluates the strategy: dashboard, period, language, CSV and PDF (axe on every page)."""

import datetime
import io
import re

import pytest
from django.utils import timezone
from pypdf import PdfReader

from members.models import OrganisationKind
from projects.models import (
    ExpressionOfInterest,
    InterestStatus,
    PartnerSuggestion,
    ProjectIdea,
    ProjectOutcome,
    ProjectRecord,
    SuggestionDismissal,
    SuggestionInvitation,
)
from strategy.models import Priority, ThematicArea
from tests.browser.helpers import enter_second_factor, prepare_second_factor
from tests.factories import PASSWORD, BoardMemberFactory, OrganisationFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture
def network(settings, tmp_path):
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    # A priority of its own, so the row checked below is this test's alone.
    area = ThematicArea.objects.create(code="browser-area", name="Browser area")
    climate = Priority.objects.create(code="browser-priority", name="Klimat test", area=area)
    lulea = OrganisationFactory(name="Luleå test", country="SE", kind=OrganisationKind.MUNICIPALITY)
    lulea.priorities.set([climate])
    parma = OrganisationFactory(name="Parma test", country="IT", member_since=datetime.date(2024, 2, 1))
    for acronym, year, outcome in [
        ("MOBEC", 2024, ProjectOutcome.APPROVED),
        ("PLANET", 2023, ProjectOutcome.REJECTED),
    ]:
        project = ProjectRecord.objects.create(
            acronym=acronym,
            title=acronym,
            programme="Interreg",
            submitted_on=datetime.date(year, 4, 1),
            outcome=outcome,
            lead=lulea,
        )
        project.partners.add(parma)
    # Partner matching in 2024: Parma and Luleå suggested for an idea of the climate priority,
    # Parma invited, interested and accepted (joined); Luleå dismissed.
    lead = OrganisationFactory(name="Lead test", country="IT")
    idea = ProjectIdea.objects.create(
        lead=lead, title="Browser idea", summary="Greener schools.", target_programme="erasmus_plus"
    )
    idea.priorities.set([climate])
    in_2024 = timezone.make_aware(datetime.datetime(2024, 5, 1, 12))
    PartnerSuggestion.objects.create(idea=idea, organisation=parma, rank=1, score=0.9, computed_at=in_2024)
    SuggestionInvitation.objects.create(idea=idea, organisation=parma, at=in_2024)
    ExpressionOfInterest.objects.create(
        idea=idea, organisation=parma, message="Yes", status=InterestStatus.ACCEPTED, created_at=in_2024
    )
    SuggestionDismissal.objects.create(idea=idea, organisation=lulea, at=in_2024, note="Already busy")
    return BoardMemberFactory(email="board@example.org")


def test_a_board_member_evaluates_the_strategy(visit, axe_check, network, tmp_path):
    prepare_second_factor("board@example.org")
    page = visit("/en/accounts/login/")
    page.get_by_label("Email").fill("board@example.org")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign In").click()
    enter_second_factor(page)
    page.wait_for_url("**/en/")
    axe_check(page)

    page.get_by_role("navigation", name="Main menu").get_by_role("link", name="Evaluation").click()
    page.wait_for_url("**/en/evaluation/")
    axe_check(page)
    assert page.get_by_role("heading", level=1).inner_text() == "Strategy evaluation"

    page.get_by_label("Year", exact=True).select_option("2024")
    page.get_by_role("button", name="Show").click()
    page.wait_for_url("**/en/evaluation/?year=2024**")
    axe_check(page)
    table = page.get_by_role("table", name="Projects submitted and approved per priority — 2024")
    row = table.get_by_role("row", name="Klimat test").inner_text().split()
    assert row == ["Klimat", "test", "1", "1", "100", "%"]
    assert page.locator("#chart-a-projects-per-priority").get_attribute("role") == "img"
    hit_rate = page.get_by_role("table", name="Hit rate per priority — 2024")
    row = hit_rate.get_by_role("row", name="Klimat test").inner_text().split()
    # Suggested 2 (one stored, one dismissed), invited 1, interest 1, joined 1, dismissed 1.
    assert row == ["Klimat", "test", "2", "1", "1", "1", "1", "50", "%", "100", "%", "100", "%"]
    reasons = page.get_by_role("table", name="Reasons given for dismissing a suggestion — 2024")
    assert reasons.get_by_role("row", name="already busy").is_visible()

    page.get_by_role("navigation", name="Choose language").get_by_role("link", name="Svenska").click()
    page.wait_for_url("**/sv/evaluation/?year=2024*")
    axe_check(page)
    assert page.get_by_role("heading", level=1).inner_text() == "Utvärdering av strategin"
    assert page.get_by_role(
        "table", name="Inlämnade och beviljade projekt per prioritering — 2024"
    ).is_visible()
    assert page.get_by_role("heading", name="Partnermatchning: träffsäkerhet").is_visible()
    assert (
        page.get_by_role("table", name="Träffsäkerhet per land — 2024")
        .get_by_role("row", name="Italien")
        .is_visible()
    )

    with page.expect_download() as csv_download:
        page.get_by_role(
            "link", name=re.compile(r"^Ladda ner CSV\W+Medlemmar som gick med och lämnade$")
        ).click()
    csv_path = tmp_path / "joins.csv"
    csv_download.value.save_as(csv_path)
    assert csv_download.value.suggested_filename == "sern-d-joins-and-leavers-2024.csv"
    # A Swedish spreadsheet program reads `;` between cells (issue 10, point 11).
    assert csv_path.read_text(encoding="utf-8-sig").splitlines() == [
        "Land;Gick med;Lämnade;Nettoförändring",
        "Sverige;0;0;0",
        "Italien;1;0;1",
        "Alla länder;1;0;1",
    ]

    page.get_by_label("Rapportens språk", exact=True).select_option("it")
    page.get_by_role("button", name="Ta fram årsrapporten som PDF för 2024").click()
    page.wait_for_url("**/sv/evaluation/reports/*/")
    axe_check(page)
    download_link = page.get_by_role("link", name="Ladda ner PDF-filen")
    download_link.wait_for()
    with page.expect_download() as pdf_download:
        download_link.click()
    pdf_path = tmp_path / "report.pdf"
    pdf_download.value.save_as(pdf_path)
    assert pdf_download.value.suggested_filename == "sern-annual-report-2024-it.pdf"
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf_path.read_bytes())).pages)
    assert "Relazione annuale SERN: sezione strategia" in text
    assert "Progetti presentati e approvati per priorità — 2024" in text


def test_the_risk_register_pages_are_accessible(visit, axe_check, network, client):
    from tests.factories import SecretariatFactory

    SecretariatFactory(email="secretariat@example.org")
    prepare_second_factor("secretariat@example.org")
    page = visit("/en/accounts/login/")
    page.get_by_label("Email").fill("secretariat@example.org")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign In").click()
    enter_second_factor(page)
    page.wait_for_url("**/en/")
    page = visit("/it/evaluation/risks/")
    page.get_by_role("link", name="Aggiungi un rischio").click()
    page.wait_for_url("**/it/evaluation/risks/new/")
    axe_check(page)
    page.get_by_role("button", name="Salva").click()  # nothing filled in: errors at the fields
    axe_check(page)
    assert page.get_by_text("Questo campo è obbligatorio.").first.is_visible()
    page.get_by_label("Rischio (Inglese)").fill("Few lead partners")
    page.get_by_label("Rischio (Italiano)").fill("Pochi capofila")
    page.get_by_label("Probabilità").select_option("3")
    page.get_by_label("Impatto").select_option("2")
    page.get_by_label("Responsabile").fill("Segretariato")
    page.get_by_label("Individuato il").fill("2025-01-15")
    page.get_by_role("button", name="Salva").click()
    page.wait_for_url("**/it/evaluation/risks/")
    axe_check(page)
    assert page.get_by_role("row", name="Pochi capofila").is_visible()
    page = visit("/it/evaluation/?year=2025")
    assert "Pochi capofila" in page.get_by_role("table", name="Registro dei rischi — 2025").inner_text()
