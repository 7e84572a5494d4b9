import datetime
import zoneinfo

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from information.models import EuCall, NewsItem
from strategy.models import Priority
from tests.factories import EuCallFactory, NewsItemFactory

BRUSSELS = zoneinfo.ZoneInfo("Europe/Brussels")


@pytest.mark.parametrize("name", ["news_list", "call_list", "call_archive"])
@pytest.mark.parametrize("role", ["outsider", "applicant"])
def test_a_non_member_cannot_see_news_or_calls(db, client, request, name, role):
    client.force_login(request.getfixturevalue(role))
    assert client.get(reverse(name)).status_code == 403


def test_news_with_a_future_publish_date_is_not_shown_yet(client, member):
    NewsItemFactory(title="Out already")
    later = NewsItemFactory(title="Tomorrow's news", published_at=timezone.now() + datetime.timedelta(days=1))
    client.force_login(member)
    content = client.get(reverse("news_list")).content.decode()
    assert "Out already" in content
    assert "Tomorrow&#x27;s news" not in content and "Tomorrow's news" not in content
    assert client.get(later.get_absolute_url()).status_code == 404


def test_the_secretariat_sees_scheduled_news(client, secretariat):
    later = NewsItemFactory(title="Scheduled item", published_at=timezone.now() + datetime.timedelta(days=1))
    client.force_login(secretariat)
    assert "Scheduled item" in client.get(reverse("news_list")).content.decode()
    assert client.get(later.get_absolute_url()).status_code == 200


def test_expired_calls_move_to_the_archive(client, member):
    EuCallFactory(title="Still open")
    EuCallFactory(title="Closed last week", deadline=timezone.now() - datetime.timedelta(days=7))
    client.force_login(member)
    open_titles = {call.title for call in client.get(reverse("call_list")).context["calls"]}
    archived = {call.title for call in client.get(reverse("call_archive")).context["calls"]}
    assert open_titles == {"Still open"}
    assert archived == {"Closed last week"}


def test_calls_filter_by_priority(client, member):
    climate = Priority.objects.get(code="climate-action")
    EuCallFactory(title="Adaptation").priorities.set([climate])
    EuCallFactory(title="Youth")
    client.force_login(member)
    response = client.get(reverse("call_list"), {"priority": "climate-action"})
    assert [call.title for call in response.context["calls"]] == ["Adaptation"]


def test_a_deadline_is_shown_in_the_zone_of_the_call_with_the_days_left(client, member):
    deadline = datetime.datetime.combine(
        timezone.localdate() + datetime.timedelta(days=10), datetime.time(17), tzinfo=BRUSSELS
    )
    call = EuCallFactory(deadline=deadline, deadline_time_zone="Europe/Brussels")
    client.force_login(member)
    content = client.get(call.get_absolute_url()).content.decode()
    zone = deadline.tzname()  # CET or CEST
    assert f"17:00 {zone}" in content
    assert "(Brussels)" in content
    assert "10 days left" in content


def test_days_left_counts_whole_days_in_the_calls_zone():
    now = datetime.datetime(2027, 3, 1, 23, 30, tzinfo=BRUSSELS)
    call = EuCall(
        deadline=datetime.datetime(2027, 3, 3, 12, 0, tzinfo=BRUSSELS), deadline_time_zone="Europe/Brussels"
    )
    assert call.days_left(now) == 2
    assert call.days_left(datetime.datetime(2027, 3, 3, 8, 0, tzinfo=BRUSSELS)) == 0


def call_form_data(**extra):
    data = {
        "programme": "LIFE",
        "identifier": "LIFE-2027-CLIMA-CCA",
        "title_en": "Climate adaptation",
        "title_sv": "Klimatanpassning",
        "title_it": "",
        "summary_en": "Adaptation projects.",
        "summary_sv": "",
        "summary_it": "",
        "deadline": "2027-04-22T17:00",
        "deadline_time_zone": "Europe/Brussels",
        "budget_eur": "60000000",
        "link": "https://ec.europa.eu/info/funding-tenders/",
        "priorities": [Priority.objects.get(code="climate-action").pk],
        "eligible_countries": ["SE", "IT"],
    }
    data.update(extra)
    return data


def test_the_secretariat_adds_a_call_whose_deadline_is_read_in_the_chosen_zone(client, secretariat):
    client.force_login(secretariat)
    response = client.post(reverse("call_create"), call_form_data())
    assert response.status_code == 302, response.context["form"].errors
    call = EuCall.objects.get(identifier="LIFE-2027-CLIMA-CCA")
    assert call.deadline == datetime.datetime(2027, 4, 22, 17, 0, tzinfo=BRUSSELS)
    assert call.eligible_countries == ["IT", "SE"]
    assert call.title_sv == "Klimatanpassning"
    assert call.created_by == secretariat
    assert client.get(reverse("call_edit", args=[call.slug])).context["form"]["deadline"].value().hour == 17


def test_the_secretariat_publishes_news(client, secretariat):
    client.force_login(secretariat)
    data = {
        "title_en": "New guide",
        "title_sv": "",
        "title_it": "Nuova guida",
        "body_en": "Text.",
        "body_sv": "",
        "body_it": "",
        "published_at": "2026-01-01T09:00",
    }
    response = client.post(reverse("news_create"), data)
    assert response.status_code == 302
    assert NewsItem.objects.get(slug="new-guide").title_it == "Nuova guida"


@pytest.mark.parametrize("name", ["news_create", "call_create"])
@pytest.mark.parametrize("role", ["member", "board_member", "outsider"])
def test_only_the_secretariat_publishes(db, client, request, name, role):
    client.force_login(request.getfixturevalue(role))
    assert client.get(reverse(name)).status_code == 403
    assert client.post(reverse(name), call_form_data()).status_code == 403


def queries_for(client, url) -> int:
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.parametrize(
    ("name", "make"),
    [
        ("news_list", lambda priorities: NewsItemFactory().priorities.set(priorities)),
        ("call_list", lambda priorities: EuCallFactory().priorities.set(priorities)),
        (
            "call_archive",
            lambda priorities: EuCallFactory(
                deadline=timezone.now() - datetime.timedelta(days=3)
            ).priorities.set(priorities),
        ),
    ],
)
def test_the_lists_cost_the_same_queries_with_1_and_200_rows(
    client, member, django_assert_num_queries, name, make
):
    priorities = list(Priority.objects.all()[:3])
    make(priorities)
    client.force_login(member)
    url = reverse(name)
    expected = queries_for(client, url)
    for _ in range(199):
        make(priorities)
    with django_assert_num_queries(expected):
        response = client.get(url)
    assert response.context["paginator"].count == 200
    assert response.context["is_paginated"]
