"""The lists' filter forms and choices are shared through the cache until what they show changes
(issue 16: rendering a list's form took a third of its page, and the calls' and directory's
choices were a DISTINCT over the whole table on every view)."""

import datetime

import pytest
import time_machine
from django.db import connection
from django.forms.utils import RenderableFormMixin
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import override

from sern_portal import versions
from strategy.models import Priority
from tests.factories import EuCallFactory, ProjectIdeaFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def shared_lists(settings, fresh_cache):
    settings.LIST_CACHE_SECONDS = 300


@pytest.fixture
def form_renders(monkeypatch):
    """How many times a form was rendered with Django's widget templates."""
    calls = []
    original = RenderableFormMixin.as_div

    def counting(form):
        calls.append(type(form).__name__)
        return original(form)

    monkeypatch.setattr(RenderableFormMixin, "as_div", counting)
    return calls


def form_of(response) -> str:
    page = response.content.decode()
    return page.split('class="filters"')[1].split("</form>")[0]


def test_the_ideas_filter_form_is_rendered_once_and_then_read_from_the_cache(
    client, member, shared_lists, form_renders
):
    client.force_login(member)
    url = reverse("projects:idea_list")
    first = client.get(url, {"phase": "identification"})
    second = client.get(url, {"phase": "identification", "page": "1"})
    assert len(form_renders) == 1  # the page number renders the same form
    assert form_of(first) == form_of(second)
    assert 'value="identification" selected' in form_of(second)


def test_a_shared_form_reads_as_the_form_rendered_afresh_with_its_values_and_errors(
    client, member, settings, shared_lists
):
    client.force_login(member)
    url = reverse("projects:idea_list")
    query = {"q": "school <b>", "priority": "999999", "looking_for_partners": "on"}
    client.get(url, query)  # fills the cache
    cached = form_of(client.get(url, query))
    settings.LIST_CACHE_SECONDS = 0
    assert cached == form_of(client.get(url, query))
    assert "school &lt;b&gt;" in cached
    assert "errorlist" in cached  # the unknown priority is reported at its field


def test_each_language_and_each_query_has_its_own_form(client, member, shared_lists, form_renders):
    client.force_login(member)
    english = form_of(client.get(reverse("projects:idea_list")))
    with override("it"):
        italian = form_of(client.get(reverse("projects:idea_list")))
    assert "Only ideas looking for partners" in english
    assert "Only ideas looking for partners" not in italian
    client.get(reverse("projects:idea_list"), {"phase": "formulation"})
    assert len(form_renders) == 3


def test_a_renamed_priority_shows_in_the_shared_form_at_once(client, member, shared_lists):
    client.force_login(member)
    url = reverse("projects:idea_list")
    client.get(url)
    priority = Priority.objects.order_by("pk").first()
    priority.name_en = "Renamed priority for the test"
    priority.save()
    assert "Renamed priority for the test" in form_of(client.get(url))


def test_the_calls_programmes_are_read_once_and_a_new_programme_shows_at_once(client, member, shared_lists):
    EuCallFactory(programme="Horizon Europe")
    client.force_login(member)
    url = reverse("call_list")
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    assert not [q for q in queries.captured_queries if "DISTINCT" in q["sql"] and "programme" in q["sql"]]
    EuCallFactory(programme="Interreg Europe")
    assert "Interreg Europe" in form_of(client.get(url))


@pytest.fixture
def row_renders(monkeypatch):
    """The names of the templates rendered through ``Template.render`` (rows among them)."""
    from django.template.base import Template

    names = []
    original = Template.render

    def recording(self, context):
        names.append(self.name)
        return original(self, context)

    monkeypatch.setattr(Template, "render", recording)
    return names


ROW = "projects/includes/idea_summary.html"


def results_of(response) -> str:
    return response.content.decode().split('role="status"')[1].split('class="pagination"')[0]


def test_the_rows_of_the_ideas_list_are_drawn_once_and_read_as_drawn_afresh(
    client, member, settings, shared_lists, row_renders
):
    ideas = [ProjectIdeaFactory(title=f"Idea number {n} <for> all") for n in range(3)]
    ideas[0].priorities.set([Priority.objects.order_by("pk").first()])
    client.force_login(member)
    url = reverse("projects:idea_list")
    first = results_of(client.get(url))
    assert row_renders.count(ROW) == 3
    second = results_of(client.get(url))
    assert row_renders.count(ROW) == 3  # none drawn again
    settings.LIST_CACHE_SECONDS = 0
    assert first == second == results_of(client.get(url))
    assert "Idea number 0 &lt;for&gt; all" in second


