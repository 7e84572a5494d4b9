"""The yearly "please confirm your contacts": each contact person asked once a year, by e-mail in
their language; answered once; nobody else answers it; the secretariat sees who confirmed."""

import datetime

import pytest
import time_machine
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from members.models import ContactConfirmationRequest, OrganisationContact
from members.record_tasks import send_contact_confirmation_requests
from members.services.confirmations import request_contact_confirmations
from tests.factories import MemberContactFactory, OrganisationFactory, organisation_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def ask(django_capture_on_commit_callbacks):
    """Asks for the year and runs the queued e-mail task, as the commit would."""

    def ask(year: int, by) -> int:
        with django_capture_on_commit_callbacks(execute=True):
            return request_contact_confirmations(year, by)

    return ask


def test_every_contact_of_every_member_is_asked_once_a_year(ask, secretariat, member, other_member):
    MemberContactFactory(organisation=OrganisationFactory(member_since=None))  # not a member
    MemberContactFactory(organisation=OrganisationFactory(member_until=datetime.date(2020, 12, 31)))  # former
    year = timezone.localdate().year
    assert ask(year, secretariat) == 2
    assert {m.to[0] for m in mail.outbox} == {member.email, other_member.email}
    assert ask(year, secretariat) == 0
    send_contact_confirmation_requests(year)  # a redelivered task sends nothing again
    assert len(mail.outbox) == 2
    assert ContactConfirmationRequest.objects.filter(year=year, sent_at__isnull=False).count() == 2


def test_a_contact_added_later_in_the_year_is_asked_when_the_secretariat_asks_again(ask, secretariat, member):
    year = timezone.localdate().year
    ask(year, secretariat)
    newcomer = MemberContactFactory(organisation=organisation_of(member))
    assert ask(year, secretariat) == 1
    assert [m.to[0] for m in mail.outbox] == [member.email, newcomer.email]


def test_the_next_year_asks_again(ask, secretariat, member):
    ask(2026, secretariat)
    assert ask(2027, secretariat) == 1
    assert len(mail.outbox) == 2


def test_the_e_mail_is_in_the_recipients_language(ask, secretariat, member):
    member.language = "it"
    member.save(update_fields=["language"])
    ask(2026, secretariat)
    assert "confermare" in mail.outbox[0].subject.lower() or "conferma" in mail.outbox[0].subject.lower()
    assert "/it/members-area/contacts/" in mail.outbox[0].body


def answer_url(request) -> str:
    return reverse("contact_confirmation_answer", args=[request.pk])


@pytest.fixture
def asked(ask, secretariat, member) -> ContactConfirmationRequest:
    ask(timezone.localdate().year, secretariat)
    return ContactConfirmationRequest.objects.get(contact__user=member)


def test_the_contact_confirms_once_and_a_double_submit_does_nothing(client, member, asked):
    client.force_login(member)
    page = client.get(reverse("my_contacts")).content.decode()
    assert "Confirm our contacts for" in page
    client.post(answer_url(asked))
    asked.refresh_from_db()
    first = asked.confirmed_at
    assert first is not None
    response = client.post(answer_url(asked), follow=True)
    assert "You had already confirmed" in response.content.decode()
    asked.refresh_from_db()
    assert asked.confirmed_at == first


@pytest.mark.parametrize("who", ["other_member", "outsider", "secretariat"])
def test_nobody_else_can_answer_a_request(client, request, asked, who):
    client.force_login(request.getfixturevalue(who))
    assert client.post(answer_url(asked)).status_code == 404
    asked.refresh_from_db()
    assert asked.confirmed_at is None


def test_a_colleague_of_the_same_organisation_cannot_answer_for_another(ask, client, secretariat, member):
    colleague = MemberContactFactory(organisation=organisation_of(member))
    ask(timezone.localdate().year, secretariat)
    theirs = ContactConfirmationRequest.objects.get(contact__user=member)
    client.force_login(colleague)
    assert client.post(answer_url(theirs)).status_code == 404


def test_the_contact_of_a_former_member_cannot_answer(client, member, asked):
    organisation = organisation_of(member)
    organisation.member_until = timezone.localdate() - datetime.timedelta(days=1)
    organisation.save(update_fields=["member_until"])
    client.force_login(member)
    assert client.post(answer_url(asked)).status_code == 403


def test_answering_needs_a_post(client, member, asked):
    client.force_login(member)
    assert client.get(answer_url(asked)).status_code == 405


def test_the_secretariat_sees_who_confirmed_and_who_has_not(client, secretariat, member, other_member):
    client.force_login(secretariat)
    response = client.post(reverse("desk_contact_confirmations_send"), follow=True)
    assert "2 contact persons have been asked to confirm." in response.content.decode()
    ContactConfirmationRequest.objects.filter(contact__user=member).update(confirmed_at=timezone.now())
    url = reverse("desk_contact_confirmations")
    response = client.get(url)
    assert response.context["counts"] == {"asked": 2, "confirmed": 1}
    not_yet = client.get(url, {"answered": "no"}).context["page_obj"].object_list
    assert [r.contact.user for r in not_yet] == [other_member]
    again = client.post(reverse("desk_contact_confirmations_send"), follow=True)
    assert "asked already this year" in again.content.decode()


@pytest.mark.parametrize("who", ["member", "other_member", "outsider"])
def test_only_the_secretariat_sends_and_follows_the_round(client, request, who):
    client.force_login(request.getfixturevalue(who))
    assert client.post(reverse("desk_contact_confirmations_send")).status_code == 403
    assert client.get(reverse("desk_contact_confirmations")).status_code == 403
    assert not ContactConfirmationRequest.objects.exists()


def test_the_request_stays_answerable_across_the_new_year(client, member, asked):
    """A request of December is answered in January: it belongs to its year, not today's."""
    with time_machine.travel(datetime.datetime(asked.year + 1, 1, 10, 12, tzinfo=datetime.UTC), tick=False):
        client.force_login(member)
        assert f"Confirm our contacts for {asked.year}" in client.get(reverse("my_contacts")).content.decode()
        client.post(answer_url(asked))
    asked.refresh_from_db()
    assert asked.confirmed_at is not None
    assert OrganisationContact.objects.filter(user=member).exists()
