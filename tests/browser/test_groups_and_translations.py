"""A member joins a working group; the secretariat checks a machine-drafted Italian translation."""

import pytest
from django.apps import apps
from django.contrib.contenttypes.models import ContentType

from tests.browser.helpers import login
from tests.factories import PASSWORD, MemberContactFactory, NewsItemFactory, SecretariatFactory
from translations.models import FieldTranslation, TranslationState
from workinggroups.area_groups import create_area_groups
from workinggroups.models import WorkingGroup

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_a_member_joins_a_working_group_and_sees_itself_on_its_page(page, live_server, axe_check, visit):
    create_area_groups(apps)  # as the data migration did (a transactional test flushes it)
    group = WorkingGroup.objects.get(thematic_area__code="green-societies")
    member = MemberContactFactory(email="anna@lulea.example", name="Anna Lindqvist")

    login(page, live_server, member.email, PASSWORD)
    visit("/en/members-area/")
    page.get_by_role("navigation", name="Members Area").get_by_role("link", name="Working groups").click()
    page.wait_for_url("**/members-area/groups/")
    axe_check(page)
    page.get_by_role("link", name=group.name).click()
    page.wait_for_url(f"**/members-area/groups/{group.slug}/")
    axe_check(page)
    assert "Anna Lindqvist" not in page.get_by_role("region", name="Members", exact=True).inner_text()

    page.get_by_role("button", name="Join the group").click()
    page.wait_for_load_state()
    axe_check(page)
    members = page.get_by_role("region", name="Members", exact=True)
    assert "Anna Lindqvist" in members.inner_text()
    assert page.get_by_role("button", name="Leave the group").count() == 1


def test_the_secretariat_checks_a_machine_drafted_italian_translation(
    browser, page, live_server, axe_check, visit
):
    member = MemberContactFactory(email="giulia@parma.example")
    secretariat = SecretariatFactory(email="desk@sern.example")
    item = NewsItemFactory(
        title="Green cities adapt to heat",
        title_it="Le città verdi si adattano al caldo",
        slug="green-cities",
    )
    FieldTranslation.objects.filter(
        content_type=ContentType.objects.get_for_model(item), object_id=item.pk, field="title", language="it"
    ).update(state=TranslationState.MACHINE)

    # The reader sees the note on the Italian page.
    login(page, live_server, member.email, PASSWORD)
    visit("/it/members-area/news/green-cities/")
    assert page.get_by_role("note").inner_text().startswith("Traduzione automatica")

    # The secretariat finds it, compares it with the English, and saves it as checked.
    context = browser.new_context(locale="en-GB")
    desk = context.new_page()
    desk.set_default_timeout(15_000)
    login(desk, live_server, secretariat.email, PASSWORD)
    desk.goto(f"{live_server.url}/en/desk/translations/?language=it&state=machine")
    axe_check(desk)
    desk.get_by_role("link", name="Green cities adapt to heat").first.click()
    desk.wait_for_url("**/desk/translations/*/")
    axe_check(desk)
    assert "Green cities adapt to heat" in desk.get_by_role("region", name="Source (English)").inner_text()
    desk.get_by_label("Translation", exact=True).fill("Le città verdi si adattano al calore")
    desk.get_by_role("button", name="Save as checked").click()
    desk.wait_for_load_state()
    axe_check(desk)
    assert "The translation is saved as checked." in desk.content()
    context.close()

    # The note is gone for the reader.
    visit("/it/members-area/news/green-cities/")
    assert page.get_by_role("note").count() == 0
    assert page.get_by_role("heading", level=1).inner_text() == "Le città verdi si adattano al calore"
