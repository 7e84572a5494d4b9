"""The idea page reads what it shows in a fixed number of queries (issue 16): the permission
checks of each interest and submission read no more rows, the idea is read once."""

import datetime

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from members.models import Organisation
from members.rules import is_contact_of
from projects.forms import InterestForm
from tests.factories import (
    ExpressionOfInterestFactory,
    OrganisationFactory,
    ProjectIdeaFactory,
    ProjectRecordFactory,
    UserFactory,
)


def page_queries(client, idea) -> list[str]:
    url = reverse("projects:idea_detail", args=[idea.pk])
    client.get(url)  # warm-up: per-process caches
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return [query["sql"] for query in queries.captured_queries]


def add_interest_and_submission(idea) -> None:
    ExpressionOfInterestFactory(idea=idea, organisation=OrganisationFactory())
    ProjectRecordFactory(idea=idea, lead=idea.lead, outcome="pending")


def test_the_lead_reads_the_idea_page_in_as_many_queries_with_one_interest_and_submission_as_with_many(
    client, member, idea
):
    client.force_login(member)
    add_interest_and_submission(idea)
    with_one = page_queries(client, idea)
    for _ in range(4):
        add_interest_and_submission(idea)
    with_many = page_queries(client, idea)
    assert len(with_many) == len(with_one)


def test_another_member_reads_the_idea_page_in_as_many_queries_with_one_interest_of_theirs_as_with_many(
    client, other_member, other_org, idea
):
    client.force_login(other_member)
    ExpressionOfInterestFactory(idea=idea, organisation=other_org, expressed_by=other_member)
    with_one = page_queries(client, idea)
    second = OrganisationFactory()
    second.contacts.create(user=other_member)
    ExpressionOfInterestFactory(idea=idea, organisation=second, expressed_by=other_member)
    with_two = page_queries(client, idea)
    assert len(with_two) == len(with_one)


def test_the_idea_page_reads_the_idea_once(client, other_member, idea):
    client.force_login(other_member)
    ideas_read = [
        sql for sql in page_queries(client, idea) if sql.startswith('SELECT "projects_projectidea"."id"')
    ]
    assert len(ideas_read) == 1


def test_the_interest_form_reads_its_organisations_once(django_assert_num_queries, db):
    OrganisationFactory(name="Comune di Reggio")
    form = InterestForm(organisations=Organisation.objects.order_by("name"))
    with django_assert_num_queries(1):
        assert form.has_organisations()
        html = form.as_div()
    assert "Comune di Reggio" in html


def test_a_person_is_checked_against_many_organisations_with_one_query(django_assert_num_queries, member):
    mine = member.organisation_contacts.get().organisation
    former = OrganisationFactory(
        member_since=datetime.date(2001, 1, 1), member_until=datetime.date(2002, 1, 1)
    )
    former.contacts.create(user=member)
    others = [OrganisationFactory() for _ in range(3)]
    with django_assert_num_queries(1):
        assert is_contact_of(member, mine) and is_contact_of(member, former)
        assert not any(is_contact_of(member, organisation) for organisation in others)
        # A former member's contact is a contact, not a member contact.
        assert member.has_perm("projects.view_ideas")


def test_only_a_contact_of_another_member_organisation_may_express_interest(member, other_member, idea):
    assert other_member.has_perm("projects.express_interest", idea)
    assert not member.has_perm("projects.express_interest", idea)  # a contact of the lead only
    second = OrganisationFactory()
    second.contacts.create(user=member)
    member = type(member).objects.get(pk=member.pk)  # as the next request reads the person
    assert member.has_perm("projects.express_interest", idea)
    former = OrganisationFactory(
        member_since=datetime.date(2001, 1, 1), member_until=datetime.date(2002, 1, 1)
    )
    idea_of_former = ProjectIdeaFactory(lead=second)
    lone = former.contacts.create(user=UserFactory()).user
    assert not lone.has_perm("projects.express_interest", idea_of_former)
