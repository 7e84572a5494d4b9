"""Expressing interest in an idea, the lead's answer, the e-mails and the project group."""

import datetime

import pytest
from django.core import mail
from django.urls import reverse

from members.models import OrganisationContact
from projects.models import ExpressionOfInterest, InterestStatus, ProjectIdea
from projects.services import TransitionRefused, express_interest, set_interest_status
from tests.factories import ExpressionOfInterestFactory, UserFactory

pytestmark = pytest.mark.django_db


def express_url(idea):
    return reverse("projects:idea_express_interest", args=[idea.pk])


def test_another_member_expresses_interest_and_the_lead_is_told_in_their_language(
    client, idea, member, other_member, other_org, django_capture_on_commit_callbacks
):
    member.language = "sv"
    member.save()
    client.force_login(other_member)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            express_url(idea), {"organisation": other_org.pk, "message": "We bring our schools."}, follow=True
        )
    interest = ExpressionOfInterest.objects.get(idea=idea)
    assert (interest.organisation, interest.status, interest.expressed_by) == (
        other_org,
        InterestStatus.PENDING,
        other_member,
    )
    assert "Your interest is sent" in response.content.decode()
    assert [message.to for message in mail.outbox] == [[member.email]]
    assert other_org.name in mail.outbox[0].subject
    assert "är intresserad" in mail.outbox[0].subject


def test_submitting_twice_creates_one_expression_and_one_email(
    client, idea, other_member, other_org, django_capture_on_commit_callbacks
):
    client.force_login(other_member)
    data = {"organisation": other_org.pk, "message": "We bring our schools."}
    with django_capture_on_commit_callbacks(execute=True):
        client.post(express_url(idea), data)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(express_url(idea), data, follow=True)
    assert ExpressionOfInterest.objects.filter(idea=idea).count() == 1
    assert len(mail.outbox) == 1
    assert "already expressed interest" in response.content.decode()


def test_the_service_returns_the_existing_expression_on_a_second_call(idea, other_member, other_org):
    first, created = express_interest(idea, other_org, message="One", by=other_member)
    again, created_again = express_interest(idea, other_org, message="Two", by=other_member)
    assert (created, created_again) == (True, False)
    assert first.pk == again.pk
    assert ExpressionOfInterest.objects.get().message == "One"


def test_no_interest_after_the_deadline_with_a_clear_message(client, idea, other_member, other_org):
    ProjectIdea.objects.filter(pk=idea.pk).update(eoi_deadline=datetime.date(2020, 1, 31))
    client.force_login(other_member)
    page = client.get(reverse("projects:idea_detail", args=[idea.pk])).content.decode()
    assert "The deadline for expressions of interest was" in page
    response = client.post(express_url(idea), {"organisation": other_org.pk, "message": "Late"})
    assert "The deadline for expressions of interest in this idea was" in response.content.decode()
    assert not ExpressionOfInterest.objects.exists()


def test_no_interest_once_the_idea_is_submitted(idea, other_member, other_org):
    ProjectIdea.objects.filter(pk=idea.pk).update(phase="financing")
    idea.refresh_from_db()
    with pytest.raises(TransitionRefused, match="no longer takes"):
        express_interest(idea, other_org, message="Too late", by=other_member)


def test_the_lead_cannot_express_interest_through_the_service(idea, member, member_org):
    with pytest.raises(TransitionRefused, match="leads this idea"):
        express_interest(idea, member_org, message="Me", by=member)


def test_the_lead_accepts_and_the_member_is_told(
    client, interest, member, other_member, django_capture_on_commit_callbacks
):
    other_member.language = "it"
    other_member.save()
    client.force_login(member)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("projects:interest_decide", args=[interest.pk]), {"decision": "accepted"})
    interest.refresh_from_db()
    assert interest.status == InterestStatus.ACCEPTED
    assert [message.to for message in mail.outbox] == [[other_member.email]]
    assert "gruppo di progetto" in mail.outbox[0].subject


def test_the_lead_declines_and_the_member_is_told(
    client, interest, member, other_member, django_capture_on_commit_callbacks
):
    client.force_login(member)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("projects:interest_decide", args=[interest.pk]), {"decision": "declined"})
    interest.refresh_from_db()
    assert interest.status == InterestStatus.DECLINED
    assert len(mail.outbox) == 1
    assert "declined" in mail.outbox[0].subject


def test_every_contact_of_the_lead_is_told(
    idea, member_org, other_member, other_org, django_capture_on_commit_callbacks
):
    colleague = UserFactory()
    OrganisationContact.objects.create(user=colleague, organisation=member_org)
    with django_capture_on_commit_callbacks(execute=True):
        express_interest(idea, other_org, message="Hello", by=other_member)
    assert sorted(m.to[0] for m in mail.outbox) == sorted(
        [member_org.contacts.first().user.email, colleague.email]
    )


def test_the_project_group_shows_the_lead_and_the_accepted_partners(
    client, idea, member, other_member, interest
):
    declined = ExpressionOfInterestFactory(idea=idea)
    set_interest_status(interest, InterestStatus.ACCEPTED, by=member)
    set_interest_status(declined, InterestStatus.DECLINED, by=member)
    client.force_login(other_member)
    response = client.get(reverse("projects:idea_detail", args=[idea.pk]))
    group = [organisation.name for organisation in response.context["group"]]
    assert group == [idea.lead.name, interest.organisation.name]


def test_a_withdrawn_member_may_express_interest_again(
    client, interest, other_member, other_org, django_capture_on_commit_callbacks
):
    set_interest_status(interest, InterestStatus.WITHDRAWN, by=other_member)
    client.force_login(other_member)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(express_url(interest.idea), {"organisation": other_org.pk, "message": "Back again"})
    interest.refresh_from_db()
    assert (interest.status, interest.message) == (InterestStatus.PENDING, "Back again")
    assert len(mail.outbox) == 1
