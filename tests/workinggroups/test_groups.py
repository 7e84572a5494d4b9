"""Working groups: one per area, joining and leaving, the chair, the page, the digest signal."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from information.digest import build_digest
from library.models import Access, Document, Folder
from projects.digest import new_ideas
from strategy.models import ThematicArea
from tests.factories import (
    EuCallFactory,
    MemberContactFactory,
    NewsItemFactory,
    OrganisationFactory,
    ProjectIdeaFactory,
    organisation_of,
)
from workinggroups.models import WorkingGroup, WorkingGroupMembership
from workinggroups.services import GroupRefused, join, leave, set_chair

pytestmark = pytest.mark.django_db


def area_group() -> WorkingGroup:
    return WorkingGroup.objects.get(thematic_area__code="green-societies")


def contact_of(user):
    return user.organisation_contacts.get()


def test_the_migration_made_one_group_per_thematic_area_named_in_three_languages():
    areas = ThematicArea.objects.all()
    assert areas.count() == 3
    for area in areas:
        group = WorkingGroup.objects.get(thematic_area=area)
        assert group.name_en == f"Working group {area.name_en}"
        assert group.name_sv == f"Arbetsgrupp {area.name_sv}"
        assert group.name_it == f"Gruppo di lavoro {area.name_it}"


def test_a_member_joins_leaves_and_the_history_stays(client, member):
    group = area_group()
    client.force_login(member)
    response = client.post(
        reverse("workinggroups:join", args=[group.slug]), {"contact": contact_of(member).pk}
    )
    assert response.status_code == 302
    page = client.get(reverse("workinggroups:group_detail", args=[group.slug])).content.decode()
    assert member.name in page and organisation_of(member).name in page
    assert "Leave the group" in page

    client.post(reverse("workinggroups:leave", args=[group.slug]), {"contact": contact_of(member).pk})
    membership = WorkingGroupMembership.objects.get(group=group, contact=contact_of(member))
    assert membership.left_on == timezone.localdate()
    page = client.get(reverse("workinggroups:group_detail", args=[group.slug])).content.decode()
    assert "Join the group" in page

    # Joining again is a new membership; the old one is kept as history.
    client.post(reverse("workinggroups:join", args=[group.slug]), {"contact": contact_of(member).pk})
    assert WorkingGroupMembership.objects.filter(group=group, contact=contact_of(member)).count() == 2


def test_joining_twice_is_refused_with_a_clear_message(member):
    group = area_group()
    join(group, contact_of(member))
    with pytest.raises(GroupRefused, match="already"):
        join(group, contact_of(member))


def test_a_contact_of_an_organisation_that_is_not_a_member_cannot_join(client):
    former = MemberContactFactory(organisation=OrganisationFactory(member_since=None))
    group = area_group()
    with pytest.raises(GroupRefused):
        join(group, contact_of(former))
    client.force_login(former)
    assert client.post(reverse("workinggroups:join", args=[group.slug])).status_code == 403


def test_a_closed_group_takes_nobody(member):
    group = area_group()
    group.is_active = False
    group.save()
    with pytest.raises(GroupRefused):
        join(group, contact_of(member))


def test_leaving_a_group_you_are_not_in_is_refused(member):
    with pytest.raises(GroupRefused):
        leave(area_group(), contact_of(member))


@pytest.mark.parametrize("who, status", [("outsider", 403), ("applicant", 403), ("member", 200)])
def test_who_sees_the_groups(client, request, who, status):
    client.force_login(request.getfixturevalue(who))
    assert client.get(reverse("workinggroups:group_list")).status_code == status
    assert client.get(reverse("workinggroups:group_detail", args=[area_group().slug])).status_code == status


def test_the_secretariat_and_the_board_see_groups_but_do_not_join(client, secretariat):
    client.force_login(secretariat)
    page = client.get(reverse("workinggroups:group_detail", args=[area_group().slug])).content.decode()
    assert "Join the group" not in page
    assert client.post(reverse("workinggroups:join", args=[area_group().slug])).status_code == 403


def test_the_chair_and_the_secretariat_edit_the_page_text_and_other_members_do_not(
    client, member, other_member, secretariat
):
    group = area_group()
    set_chair(group, contact_of(member))
    url = reverse("workinggroups:edit_text", args=[group.slug])
    client.force_login(other_member)
    assert client.get(url).status_code == 403
    assert client.post(url, {"description_en": "Taken over"}).status_code == 403
    client.force_login(member)
    response = client.post(
        url, {"description_en": "We meet monthly.", "description_sv": "", "description_it": ""}
    )
    assert response.status_code == 302
    group.refresh_from_db()
    assert group.description_en == "We meet monthly."
    client.force_login(secretariat)
    assert client.get(url).status_code == 200


def test_the_secretariat_creates_a_group_and_sets_its_chair_on_the_desk(client, secretariat, member):
    client.force_login(secretariat)
    response = client.post(
        reverse("workinggroups:desk_groups"),
        {
            "name_en": "Youth exchanges",
            "name_sv": "Ungdomsutbyten",
            "name_it": "Scambi giovanili",
            "thematic_area": "",
        },
    )
    group = WorkingGroup.objects.get(name_en="Youth exchanges")
    assert response.url == reverse("workinggroups:desk_group", args=[group.slug])
    client.post(reverse("workinggroups:desk_group", args=[group.slug]), {"chair": contact_of(member).pk})
    group.refresh_from_db()
    assert group.chair == contact_of(member)
    # The chair is in the group.
    assert group.memberships.filter(contact=contact_of(member), left_on__isnull=True).exists()


@pytest.mark.parametrize("who", ["member", "board_member", "outsider"])
def test_only_the_secretariat_uses_the_groups_desk(client, request, who):
    client.force_login(request.getfixturevalue(who))
    assert client.get(reverse("workinggroups:desk_groups")).status_code == 403


def test_the_group_page_shows_news_calls_ideas_and_documents_of_its_area(client, member):
    group = area_group()
    climate = group.thematic_area.priorities.get(code="climate-action")
    other = ThematicArea.objects.exclude(pk=group.thematic_area_id).first().priorities.first()
    NewsItemFactory(title="Heat plans for cities").priorities.set([climate])
    NewsItemFactory(title="Unrelated news").priorities.set([other])
    EuCallFactory(title="LIFE climate adaptation").priorities.set([climate])
    ProjectIdeaFactory(title="Cool schoolyards").priorities.set([climate])
    folder = Folder.objects.get(slug="presentations")
    Document.objects.create(
        folder=folder, title="Kick-off slides", access=Access.MEMBERS, working_group=group
    )
    Document.objects.create(folder=folder, title="Board-only notes", access=Access.BOARD, working_group=group)
    client.force_login(member)
    page = client.get(reverse("workinggroups:group_detail", args=[group.slug])).content.decode()
    for shown in ("Heat plans for cities", "LIFE climate adaptation", "Cool schoolyards", "Kick-off slides"):
        assert shown in page
    assert "Unrelated news" not in page
    assert "Board-only notes" not in page


def test_the_group_list_costs_the_same_queries_with_one_and_many_members(
    client, member, django_assert_num_queries
):
    client.force_login(member)
    url = reverse("workinggroups:group_list")
    client.get(url)
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as before:
        client.get(url)
    for _ in range(5):
        join(area_group(), contact_of(MemberContactFactory()))
    with django_assert_num_queries(len(before.captured_queries)):
        client.get(url)


def test_a_group_member_gets_its_areas_news_calls_and_ideas_in_the_digest_without_ticking_them(member):
    group = area_group()
    climate = group.thematic_area.priorities.get(code="climate-action")
    organisation_of(member).priorities.clear()
    now = timezone.now()
    since, until = now - datetime.timedelta(days=7), now + datetime.timedelta(minutes=1)
    news = NewsItemFactory(title="Green news", published_at=now - datetime.timedelta(days=1))
    news.priorities.set([climate])
    call = EuCallFactory(published_at=now - datetime.timedelta(days=1))
    call.priorities.set([climate])
    idea = ProjectIdeaFactory(visibility="members")
    idea.priorities.set([climate])
    assert build_digest(member, since, until).is_empty
    assert new_ideas(member, since, until) == []

    join(group, contact_of(member), on=timezone.localdate() - datetime.timedelta(days=1))
    digest = build_digest(member, since, until)
    assert digest.sections["news"] == [news]
    assert digest.sections["calls"] == [call]
    assert new_ideas(member, since, until) == [idea]

    leave(group, contact_of(member), on=timezone.localdate() - datetime.timedelta(days=1))
    assert build_digest(member, since, until).is_empty


def test_joins_and_departures_appear_in_the_organisations_timeline(member):
    from sern_portal.timeline import entries_for

    group = area_group()
    join(group, contact_of(member), on=datetime.date(2026, 3, 2))
    leave(group, contact_of(member), on=datetime.date(2026, 9, 30))
    titles = [entry.title for entry in entries_for(organisation_of(member)) if entry.kind == "working_group"]
    assert titles == [f"{member.name} left {group.name}", f"{member.name} joined {group.name}"]
