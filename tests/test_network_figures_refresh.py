"""The public figures' snapshot is refreshed daily too, since memberships end with no record saved."""

import datetime

import pytest
from django.conf import settings
from django.utils import timezone

from sern_portal.celery import app
from strategy.figures import current_network_figures
from strategy.tasks import refresh_network_figures
from tests.factories import OrganisationFactory


def test_beat_refreshes_the_figures_every_day():
    entry = settings.CELERY_BEAT_SCHEDULE["refresh-network-figures"]
    assert entry["task"] == refresh_network_figures.name
    assert entry["task"] in app.tasks
    assert entry["schedule"].hour == {0} and entry["schedule"].minute == {10}


@pytest.mark.django_db
def test_a_membership_that_ends_is_counted_after_the_daily_refresh(monkeypatch):
    today = timezone.localdate()
    OrganisationFactory(country="SE", member_until=today)
    assert current_network_figures().members_sweden == 1
    tomorrow = today + datetime.timedelta(days=1)
    monkeypatch.setattr(timezone, "localdate", lambda *args, **kwargs: tomorrow)
    assert current_network_figures().members_sweden == 1  # the snapshot, until the refresh
    refresh_network_figures.delay()
    assert current_network_figures().members_sweden == 0
