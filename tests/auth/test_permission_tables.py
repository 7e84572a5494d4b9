"""Django's permission tables are the admin's: read for staff, never for members (issue 16)."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

pytestmark = pytest.mark.django_db

PERMISSION_TABLES = ('"auth_permission"', '"auth_group_permissions"', '"members_user_user_permissions"')


@pytest.fixture
def editors():
    group = Group.objects.create(name="News editors")
    group.permissions.add(Permission.objects.get(codename="change_newsitem"))
    return group


def test_a_members_page_asks_no_permission_table(client, member):
    client.force_login(member)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(reverse("projects:idea_list")).status_code == 200
    assert not [q for q in queries.captured_queries if any(t in q["sql"] for t in PERMISSION_TABLES)]


def test_staff_hold_their_groups_permissions_and_others_in_the_same_group_do_not(
    editors, member, secretariat
):
    secretariat.is_staff = True
    secretariat.save()
    for user in (secretariat, member):
        user.groups.add(editors)
    assert secretariat.has_perm("information.change_newsitem")
    assert not member.has_perm("information.change_newsitem")
    assert member.get_all_permissions() == set()
