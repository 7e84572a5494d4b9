"""Inviting a suggested partner says what really happened: how many contacts were e-mailed, or that
nobody was (and then the secretariat is told, so it can add a contact person)."""

import pytest
from django.core import mail
from django.urls import reverse

from projects.services.matching import recompute_suggestions
from tests.factories import MemberContactFactory, SecretariatFactory
from tests.projects.matching_fixtures import build_network

pytestmark = pytest.mark.django_db


@pytest.fixture
def network():
    network = build_network()
    recompute_suggestions(network.idea)
    return network


def invite(client, network, organisation, capture):
    client.force_login(network.lead_contact)
    with capture(execute=True):
        response = client.post(
            reverse("projects:suggestion_invite", args=[network.idea.pk, organisation.pk]), follow=True
        )
    return response.content.decode()


def test_the_lead_is_told_how_many_contacts_were_emailed(client, network, django_capture_on_commit_callbacks):
    MemberContactFactory(email="giorgia@parma.example", organisation=network.parma)
    page = invite(client, network, network.parma, django_capture_on_commit_callbacks)
    assert "Comune di Parma is invited to express interest: 2 contact persons receive an e-mail." in page
    assert sorted(m.to[0] for m in mail.outbox) == ["giorgia@parma.example", "luca@parma.example"]


def test_an_invitation_nobody_receives_says_so_and_tells_the_secretariat(
    client, network, django_capture_on_commit_callbacks
):
    office = SecretariatFactory(email="office@sern.example")
    assert not network.kalix.contacts.exists()
    page = invite(client, network, network.kalix, django_capture_on_commit_callbacks)
    assert "nobody was e-mailed: it has no contact person in the portal" in page
    assert "receive an e-mail" not in page
    assert [m.to for m in mail.outbox] == [[office.email]]
    assert "has no contact person in the portal" in mail.outbox[0].body
    assert network.kalix.name in mail.outbox[0].subject
