"""Who an audience reaches: each kind alone and combined, written out by hand (see conftest)."""

import pytest

from mailings.models import ListOptOut
from mailings.selectors import Audience, recipients
from members.models import ContactRole

pytestmark = pytest.mark.django_db


def names(audience: Audience) -> set[str]:
    return {user.email.split("@")[0] for user in recipients(audience)}


def test_all_contacts_of_members_excludes_former_members_and_applicants(network):
    assert names(Audience(member_contacts=True)) == {"anna", "bjorn", "carl", "dario", "elena"}


def test_a_contact_role_reaches_only_current_holders(network):
    assert names(Audience(member_contacts=True, roles=(ContactRole.COMMUNICATION,))) == {"anna", "dario"}
    # Bjorn's billing role ended last year; Frida's organisation is no longer a member.
    assert names(Audience(member_contacts=True, roles=(ContactRole.BILLING,))) == set()


def test_a_priority_reaches_contacts_of_members_with_it(network):
    assert names(Audience(member_contacts=True, priority_ids=(network.climate.pk,))) == {
        "anna",
        "bjorn",
        "dario",
        "elena",
    }
    assert names(Audience(member_contacts=True, priority_ids=(network.tourism.pk,))) == {"carl"}


def test_several_values_of_one_filter_match_any_of_them(network):
    both = (network.climate.pk, network.tourism.pk)
    assert names(Audience(member_contacts=True, priority_ids=both)) == {
        "anna",
        "bjorn",
        "carl",
        "dario",
        "elena",
    }


def test_a_country_reaches_contacts_of_members_there(network):
    assert names(Audience(member_contacts=True, countries=("SE",))) == {"anna", "bjorn", "carl"}
    assert names(Audience(member_contacts=True, countries=("IT",))) == {"dario", "elena"}


def test_a_working_group_reaches_its_current_members_only(network):
    # Elena left the group; Frida is in it but her organisation is no longer a member.
    assert names(Audience(member_contacts=True, working_group_ids=(network.group.pk,))) == {"carl", "dario"}


def test_the_board_is_the_current_seat_holders(network):
    assert names(Audience(board=True)) == {"ingrid"}


def test_filters_of_different_kinds_must_all_match(network):
    swedish_climate = Audience(member_contacts=True, countries=("SE",), priority_ids=(network.climate.pk,))
    assert names(swedish_climate) == {"anna", "bjorn"}
    assert names(
        Audience(
            member_contacts=True,
            countries=("IT",),
            priority_ids=(network.climate.pk,),
            working_group_ids=(network.group.pk,),
        )
    ) == {"dario"}
    assert names(Audience(member_contacts=True, roles=(ContactRole.COMMUNICATION,), countries=("SE",))) == {
        "anna"
    }


def test_the_board_is_added_to_the_filtered_contacts(network):
    audience = Audience(member_contacts=True, roles=(ContactRole.COMMUNICATION,), board=True)
    assert names(audience) == {"anna", "dario", "ingrid"}
    assert names(Audience(member_contacts=True, countries=("SE",), board=True)) == {
        "anna",
        "bjorn",
        "carl",
        "ingrid",
    }


def test_nobody_is_reached_without_a_chosen_audience(network):
    assert names(Audience()) == set()


def test_a_person_in_several_audiences_is_counted_once(network):
    network.people.anna.board_seats.create(started_on="2020-01-01")
    assert recipients(Audience(member_contacts=True, countries=("SE",), board=True)).count() == 4


def test_inactive_and_erased_people_are_left_out(network):
    network.people.anna.is_active = False
    network.people.anna.save()
    network.people.bjorn.erased_at = "2026-01-01T00:00:00Z"
    network.people.bjorn.save()
    assert names(Audience(member_contacts=True, countries=("SE",))) == {"carl"}


def test_people_who_left_an_optional_list_are_left_out_but_not_of_a_governance_list(network):
    for mailing_list in (network.news, network.governance):
        ListOptOut.objects.create(user=network.people.anna, mailing_list=mailing_list)
    swedes = {"member_contacts": True, "countries": ("SE",)}
    assert names(Audience(**swedes, exclude_opt_outs_of=network.news)) == {"bjorn", "carl"}
    assert names(Audience(**swedes, exclude_opt_outs_of=network.governance)) == {"anna", "bjorn", "carl"}
