"""Who sees the Members Area, the directory and the profiles; who edits a profile."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from members.models import BoardMeeting, StaffExpert
from projects.models import InterestStatus, PcmPhase, Visibility
from projects.services import record_submission
from strategy.models import Priority
from tests.factories import (
    EuCallFactory,
    EventFactory,
    ExpressionOfInterestFactory,
    NewsItemFactory,
    OrganisationFactory,
    ProjectIdeaFactory,
    ProjectRecordFactory,
    StaffExpertFactory,
    organisation_of,
)

ALLOWED = ["member", "other_member", "secretariat", "board_member"]
REFUSED = ["outsider", "applicant"]


@pytest.fixture
def profile_url(member):
    return reverse("organisation_profile", args=[organisation_of(member).slug])


def pages(profile_url):
    return [reverse("members_area"), reverse("member_directory"), profile_url]


@pytest.mark.parametrize("role", ALLOWED)
def test_members_secretariat_and_board_see_the_area_directory_and_profiles(
    client, request, role, profile_url
):
    client.force_login(request.getfixturevalue(role))
    for url in pages(profile_url):
        assert client.get(url).status_code == 200, url


@pytest.mark.parametrize("role", REFUSED)
def test_a_non_member_gets_403_on_the_area_directory_and_profiles(client, request, role, profile_url):
    client.force_login(request.getfixturevalue(role))
    for url in pages(profile_url):
        assert client.get(url).status_code == 403, url


def test_an_anonymous_visitor_is_sent_to_sign_in(client, profile_url):
    for url in pages(profile_url):
        response = client.get(url)
        assert response.status_code == 302
        assert reverse("account_login") in response.url


def test_the_menu_shows_the_members_area_only_to_those_who_may_see_it(client, member, outsider):
    client.force_login(outsider)
    assert reverse("members_area") not in client.get(reverse("home")).content.decode()
    client.force_login(member)
    assert reverse("members_area") in client.get(reverse("home")).content.decode()


def test_the_home_shows_calls_and_news_of_my_priorities_and_my_events(client, member):
    climate, tourism = (
        Priority.objects.get(code="climate-action"),
        Priority.objects.get(code="sustainable-tourism"),
    )
    organisation_of(member).priorities.set([climate])
    mine, other = EuCallFactory(title="Adaptation call"), EuCallFactory(title="Tourism call")
    mine.priorities.set([climate])
    other.priorities.set([tourism])
    news = NewsItemFactory(title="Climate news")
    news.priorities.set([climate])
    event = EventFactory(title="Seminar on adaptation")
    event.registrations.create(user=member, status="confirmed")
    client.force_login(member)
    content = client.get(reverse("members_area")).content.decode()
    assert "Adaptation call" in content
    assert "Tourism call" not in content
    assert "Climate news" in content
    assert content.count("Seminar on adaptation") == 2  # my events and next events
    assert "Your organisation leads no idea yet." in content  # the ideas block (part B)


# --- Profile editing -----------------------------------------------------------------------------
def edit_data(**extra):
    data = {
        "description_en": "We build bridges.",
        "description_sv": "",
        "description_it": "",
        "priorities": [],
        "website": "",
        "address": "",
        "experts-TOTAL_FORMS": "0",
        "experts-INITIAL_FORMS": "0",
        "experts-MIN_NUM_FORMS": "0",
        "experts-MAX_NUM_FORMS": "1000",
    }
    data.update(extra)
    return data


def test_a_member_edits_its_own_organisation(client, member):
    organisation = organisation_of(member)
    client.force_login(member)
    url = reverse("organisation_edit", args=[organisation.slug])
    assert client.get(url).status_code == 200
    response = client.post(url, edit_data())
    assert response.status_code == 302
    organisation.refresh_from_db()
    assert organisation.description_en == "We build bridges."


def test_a_member_cannot_edit_another_organisations_profile(client, member, other_member):
    other = organisation_of(other_member)
    client.force_login(member)
    url = reverse("organisation_edit", args=[other.slug])
    assert client.get(url).status_code == 403
    assert client.post(url, edit_data()).status_code == 403
    other.refresh_from_db()
    assert other.description_en != "We build bridges."


def test_a_member_does_not_get_an_edit_link_on_another_profile(client, member, other_member):
    client.force_login(member)
    other = organisation_of(other_member)
    response = client.get(reverse("organisation_profile", args=[other.slug]))
    assert reverse("organisation_edit", args=[other.slug]) not in response.content.decode()


@pytest.mark.parametrize("role", ["secretariat"])
def test_the_secretariat_edits_every_member(client, request, role, member):
    organisation = organisation_of(member)
    client.force_login(request.getfixturevalue(role))
    response = client.post(reverse("organisation_edit", args=[organisation.slug]), edit_data())
    assert response.status_code == 302
    organisation.refresh_from_db()
    assert organisation.description_en == "We build bridges."


@pytest.mark.parametrize("role", ["board_member", "outsider", "applicant"])
def test_nobody_else_edits_a_profile(client, request, role, member):
    client.force_login(request.getfixturevalue(role))
    url = reverse("organisation_edit", args=[organisation_of(member).slug])
    assert client.post(url, edit_data()).status_code == 403


def test_adding_an_expert_with_consent_records_who_and_when(client, member):
    from members.models import ExpertiseArea

    area = ExpertiseArea.objects.create(code="open-data", name="Open data")
    organisation = organisation_of(member)
    client.force_login(member)
    data = edit_data(
        **{
            "experts-TOTAL_FORMS": "1",
            "experts-0-name": "Karin Ek",
            "experts-0-job_title": "Planner",
            "experts-0-email": "",
            "experts-0-areas": [area.pk],
            "experts-0-consent": "on",
        }
    )
    response = client.post(reverse("organisation_edit", args=[organisation.slug]), data)
    assert response.status_code == 302
    expert = StaffExpert.objects.get(organisation=organisation)
    assert expert.consent_recorded_by == member
    assert expert.consent_recorded_on is not None
    assert list(expert.areas.all()) == [area]


def test_staff_without_consent_are_not_shown_on_the_profile(client, member, other_member):
    organisation = organisation_of(other_member)
    StaffExpertFactory(organisation=organisation, name="Agreed Person")
    StaffExpertFactory(organisation=organisation, name="Private Person", consent_recorded_on=None)
    client.force_login(member)
    content = client.get(reverse("organisation_profile", args=[organisation.slug])).content.decode()
    assert "Agreed Person" in content
    assert "Private Person" not in content


def test_the_profile_lists_the_projects_led_and_joined(client, member):

    from projects.models import ProjectRecord

    organisation = organisation_of(member)
    led = ProjectRecord.objects.create(
        acronym="MOBEC",
        title="Mobility",
        programme="Interreg",
        submitted_on=datetime.date(2020, 1, 1),
        lead=organisation,
    )
    joined = ProjectRecord.objects.create(
        acronym="EQUAP", title="Equality", programme="CERV", submitted_on=datetime.date(2021, 1, 1)
    )
    joined.partners.add(organisation)
    ProjectRecord.objects.create(
        acronym="OTHER", title="x", programme="x", submitted_on=datetime.date(2021, 1, 1)
    )
    client.force_login(member)
    content = client.get(reverse("organisation_profile", args=[organisation.slug])).content.decode()
    assert led.acronym in content and joined.acronym in content
    assert "OTHER" not in content


# --- The directory --------------------------------------------------------------------------------
def test_the_directory_filters_by_country_kind_region_and_priority(client, member):
    climate = Priority.objects.get(code="climate-action")
    swedish = OrganisationFactory(name="Kalix kommun", country="SE", region="Norrbotten")
    swedish.priorities.set([climate])
    OrganisationFactory(name="Provincia di Parma", kind="province")
    client.force_login(member)
    url = reverse("member_directory")

    def names(**params):
        return {o.name for o in client.get(url, params).context["organisations"]}

    assert names(country="SE") == {"Kalix kommun"}
    assert names(region="Norrbotten") == {"Kalix kommun"}
    assert names(kind="province") == {"Provincia di Parma"}
    assert names(priority="climate-action") == {"Kalix kommun"}


def test_the_directory_lists_only_todays_members(client, member):
    OrganisationFactory(name="Not yet a member", member_since=None)
    client.force_login(member)
    names = {o.name for o in client.get(reverse("member_directory")).context["organisations"]}
    assert "Not yet a member" not in names
    assert organisation_of(member).name in names


def queries_for(client, url) -> int:
    client.get(url)  # warm-up (sessions, content types)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_the_directory_costs_the_same_queries_with_1_and_200_members(
    client, member, django_assert_num_queries
):
    priorities = list(Priority.objects.all()[:3])
    client.force_login(member)
    url = reverse("member_directory")
    organisation_of(member).priorities.set(priorities)
    expected = queries_for(client, url)
    for _ in range(199):
        OrganisationFactory().priorities.set(priorities)
    with django_assert_num_queries(expected):
        response = client.get(url)
    assert response.context["paginator"].count == 200
    assert len(response.context["organisations"]) == 20


# --- The home: next Board meetings, and a fixed number of queries ----------------------------------
@pytest.fixture
def board_meetings(db):

    today = timezone.localdate()
    return [
        BoardMeeting.objects.create(
            date=today + datetime.timedelta(days=30), place="Parma", online_link="https://meet.example/b"
        ),
        BoardMeeting.objects.create(date=today + datetime.timedelta(days=120), place="Luleå"),
        BoardMeeting.objects.create(date=today - datetime.timedelta(days=30), place="Past place"),
    ]


@pytest.mark.parametrize("role", ["board_member", "secretariat"])
def test_the_board_and_the_secretariat_see_the_next_meetings_with_their_agendas(
    client, request, role, board_meetings
):
    upcoming, later, _past = board_meetings
    client.force_login(request.getfixturevalue(role))
    response = client.get(reverse("members_area"))
    content = response.content.decode()
    assert list(response.context["board_meetings"]) == [upcoming, later]
    assert reverse("board_meeting", args=[upcoming.pk]) in content
    assert reverse("board_meeting", args=[later.pk]) in content
    assert "Luleå" in content and "https://meet.example/b" in content
    assert "Planned" in content
    assert "Past place" not in content


def test_a_member_sees_only_the_dates_of_the_next_board_meetings(client, member, board_meetings):
    upcoming, later, _past = board_meetings
    client.force_login(member)
    content = client.get(reverse("members_area")).content.decode()
    assert "February, May and November" in content
    assert f'datetime="{upcoming.date:%Y-%m-%d}"' in content
    assert f'datetime="{later.date:%Y-%m-%d}"' in content
    assert reverse("board_meeting", args=[upcoming.pk]) not in content
    assert "https://meet.example/b" not in content
    assert "Luleå" not in content


def fill_the_home(count: int, member, board=None) -> None:
    """``count`` rows of everything the home lists, all concerning the member's organisation."""
    climate = Priority.objects.get(code="climate-action")
    mine = organisation_of(member)
    mine.priorities.add(climate)
    start = BoardMeeting.objects.count()
    for number in range(count):
        EuCallFactory().priorities.set([climate])
        NewsItemFactory().priorities.set([climate])
        EventFactory().registrations.create(user=member, status="confirmed")
        other_idea = ProjectIdeaFactory(eoi_deadline=datetime.date(2099, 1, 1))
        other_idea.priorities.set([climate])
        ExpressionOfInterestFactory(idea=other_idea, organisation=mine, status=InterestStatus.PENDING)
        ProjectIdeaFactory(lead=mine).priorities.set([climate])
        BoardMeeting.objects.create(
            date=timezone.localdate() + datetime.timedelta(days=10 + start + number), place="Parma"
        )


