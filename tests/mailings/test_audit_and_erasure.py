"""Sending a mailing is audited; erasing a person removes their address from the send log."""

from django.urls import reverse

from mailings.models import DeliveryState, MailingDelivery
from mailings.services.mailings import queue_mailing
from members.models import AuditAction, AuditEntry
from members.services.personal_data import erase_account

from .conftest import make_mailing


def test_sending_a_mailing_is_audited(network):
    mailing = make_mailing(network.news, priorities=[network.climate])
    count = queue_mailing(mailing, network.secretariat)
    entry = AuditEntry.objects.get(action=AuditAction.MAILING_SENT)
    assert entry.actor == network.secretariat
    assert entry.target_id == str(mailing.pk) and entry.data == {"recipients": count}


def test_erasing_a_person_removes_their_address_from_the_send_log(client, network):
    anna = network.people.anna
    mailing = make_mailing(network.news, priorities=[network.climate])
    MailingDelivery.objects.create(
        mailing=mailing,
        recipient=anna,
        state=DeliveryState.BOUNCED,
        error="550 5.1.1 <ANNA@example.org>: Recipient address rejected",
    )
    erase_account(anna, by=network.secretariat)
    delivery = MailingDelivery.objects.get(mailing=mailing, recipient=anna)
    assert "anna@example.org" not in delivery.error.lower()
    assert f"erased-{anna.pk}@erased.invalid" in delivery.error
    client.force_login(network.secretariat)
    page = client.get(reverse("mailings:log", args=[mailing.pk])).content.decode()
    assert "anna@example.org" not in page.lower()
    assert f"erased-{anna.pk}@erased.invalid" in page
