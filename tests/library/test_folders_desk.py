"""The secretariat creates and renames library folders on the desk (no admin needed)."""

import pytest
from django.urls import reverse
from django.utils import translation

from library.models import Folder


def test_only_the_secretariat_manages_folders(client, member):
    client.force_login(member)
    assert client.get(reverse("desk_library_folders")).status_code == 403
    folder = Folder.objects.get(slug="minutes")
    response = client.post(reverse("desk_library_folder_rename", args=[folder.pk]), {"name_en": "Hacked"})
    assert response.status_code == 403
    assert Folder.objects.get(pk=folder.pk).name_en != "Hacked"


def test_a_folder_is_created_in_three_languages_inside_a_parent(client, secretariat):
    parent = Folder.objects.get(slug="minutes")
    client.force_login(secretariat)
    assert reverse("desk_library_folders") in client.get(reverse("desk_library")).content.decode()
    response = client.post(
        reverse("desk_library_folders"),
        {
            "name_en": "Board minutes 2031",
            "name_sv": "Styrelsens protokoll 2031",
            "name_it": "Verbali del Consiglio 2031",
            "parent": parent.pk,
        },
    )
    assert response.status_code == 302
    folder = Folder.objects.get(slug="board-minutes-2031")
    assert folder.parent == parent
    with translation.override("sv"):
        assert str(Folder.objects.get(pk=folder.pk)) == "Styrelsens protokoll 2031"
    assert client.get(reverse("library_folder", args=[folder.slug])).status_code == 200


@pytest.mark.parametrize("data", [{"slug": "minutes"}, {"name_en": "Minutes"}])
def test_a_duplicate_address_is_refused_with_a_clear_error(client, secretariat, data):
    client.force_login(secretariat)
    before = Folder.objects.count()
    response = client.post(reverse("desk_library_folders"), {"name_en": "Another", **data})
    assert response.status_code == 200
    assert (
        "A folder with the address “minutes” already exists: choose another one." in response.content.decode()
    )
    assert Folder.objects.count() == before


def test_renaming_keeps_the_address(client, secretariat):
    folder = Folder.objects.get(slug="minutes")
    client.force_login(secretariat)
    page = client.get(reverse("desk_library_folder_rename", args=[folder.pk]))
    assert page.context["form"].initial["name_en"] == folder.name_en
    response = client.post(
        reverse("desk_library_folder_rename", args=[folder.pk]),
        {"name_en": "Minutes of the Board", "name_sv": "Styrelseprotokoll", "name_it": "Verbali"},
    )
    assert response.status_code == 302
    folder = Folder.objects.get(pk=folder.pk)
    assert (folder.slug, folder.name_en, folder.name_sv, folder.name_it) == (
        "minutes",
        "Minutes of the Board",
        "Styrelseprotokoll",
        "Verbali",
    )
