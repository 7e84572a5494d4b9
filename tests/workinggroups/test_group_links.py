"""The group page links its documents to the library (only those the reader may open); the desk
group page links to a new mailing on the group's list, pre-filled."""

import pytest
from django.urls import reverse

from library.models import Access, Document, DocumentState, Folder
from mailings.models import MailingList
from workinggroups.models import WorkingGroup

pytestmark = pytest.mark.django_db


def group_with_documents():
    group = WorkingGroup.objects.get(thematic_area__code="green-societies")
    folder = Folder.objects.get(slug="presentations")
    documents = {
        access: Document.objects.create(
            folder=folder,
            title=f"Doc {access}",
            access=access,
            working_group=group,
            state=DocumentState.PUBLISHED,
        )
        for access in (Access.PUBLIC, Access.MEMBERS, Access.BOARD, Access.SECRETARIAT)
    }
    return group, documents


@pytest.mark.parametrize(
    ("who", "opens"),
    [
        ("member", {Access.PUBLIC, Access.MEMBERS}),
        ("board_member", {Access.PUBLIC, Access.MEMBERS, Access.BOARD}),
        ("secretariat", {Access.PUBLIC, Access.MEMBERS, Access.BOARD, Access.SECRETARIAT}),
    ],
)
def test_group_documents_link_to_their_library_page_for_those_who_may_open_them(client, request, who, opens):
    group, documents = group_with_documents()
    reader = request.getfixturevalue(who)
    client.force_login(reader)
    page = client.get(reverse("workinggroups:group_detail", args=[group.slug])).content.decode()
    for access, document in documents.items():
        link = reverse("library_document", args=[document.pk])
        assert (link in page) == (access in opens), (who, access)
        if access in opens:
            assert client.get(link).status_code == 200


def test_the_desk_group_page_links_to_a_mailing_prefilled_with_the_groups_list(client, secretariat):
    group = WorkingGroup.objects.get(thematic_area__code="green-societies")
    client.force_login(secretariat)
    page = client.get(reverse("workinggroups:desk_group", args=[group.slug])).content.decode()
    link = f"{reverse('mailings:create')}?group={group.slug}"
    assert link in page
    form = client.get(link).context["form"]
    mailing_list = MailingList.objects.get(working_group=group)
    assert form.initial["mailing_list"] == mailing_list.pk
    assert form.initial["working_groups"] == [group.pk]
    assert client.get(reverse("mailings:create") + "?group=no-such-group").context["form"].initial == {}
