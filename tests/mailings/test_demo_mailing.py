"""The demo mailing: the Swedish contacts of members with "Climate action", sent, with its log."""

from io import StringIO

import pytest
from django.core.management import call_command

from mailings.models import Mailing, MailingState

pytestmark = pytest.mark.django_db


def test_the_demo_mailing_went_to_the_swedish_contacts_of_climate_action(settings):
    call_command("seed_demo", stdout=StringIO())
    mailing = Mailing.objects.get(subject_en__startswith="Climate action")
    assert mailing.state == MailingState.SENT
    assert [p.code for p in mailing.priorities.all()] == ["climate-action"] and mailing.countries == ["SE"]
    deliveries = list(mailing.deliveries.select_related("recipient"))
    assert deliveries and mailing.total == len(deliveries)
    for delivery in deliveries:
        contact = delivery.recipient.organisation_contacts.select_related("organisation").first()
        assert contact.organisation.country == "SE"
        assert contact.organisation.priorities.filter(code="climate-action").exists()
        assert delivery.state == "sent" and delivery.language == "sv"