@pytest.mark.parametrize("role", ["member", "board_member", "secretariat"])
def test_the_home_costs_the_same_queries_with_1_and_200_rows(
    client, request, role, member, django_assert_num_queries
):
    client.force_login(request.getfixturevalue(role))
    url = reverse("members_area")
    fill_the_home(1, member)
    expected = queries_for(client, url)
    fill_the_home(199, member)
    with django_assert_num_queries(expected):
        response = client.get(url)
    assert len(response.context["calls"]) == 5
    assert len(response.context["board_meetings"]) == 3


# --- The profile and the projects ---------------------------------------------------------------
def test_the_profile_lists_a_submitted_idea_for_its_lead_and_its_partners(client, member, other_member):
    lead, partner = organisation_of(member), organisation_of(other_member)
    idea = ProjectIdeaFactory(lead=lead, phase=PcmPhase.FINANCING)
    ExpressionOfInterestFactory(idea=idea, organisation=partner, status=InterestStatus.ACCEPTED)
    record_submission(
        idea, acronym="GREENYARD", programme="LIFE", submitted_on=datetime.date(2027, 4, 1), by=member
    )
    client.force_login(member)
    for organisation, role in ((lead, "Lead partner"), (partner, "Partner")):
        content = client.get(reverse("organisation_profile", args=[organisation.slug])).content.decode()
        assert "GREENYARD" in content
        assert role in content


