"""The end of a membership: kept as history, followed by the figures, the directory and the
Members Area (the contacts of a former member lose it after the last day)."""

import datetime

import pytest
import time_machine
from django.urls import reverse

from members.models import MembershipEnd, Organisation
from members.services.errors import TransitionRefused
from members.services.record import record_membership_end
from strategy.figures import compute_network_figures
from tests.factories import OrganisationFactory, organisation_of

pytestmark = pytest.mark.django_db

LAST_DAY = datetime.date(2026, 12, 31)


def at_noon(day: datetime.date):
    return time_machine.travel(
        datetime.datetime(day.year, day.month, day.day, 12, tzinfo=datetime.UTC), tick=False
    )


def test_the_end_is_recorded_as_history_and_sets_member_until(secretariat, member):
    organisation = organisation_of(member)
    record_membership_end(
        organisation, datetime.date(2027, 6, 30), "resigned", secretariat, explanation="Budget cuts"
    )
    record_membership_end(organisation, LAST_DAY, "resigned", secretariat)
    organisation.refresh_from_db()
    assert organisation.member_until == LAST_DAY
    assert list(
        MembershipEnd.objects.filter(organisation=organisation).values_list("ends_on", flat=True)
    ) == [
        LAST_DAY,
        datetime.date(2027, 6, 30),
    ]


def test_an_end_before_the_membership_began_is_refused(secretariat, member):
    organisation = organisation_of(member)
    with pytest.raises(TransitionRefused, match="before it began"):
        record_membership_end(organisation, datetime.date(2009, 12, 31), "resigned", secretariat)
    organisation.refresh_from_db()
    assert organisation.member_until is None


def test_an_organisation_that_never_was_a_member_cannot_resign(secretariat):
    with pytest.raises(TransitionRefused, match="not a member"):
        record_membership_end(OrganisationFactory(member_since=None), LAST_DAY, "resigned", secretariat)


def test_a_resigned_member_is_counted_until_its_last_day_and_not_after(secretariat, member):
    organisation = organisation_of(member)
    OrganisationFactory()  # another member, counted throughout
    record_membership_end(organisation, LAST_DAY, "resigned", secretariat)
    after = LAST_DAY + datetime.timedelta(days=1)
    assert organisation in Organisation.objects.members(on=LAST_DAY)
    assert organisation not in Organisation.objects.members(on=after)
    with at_noon(LAST_DAY):
        assert compute_network_figures()["members"] == 2
    with at_noon(after):
        assert compute_network_figures()["members"] == 1


def test_the_evaluation_counts_it_in_the_periods_it_was_a_member(secretariat, member):
    from evaluation.indicators.common import members_during
    from evaluation.period import Period

    organisation = organisation_of(member)
    record_membership_end(organisation, LAST_DAY, "resigned", secretariat)
    assert organisation in members_during(Period(datetime.date(2026, 1, 1), LAST_DAY))
    assert organisation not in members_during(Period(datetime.date(2027, 1, 1), datetime.date(2027, 12, 31)))


def test_the_directory_lists_it_until_its_last_day(client, secretariat, member, other_member):
    organisation = organisation_of(member)
    record_membership_end(organisation, LAST_DAY, "resigned", secretariat)
    with at_noon(LAST_DAY):
        client.force_login(other_member)
        assert organisation.name in client.get(reverse("member_directory")).content.decode()
    with at_noon(LAST_DAY + datetime.timedelta(days=1)):
        client.force_login(other_member)
        assert organisation.name not in client.get(reverse("member_directory")).content.decode()


def test_its_contacts_lose_the_members_area_after_the_last_day(client, secretariat, member):
    record_membership_end(organisation_of(member), LAST_DAY, "resigned", secretariat)
    with at_noon(LAST_DAY):
        client.force_login(member)
        assert client.get(reverse("members_area")).status_code == 200
    with at_noon(LAST_DAY + datetime.timedelta(days=1)):
        client.force_login(member)
        assert client.get(reverse("members_area")).status_code == 403
        assert client.get(reverse("my_contacts")).status_code == 403


def test_the_desk_records_the_end_and_only_the_desk(client, secretariat, member):
    organisation = organisation_of(member)
    url = reverse("desk_member_end", args=[organisation.slug])
    data = {"ends_on": "2026-12-31", "reason": "merged", "explanation": "Merged with the region"}
    client.force_login(member)
    assert client.post(url, data).status_code == 403
    client.force_login(secretariat)
    response = client.post(url, data, follow=True)
    assert "The membership ends on 2026-12-31." in response.content.decode()
    organisation.refresh_from_db()
    assert organisation.member_until == LAST_DAY
    assert "Merged into another organisation" in response.content.decode()
