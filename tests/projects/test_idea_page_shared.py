"""What the idea page shows every reader (title, facts, summary, partners sought, project group) is
drawn once per language and shared until the idea, a name or a partner changes (issue 16)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils.translation import override

from projects.models import InterestStatus
from sern_portal import versions
from strategy.models import Priority, TransversalPerspective
from tests.factories import EuCallFactory, ExpressionOfInterestFactory, OrganisationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def shared_pages(settings, fresh_cache):
    settings.LIST_CACHE_SECONDS = 300


def shared_part(response) -> str:
    """From the title to the project group (the reader's edit link between them taken out)."""
    page = response.content.decode()
    part = page[page.index("<h1") : page.index("</section>", page.index('id="group-heading"'))]
    return part.split('<p><a class="button button-secondary"')[0] + part.split("</a></p>", 1)[-1]


def read_shared(sqls: list[str]) -> list[str]:
    """The queries of the shared part: the call, priorities, perspectives, accepted partners."""
    tables = ("information_eucall", "strategy_priority", "strategy_transversalperspective")
    return [
        sql
        for sql in sqls
        if any(sql.startswith(f'SELECT "{table}".') or f'FROM "{table}"' in sql for table in tables)
        or (sql.startswith('SELECT "members_organisation".') and "'accepted'" in sql)
    ]


def page_queries(client, url) -> list[str]:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return [query["sql"] for query in queries.captured_queries]


def tag(idea, priorities: int, partners: int) -> None:
    idea.target_call = EuCallFactory()
    idea.save()
    idea.priorities.set(Priority.objects.order_by("pk")[:priorities])
    idea.perspectives.set(TransversalPerspective.objects.order_by("pk")[:priorities])
    for _ in range(partners):
        ExpressionOfInterestFactory(
            idea=idea, organisation=OrganisationFactory(), status=InterestStatus.ACCEPTED
        )


@pytest.mark.parametrize("many", [1, 3])
def test_a_warm_idea_page_reads_neither_its_call_nor_its_tags_nor_its_partners(
    client, other_member, idea, shared_pages, many
):
    tag(idea, priorities=many, partners=many)
    client.force_login(other_member)
    url = reverse("projects:idea_detail", args=[idea.pk])
    versions.bump("ideas")
    cold = page_queries(client, url)
    warm = page_queries(client, url)
    assert len(read_shared(cold)) == 4  # the call, priorities, perspectives and partners
    assert read_shared(warm) == []
    assert len(warm) == len(cold) - 4 - 1  # and the interest form's organisations


@pytest.mark.parametrize("reader", ["member", "other_member"])
def test_the_shared_part_reads_as_drawn_afresh(client, request, idea, settings, shared_pages, reader):
    tag(idea, priorities=2, partners=2)
    idea.title, idea.summary, idea.partner_roles = "Schools <and> towns", "Line one\nLine two", "A & B"
    idea.partner_countries = ["SE"]
    idea.save()
    client.force_login(request.getfixturevalue(reader))
    url = reverse("projects:idea_detail", args=[idea.pk])
    client.get(url)
    cached = shared_part(client.get(url))
    settings.LIST_CACHE_SECONDS = 0
    fresh = shared_part(client.get(url))
    assert cached == fresh
    assert "Schools &lt;and&gt; towns" in cached and "Line one<br>Line two" in cached


def test_each_language_has_its_own_shared_part(client, other_member, idea, shared_pages):
    client.force_login(other_member)
    english = shared_part(client.get(reverse("projects:idea_detail", args=[idea.pk])))
    with override("it"):
        italian = shared_part(client.get(reverse("projects:idea_detail", args=[idea.pk])))
    assert "Partners sought" in english and "Partners sought" not in italian


def test_changes_show_in_the_shared_part_at_once(client, other_member, idea, shared_pages):
    tag(idea, priorities=1, partners=0)
    client.force_login(other_member)
    url = reverse("projects:idea_detail", args=[idea.pk])
    client.get(url)
    idea.title = "A title edited a moment ago"
    idea.save()
    assert "A title edited a moment ago" in shared_part(client.get(url))
    priority = idea.priorities.get()
    priority.name_en = "A renamed priority"
    priority.save()
    assert "A renamed priority" in shared_part(client.get(url))
    call = idea.target_call
    call.title = "A renamed call"
    call.save()
    assert "A renamed call" in shared_part(client.get(url))
    partner = OrganisationFactory(name="Comune di Ferrara")
    interest = ExpressionOfInterestFactory(idea=idea, organisation=partner)
    assert "Comune di Ferrara" not in shared_part(client.get(url))
    interest.status = InterestStatus.ACCEPTED
    interest.save()
    assert "Comune di Ferrara" in shared_part(client.get(url))
    idea.lead.name = "A renamed lead"
    idea.lead.save()
    assert "A renamed lead" in shared_part(client.get(url))


def express_form(response, idea) -> str:
    page = response.content.decode()
    start = page.find(f'action="{reverse("projects:idea_express_interest", args=[idea.pk])}"')
    return page[start : page.index("</form>", start)] if start >= 0 else ""


def without_token(form: str) -> str:
    return form.split('name="csrfmiddlewaretoken"')[0] + form.split('name="csrfmiddlewaretoken"')[-1][75:]


@pytest.mark.parametrize("organisations", [1, 3])
def test_a_warm_idea_page_reads_no_organisations_for_its_interest_form(
    client, other_member, other_org, idea, shared_pages, organisations
):
    for _ in range(organisations - 1):
        OrganisationFactory().contacts.create(user=other_member)
    client.force_login(other_member)
    url = reverse("projects:idea_detail", args=[idea.pk])
    versions.bump("ideas")
    cold = page_queries(client, url)
    warm = page_queries(client, url)
    # Drawn: the form's organisations and the project group's partners.
    assert len([sql for sql in cold if sql.startswith('SELECT "members_organisation".')]) == 2
    assert [sql for sql in warm if sql.startswith('SELECT "members_organisation".')] == []
    assert other_org.name in express_form(client.get(url), idea)


def test_the_shared_interest_form_reads_as_drawn_afresh_and_is_each_readers_own(
    client, other_member, other_org, idea, settings, shared_pages
):
    third = OrganisationFactory(name="Comune di Modena <3>")
    third_member = third.contacts.create(
        user=type(other_member).objects.create(email="third@example.org")
    ).user
    url = reverse("projects:idea_detail", args=[idea.pk])
    client.force_login(other_member)
    client.get(url)
    cached = express_form(client.get(url), idea)
    settings.LIST_CACHE_SECONDS = 0
    fresh = express_form(client.get(url), idea)
    assert without_token(cached) == without_token(fresh) and other_org.name in cached
    settings.LIST_CACHE_SECONDS = 300
    client.force_login(third_member)
    theirs = express_form(client.get(url), idea)
    assert "Comune di Modena &lt;3&gt;" in theirs and other_org.name not in theirs


def test_an_interest_and_a_renamed_organisation_show_in_the_interest_form_at_once(
    client, other_member, other_org, idea, shared_pages
):
    second = OrganisationFactory(name="Comune di Piacenza")
    second.contacts.create(user=other_member)
    client.force_login(other_member)
    url = reverse("projects:idea_detail", args=[idea.pk])
    assert second.name in express_form(client.get(url), idea)
    second.name = "Comune di Piacenza (renamed)"
    second.save()
    assert "Comune di Piacenza (renamed)" in express_form(client.get(url), idea)
    ExpressionOfInterestFactory(idea=idea, organisation=second, expressed_by=other_member)
    form = express_form(client.get(url), idea)
    assert "Comune di Piacenza" not in form and other_org.name in form
    ExpressionOfInterestFactory(idea=idea, organisation=other_org, expressed_by=other_member)
    assert express_form(client.get(url), idea) == ""
