"""Who opens which library document: every role × every access level × every state, by hand.

The table below is written out, not computed: it is the rule the secretariat agreed to. A cell
says what the person gets on the document's page — "open" (200), "refused" (a clear 403 page that
names who may open it) or "unknown" (404: drafts and withdrawn documents are not even named).
"""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.urls import reverse

from library.models import Document
from library.services.access import visible_documents
from tests.factories import ApplicantFactory, BoardMemberFactory, MemberContactFactory, SecretariatFactory

from .conftest import make_document

pytestmark = pytest.mark.django_db

EXPECTED = """
state       access        anonymous  outsider  member   board    secretariat
published   public        open       open      open     open     open
published   members       refused    refused   open     open     open
published   board         refused    refused   refused  open     open
published   secretariat   refused    refused   refused  refused  open
draft       public        unknown    unknown   unknown  unknown  open
draft       members       unknown    unknown   unknown  unknown  open
draft       board         unknown    unknown   unknown  unknown  open
draft       secretariat   unknown    unknown   unknown  unknown  open
withdrawn   public        unknown    unknown   unknown  unknown  open
withdrawn   members       unknown    unknown   unknown  unknown  open
withdrawn   board         unknown    unknown   unknown  unknown  open
withdrawn   secretariat   unknown    unknown   unknown  unknown  open
"""
STATUS = {"open": 200, "refused": 403, "unknown": 404}
ROLES = {
    "anonymous": None,
    "outsider": ApplicantFactory,
    "member": MemberContactFactory,
    "board": BoardMemberFactory,
    "secretariat": SecretariatFactory,
}


def table() -> dict[tuple[str, str, str], str]:
    header, *rows = [line.split() for line in EXPECTED.strip().splitlines()]
    roles = header[2:]
    return {
        (role, state, access): cell
        for state, access, *cells in rows
        for role, cell in zip(roles, cells, strict=True)
    }


def test_the_table_covers_every_role_level_and_state():
    from library.models import Access, DocumentState

    assert set(table()) == {
        (role, state, access) for role in ROLES for state in DocumentState.values for access in Access.values
    }


@pytest.mark.parametrize("role", list(ROLES))
def test_each_role_opens_exactly_what_the_table_says(client, role):
    expected = {(state, access): cell for (who, state, access), cell in table().items() if who == role}
    documents = {key: make_document(f"{key[0]} {key[1]}", state=key[0], access=key[1]) for key in expected}
    user = ROLES[role]() if ROLES[role] else AnonymousUser()
    if ROLES[role]:
        client.force_login(user)

    for key, document in documents.items():
        cell = expected[key]
        assert user.has_perm("library.open_document", document) is (cell == "open"), key
        page = client.get(reverse("library_document", args=[document.pk]))
        assert page.status_code == STATUS[cell], (key, page.status_code)
        download = client.get(reverse("library_download", args=[document.pk]))
        assert download.status_code == STATUS[cell], (key, download.status_code)
        if cell == "refused":
            assert "You cannot open this document" in page.content.decode()
            assert document.title in page.content.decode()

    listed = set(visible_documents(user).values_list("pk", flat=True))
    assert listed == {document.pk for key, document in documents.items() if expected[key] == "open"}
    # The folder page lists the same documents, and names no other.
    folder_page = client.get(reverse("library_folder", args=["minutes"])).content.decode()
    for key, document in documents.items():
        assert (f'href="{reverse("library_document", args=[document.pk])}"' in folder_page) is (
            expected[key] == "open"
        ), key
    assert Document.objects.count() == 12