def test_the_profile_shows_the_open_ideas_the_viewer_may_see(client, member, other_member):
    organisation = organisation_of(member)
    ProjectIdeaFactory(lead=organisation, title="Open idea", eoi_deadline=datetime.date(2099, 1, 1))
    ProjectIdeaFactory(lead=organisation, title="Financed idea", phase=PcmPhase.FINANCING)
    ProjectIdeaFactory(lead=organisation, title="Past deadline", eoi_deadline=datetime.date(2020, 1, 1))
    ProjectIdeaFactory(lead=organisation, title="Secret idea", visibility=Visibility.SECRETARIAT)
    ProjectIdeaFactory(title="Someone else's idea")
    url = reverse("organisation_profile", args=[organisation.slug])
    client.force_login(other_member)
    shown = {idea.title for idea in client.get(url).context["open_ideas"]}
    assert shown == {"Open idea"}
    client.force_login(member)  # the lead's own contacts also see its secretariat-only ideas
    shown = {idea.title for idea in client.get(url).context["open_ideas"]}
    assert shown == {"Open idea", "Secret idea"}


def test_the_profile_costs_the_same_queries_with_1_and_50_projects_and_ideas(
    client, member, other_member, django_assert_num_queries
):
    organisation = organisation_of(member)
    priorities = list(Priority.objects.all()[:2])

    def add(count: int) -> None:
        for _ in range(count):
            ProjectRecordFactory(lead=organisation).partners.add(OrganisationFactory())
            ProjectRecordFactory().partners.add(organisation)
            ProjectIdeaFactory(lead=organisation).priorities.set(priorities)
            StaffExpertFactory(organisation=organisation)

    url = reverse("organisation_profile", args=[organisation.slug])
    client.force_login(other_member)
    add(1)
    expected = queries_for(client, url)
    add(49)
    with django_assert_num_queries(expected):
        response = client.get(url)
    assert len(response.context["open_ideas"]) == 5  # and a link to all of them
    assert response.context["open_ideas_count"] == 50
