"""Versions kept and downloadable, the reader's language, safe file responses, bounded pages."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from library.models import Access, DocumentState
from library.services.access import version_for
from library.services.filing import add_version
from library.services.samples import simple_pdf

from .conftest import make_document

pytestmark = pytest.mark.django_db


def body(response) -> bytes:
    return b"".join(response.streaming_content)


def test_a_new_version_keeps_the_old_one_downloadable_by_members(client, member):
    document = make_document(text="first")
    add_version(document, content=simple_pdf("second"), filename="x.pdf", content_type="application/pdf")
    first, second = sorted(document.versions.all(), key=lambda v: v.number)
    client.force_login(member)

    page = client.get(reverse("library_document", args=[document.pk])).content.decode()
    assert "Version history" in page and "Download version 1" in page and "Download version 2" in page
    assert b"second" in body(client.get(reverse("library_download", args=[document.pk])))
    old = client.get(reverse("library_download_version", args=[document.pk, first.pk]))
    assert old.status_code == 200 and b"first" in body(old)
    assert second.file.name != first.file.name


def test_the_public_gets_the_current_version_of_a_public_document_but_not_its_history(client):
    document = make_document(access=Access.PUBLIC, text="first")
    add_version(document, content=simple_pdf("second"), filename="x.pdf", content_type="application/pdf")
    first = document.versions.get(number=1)

    page = client.get(reverse("library_document", args=[document.pk])).content.decode()
    assert "Version history" not in page
    assert b"second" in body(client.get(reverse("library_download", args=[document.pk])))
    assert client.get(reverse("library_download_version", args=[document.pk, first.pk])).status_code == 403


def test_the_reader_gets_their_language_else_the_neutral_file_else_english(client, member):
    document = make_document(languages=("en", "it"), text="statutes")
    client.force_login(member)

    def downloaded(language):
        with translation.override(language):
            response = client.get(reverse("library_download", args=[document.pk]))
        return response["Content-Disposition"]

    assert downloaded("it").endswith('-v1-it.pdf"')
    assert downloaded("sv").endswith('-v1-en.pdf"')  # no Swedish and no neutral file: English
    add_version(document, content=simple_pdf("neutral"), filename="n.pdf", content_type="application/pdf")
    assert downloaded("sv").endswith('-v1.pdf"')  # the language-neutral file comes before English
    with translation.override("sv"):
        page = client.get(reverse("library_document", args=[document.pk])).content.decode()
    assert 'lang="en"' in page and 'lang="it"' in page  # the languages it exists in
    assert version_for(document, "it").language == "it"


def test_files_go_out_as_attachments_with_a_safe_name_nosniff_and_private_cache(client, secretariat):
    document = make_document('Evil "name"\r\nX-Injected: 1 ../../etc/passwd <script>', access=Access.PUBLIC)
    client.force_login(secretariat)
    response = client.get(reverse("library_download", args=[document.pk]))

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert (
        response["Content-Disposition"]
        == 'attachment; filename="evil-name-x-injected-1-etcpasswd-script-v1.pdf"'
    )
    assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]
    assert "X-Injected" not in response.headers


def test_no_file_is_reachable_through_a_media_url(client, secretariat, settings):
    document = make_document(access=Access.PUBLIC)
    version = document.versions.get()
    with pytest.raises(ValueError):
        version.file.url  # noqa: B018  (private storage has no URL)
    client.force_login(secretariat)
    for prefix in ("/media/", "/private/", "/", settings.MEDIA_URL or "/media/"):
        assert client.get(f"{prefix}{version.file.name}").status_code == 404
    page = client.get(reverse("library_document", args=[document.pk])).content.decode()
    assert version.file.name not in page


@pytest.mark.parametrize("who", ["member", "secretariat"])
def test_a_folder_page_costs_the_same_queries_for_one_document_or_a_full_page(client, request, who):
    client.force_login(request.getfixturevalue(who))
    url = reverse("library_folder", args=["templates"])
    make_document("Template 0", folder="templates", languages=("en", "sv"))
    client.get(url)  # warm up (sessions, the site record)
    with CaptureQueriesContext(connection) as one:
        assert client.get(url).status_code == 200
    for number in range(1, 30):
        make_document(f"Template {number:02}", folder="templates", languages=("en", "sv", "it"))
    with CaptureQueriesContext(connection) as many:
        page = client.get(url).content.decode()
    assert len(many) == len(one), [q["sql"] for q in many]
    assert "Page 1 of 2" in page
    assert client.get(url, {"page": 2}).status_code == 200
    assert client.get(url, {"page": 99}).status_code == 404


def test_the_search_is_bounded_and_finds_titles_in_any_language(client, member):
    document = make_document("Statutes", folder="statutes", access=Access.PUBLIC)
    document.title_it = "Statuto"
    document.save()
    client.force_login(member)
    found = client.get(reverse("library"), {"q": "statuto"}).content.decode()
    assert f'href="{reverse("library_document", args=[document.pk])}"' in found
    assert client.get(reverse("library"), {"q": "x" * 5000}).status_code == 200


def test_a_withdrawn_document_says_so_to_the_secretariat(client, secretariat, member):
    document = make_document()
    client.force_login(secretariat)
    response = client.post(reverse("desk_library_withdraw", args=[document.pk]), follow=True)
    assert "This document has been withdrawn." in response.content.decode()
    document.refresh_from_db()
    assert document.state == DocumentState.WITHDRAWN
    client.force_login(member)
    assert client.get(reverse("library_document", args=[document.pk])).status_code == 404


def test_the_library_is_in_the_members_area_menu_and_public_documents_in_the_footer(client, member):
    public_home = client.get(reverse("home")).content.decode()
    assert f'href="{reverse("library")}"' in public_home
    client.force_login(member)
    area = client.get(reverse("members_area")).content.decode()
    assert area.count(f'href="{reverse("library")}"') >= 2  # the area's menu and the footer
