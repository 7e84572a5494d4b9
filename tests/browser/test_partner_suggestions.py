"""The lead sees suggested partners with reasons, invites one, dismisses another; the dismissed
member does not come back after a recompute."""

import pytest
from playwright.sync_api import expect

from projects.models import PartnerSuggestion, SuggestionDismissal, SuggestionInvitation
from projects.services.matching import recompute_suggestions
from tests.browser.helpers import login
from tests.factories import PASSWORD
from tests.projects.matching_fixtures import build_network

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_the_lead_invites_one_suggestion_and_dismisses_another(page, live_server, visit, axe_check):
    network = build_network()
    recompute_suggestions(network.idea)
    idea_path = f"/en/members-area/ideas/{network.idea.pk}/"

    login(page, live_server, network.lead_contact.email, PASSWORD)
    visit(idea_path)
    section = page.locator("section.suggestions")
    assert section.get_by_role("heading", name="Suggested partners").is_visible()
    assert "Comune di Parma" in section.inner_text()
    assert "partner of yours in MOBEC" in section.inner_text()

    section.get_by_role("button", name="Invite Comune di Parma").click()
    page.wait_for_url(f"**{idea_path}*")
    axe_check(page)
    assert "Comune di Parma is invited to express interest" in page.get_by_role("status").inner_text()
    assert SuggestionInvitation.objects.filter(organisation=network.parma).count() == 1

    kalix = page.locator("li.suggestion", has_text="Kalix kommun")
    kalix.get_by_label("Why not? (optional, helps the matching)").fill("Already in our last project")
    kalix.get_by_role("button", name="Dismiss Kalix kommun").click()
    page.wait_for_url(f"**{idea_path}*")
    axe_check(page)
    assert "Kalix kommun will not be suggested again" in page.get_by_role("status").inner_text()
    assert "Kalix kommun" not in page.locator("section.suggestions").inner_text()
    assert SuggestionDismissal.objects.get().note == "Already in our last project"

    # A recompute from the page (eager task) does not bring the dismissed member back.
    page.get_by_role("button", name="Recompute the suggestions").click()
    page.wait_for_url(f"**{idea_path}*")
    axe_check(page)
    section = page.locator("section.suggestions")
    assert "Comune di Parma" in section.inner_text()
    assert "Kalix kommun" not in section.inner_text()
    assert PartnerSuggestion.objects.filter(idea=network.idea).exists()
    assert not PartnerSuggestion.objects.filter(organisation=network.kalix).exists()


def test_the_secretariat_runs_a_bulk_recompute_and_watches_it_finish(page, live_server, visit, axe_check):
    from tests.factories import SecretariatFactory

    network = build_network()
    secretariat = SecretariatFactory(email="desk@sern.example")
    login(page, live_server, secretariat.email, PASSWORD)
    visit("/en/members-area/matching/")
    page.get_by_role("button", name="Recompute all suggestions").click()
    page.wait_for_url("**/members-area/matching/runs/*/")
    axe_check(page)
    assert "Done: 1 of 1 ideas computed." in page.locator("#run-status").inner_text()
    visit("/en/members-area/matching/")
    assert "Comune di Parma" in page.locator("main").inner_text()
    assert PartnerSuggestion.objects.filter(idea=network.idea).exists()


def test_a_running_recompute_page_follows_the_work_without_reloading_on_a_timer(
    page, live_server, visit, axe_check
):
    """The page asks for itself every two seconds and replaces its live region; when the work is
    over it loads once more (no <meta> refresh: axe reports it as critical, WCAG 2.2.1)."""
    from django.utils import timezone

    from projects.models import MatchingRun
    from tests.factories import SecretariatFactory

    run = MatchingRun.objects.create(total=4, done=1)
    secretariat = SecretariatFactory(email="desk@sern.example")
    login(page, live_server, secretariat.email, PASSWORD)
    visit(f"/en/members-area/matching/runs/{run.pk}/")
    axe_check(page)
    status = page.get_by_role("status")
    assert "1 of 4 ideas computed; this page updates itself." in status.inner_text()
    assert status.get_by_role("link", name="Check now").is_visible()

    MatchingRun.objects.filter(pk=run.pk).update(done=3)
    expect(page.locator("#run-status")).to_contain_text("3 of 4 ideas computed", timeout=10_000)
    MatchingRun.objects.filter(pk=run.pk).update(done=4, finished_at=timezone.now())
    expect(page.locator("#run-status")).to_contain_text("Done: 4 of 4 ideas computed.", timeout=10_000)
    assert page.get_by_role("link", name="Check now").count() == 0


def test_suggestions_show_three_reasons_labels_and_the_consortium_gaps(page, live_server, visit, axe_check):
    from projects.models import PartnershipRule

    network = build_network()
    PartnershipRule.objects.create(
        programme=network.idea.target_programme, min_partners=3, min_countries=2, required_kinds=["region"]
    )
    recompute_suggestions(network.idea)
    login(page, live_server, network.lead_contact.email, PASSWORD)
    visit(f"/en/members-area/ideas/{network.idea.pk}/")
    axe_check(page)
    section = page.locator("section.suggestions")
    items = section.locator("li.suggestion")
    assert items.count() >= 2
    for position in range(items.count()):
        shown = items.nth(position).locator(":scope > ul.suggestion-reasons > li")
        assert 1 <= shown.count() <= 3
    assert "Proven partner" in section.locator("li.suggestion", has_text="Kalix kommun").inner_text()
    assert "Newcomer" in section.locator("li.suggestion", has_text="Comune di Parma").inner_text()
    builder = section.locator(".consortium-builder")
    assert builder.get_by_role("heading", name="Consortium builder: Erasmus+").is_visible()
    text = builder.inner_text()
    assert "Missing: 2 more partners" in text
    assert "Missing: 1 more country — filled by" in text and "Comune di Parma" in text
    assert "Missing: a partner of the kind: Region — no suggestion fills it yet" in text