def test_an_edited_idea_and_the_next_day_show_in_the_shared_rows_at_once(client, member, shared_lists):
    idea = ProjectIdeaFactory(eoi_deadline=timezone.localdate() + datetime.timedelta(days=1))
    client.force_login(member)
    url = reverse("projects:idea_list")
    assert "Looking for partners" in results_of(client.get(url))
    idea.title = "A title edited a moment ago"
    idea.save()
    assert "A title edited a moment ago" in results_of(client.get(url))
    with time_machine.travel(timezone.now() + datetime.timedelta(days=2)):
        client.force_login(member)
        assert "Looking for partners" not in results_of(client.get(url))


def test_the_rows_are_kept_per_language(client, member, shared_lists):
    ProjectIdeaFactory(eoi_deadline=timezone.localdate() + datetime.timedelta(days=5))
    client.force_login(member)
    english = results_of(client.get(reverse("projects:idea_list")))
    with override("it"):
        italian = results_of(client.get(reverse("projects:idea_list")))
    assert "Looking for partners" in english and "Looking for partners" not in italian


def test_the_calls_rows_are_shared_and_count_their_days_left_again_as_the_clock_moves(
    client, member, shared_lists, row_renders
):
    start = datetime.datetime(2027, 3, 10, 9, 0, tzinfo=datetime.UTC)
    deadline = datetime.datetime(2027, 3, 13, 15, 0, tzinfo=datetime.UTC)  # mid-afternoon in Europe
    url = reverse("call_list")
    with time_machine.travel(start, tick=False):
        EuCallFactory(title="A call with days left", deadline=deadline)
        client.force_login(member)
        assert "3 days left" in client.get(url).content.decode()
        client.get(url)
        assert row_renders.count("information/includes/call_row.html") == 1
    with time_machine.travel(deadline - datetime.timedelta(hours=2), tick=False):
        client.force_login(member)
        assert "Closes today" in client.get(url).content.decode()


def idea_queries(captured) -> list[str]:
    """The queries that read whole ideas (their texts), not only their ids."""
    return [q["sql"] for q in captured if 'FROM "projects_projectidea"' in q["sql"] and "summary" in q["sql"]]


def prefetch_queries(captured) -> list[str]:
    return [q["sql"] for q in captured if "_prefetch_related_val" in q["sql"]]


@pytest.mark.parametrize("rows", [1, 25])
def test_a_warm_ideas_list_reads_only_the_ids_of_its_rows(client, member, shared_lists, rows):
    """The rows' HTML is in the cache: the ideas are not read whole, nor their priorities."""
    priority = Priority.objects.order_by("pk").first()
    for n in range(rows):
        ProjectIdeaFactory(title=f"Idea {n}").priorities.set([priority])
    client.force_login(member)
    url = reverse("projects:idea_list")
    client.get(url)
    versions.bump("public")  # the rows are drawn again, the form is still shared
    with CaptureQueriesContext(connection) as cold:
        client.get(url)
    assert len(idea_queries(cold.captured_queries)) == 1 and len(prefetch_queries(cold.captured_queries)) == 1
    with CaptureQueriesContext(connection) as warm:
        response = client.get(url)
    assert idea_queries(warm.captured_queries) == [] and prefetch_queries(warm.captured_queries) == []
    assert len(warm.captured_queries) == len(cold.captured_queries) - 2
    assert results_of(response).count('class="card idea"') == min(rows, 20)


@pytest.mark.parametrize(
    "query", [{}, {"q": "school"}, {"looking_for_partners": "on"}, {"priority": "PRIORITY"}, {"page": "2"}]
)
def test_a_partly_cached_page_of_ideas_reads_as_drawn_afresh(client, member, settings, shared_lists, query):
    """Some rows in the cache, some not: the page shows every row once, in the list's order."""
    priority = Priority.objects.order_by("pk").first()
    query = {key: str(priority.pk) if value == "PRIORITY" else value for key, value in query.items()}
    deadline = timezone.localdate() + datetime.timedelta(days=3)
    for n in range(23):
        idea = ProjectIdeaFactory(title=f"Idea {n} for schools", eoi_deadline=deadline if n % 2 else None)
        idea.priorities.set([priority] if n % 3 else [])
    client.force_login(member)
    url = reverse("projects:idea_list")
    client.get(url, query)
    ProjectIdeaFactory(title="A newer idea for schools", eoi_deadline=deadline).priorities.set([priority])
    cached = results_of(client.get(url, query))  # the new idea and the rows it moved are drawn again
    settings.LIST_CACHE_SECONDS = 0
    fresh = results_of(client.get(url, query))
    assert cached == fresh
    assert fresh.count('class="card idea"') >= 1
