"""The projects' e-mail tasks send each e-mail once per event and recipient, however often they run."""

import pytest
from django.core import mail

from members.models import OrganisationContact
from projects.models import InterestStatus, SuggestionInvitation
from projects.services import express_interest, set_interest_status
from projects.tasks import notify_interest_decided, notify_interest_expressed, notify_partner_invited
from tests.factories import ProjectIdeaFactory, UserFactory

pytestmark = pytest.mark.django_db


def recipients():
    return sorted(message.to[0] for message in mail.outbox)


def test_an_expression_of_interest_notified_twice_reaches_each_lead_contact_once(
    idea, member, member_org, other_member, other_org
):
    colleague = UserFactory()
    OrganisationContact.objects.create(user=colleague, organisation=member_org)
    interest, _created = express_interest(idea, other_org, message="Hello", by=other_member)
    assert notify_interest_expressed(interest.pk) == 2
    assert notify_interest_expressed(interest.pk) == 0
    assert recipients() == sorted([member.email, colleague.email])


def test_interest_expressed_again_after_a_withdrawal_is_notified_again_once(
    idea, member, other_member, other_org
):
    interest, _created = express_interest(idea, other_org, message="Hello", by=other_member)
    notify_interest_expressed(interest.pk)
    set_interest_status(interest, InterestStatus.WITHDRAWN, by=other_member)
    set_interest_status(interest, InterestStatus.PENDING, by=other_member)
    assert notify_interest_expressed(interest.pk) == 1
    assert notify_interest_expressed(interest.pk) == 0
    assert recipients() == [member.email, member.email]


@pytest.mark.parametrize("decision", [InterestStatus.ACCEPTED, InterestStatus.DECLINED])
def test_a_decision_notified_twice_reaches_each_member_contact_once(
    interest, member, other_member, other_org, decision
):
    colleague = UserFactory()
    OrganisationContact.objects.create(user=colleague, organisation=other_org)
    set_interest_status(interest, decision, by=member)
    assert notify_interest_decided(interest.pk, decision) == 2
    assert notify_interest_decided(interest.pk, decision) == 0
    assert recipients() == sorted([other_member.email, colleague.email])


def test_a_second_acceptance_after_withdrawing_and_expressing_again_is_notified_again(
    interest, member, other_member
):
    set_interest_status(interest, InterestStatus.ACCEPTED, by=member)
    notify_interest_decided(interest.pk, InterestStatus.ACCEPTED)
    set_interest_status(interest, InterestStatus.WITHDRAWN, by=other_member)
    set_interest_status(interest, InterestStatus.PENDING, by=other_member)
    set_interest_status(interest, InterestStatus.ACCEPTED, by=member)
    assert notify_interest_decided(interest.pk, InterestStatus.ACCEPTED) == 1
    assert notify_interest_decided(interest.pk, InterestStatus.ACCEPTED) == 0
    assert recipients() == [other_member.email, other_member.email]


def test_an_invitation_notified_twice_reaches_each_contact_once_and_another_invitation_is_sent(
    idea, member, member_org, other_member, other_org
):
    colleague = UserFactory()
    OrganisationContact.objects.create(user=colleague, organisation=other_org)
    invitation = SuggestionInvitation.objects.create(idea=idea, organisation=other_org, by=member)
    assert notify_partner_invited(invitation.pk) == 2
    assert notify_partner_invited(invitation.pk) == 0
    another = SuggestionInvitation.objects.create(
        idea=ProjectIdeaFactory(lead=member_org), organisation=other_org, by=member
    )
    assert notify_partner_invited(another.pk) == 2
    assert recipients() == sorted([other_member.email, colleague.email] * 2)
