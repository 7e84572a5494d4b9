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
    assert len(warm) == len(cold) - 4


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
