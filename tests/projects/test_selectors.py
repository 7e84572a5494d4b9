"""What the Members Area home, the weekly digest and partner matching read of ideas."""

import datetime

import pytest
from django.template.loader import render_to_string
from django.utils import timezone

from projects.models import InterestStatus, PcmPhase, Visibility
from projects.selectors import (
    co_partner_edges,
    idea_for_matching,
    ideas_for_digest,
    member_home_ideas,
    organisations_excluded_from,
)
from strategy.models import Priority
from tests.factories import ExpressionOfInterestFactory, ProjectIdeaFactory, ProjectRecordFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def climate():
    return Priority.objects.get(code="climate-action")


def tagged(priority, **fields):
    idea = ProjectIdeaFactory(**fields)
    idea.priorities.set([priority])
    return idea


def test_the_home_shows_open_ideas_in_my_priorities_my_ideas_and_my_interests(
    other_member, other_org, idea, climate
):
    other_org.priorities.set([climate])
    idea.priorities.set([climate])
    tagged(Priority.objects.get(code="digital-skills"))  # not my priority
    tagged(climate, phase=PcmPhase.FINANCING)  # no longer open
    tagged(climate, visibility=Visibility.SECRETARIAT)  # not visible to me
    tagged(climate, lead=other_org)  # my own
    interest = ExpressionOfInterestFactory(idea=tagged(climate), organisation=other_org)
    home = member_home_ideas(other_member)
    assert {i.pk for i in home["looking_for_partners"]} == {idea.pk, interest.idea.pk}
    assert [i.lead for i in home["my_ideas"]] == [other_org]
    assert home["my_interests"] == [interest]
    html = render_to_string("projects/includes/member_home_ideas.html", home)
    assert idea.title in html
    assert "Waiting for the lead&#x27;s answer" in html


def test_the_digest_lists_new_ideas_in_my_priorities_only(other_member, other_org, climate):
    other_org.priorities.set([climate])
    since = timezone.now() - datetime.timedelta(days=7)
    old = tagged(climate)
    type(old).objects.filter(pk=old.pk).update(created_at=since - datetime.timedelta(days=1))
    new = tagged(climate)
    tagged(Priority.objects.get(code="digital-skills"))
    assert list(ideas_for_digest(other_member, since)) == [new]


def test_matching_reads_plain_data_and_excludes_the_lead_and_answered_members(idea, member, climate):
    idea.priorities.set([climate])
    declined = ExpressionOfInterestFactory(idea=idea, status=InterestStatus.DECLINED)
    withdrawn = ExpressionOfInterestFactory(idea=idea, status=InterestStatus.WITHDRAWN)
    data = idea_for_matching(idea)
    assert data["priorities"] == ["climate-action"]
    assert data["lead_id"] == idea.lead_id
    assert idea.title in data["texts"]["en"]
    excluded = organisations_excluded_from(idea)
    assert {idea.lead_id, declined.organisation_id} <= excluded
    assert withdrawn.organisation_id not in excluded


def test_co_partner_edges_link_the_lead_and_partners_of_each_record(member_org, other_org):
    from tests.factories import OrganisationFactory

    third = OrganisationFactory()
    record = ProjectRecordFactory(lead=member_org)
    record.partners.set([other_org, third])
    edges = co_partner_edges()
    assert len(edges) == 3
    assert {(a, b) for a, b, _record in edges} == {
        tuple(sorted(pair))
        for pair in [(member_org.pk, other_org.pk), (member_org.pk, third.pk), (other_org.pk, third.pk)]
    }
