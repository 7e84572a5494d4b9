"""Translation states, the machine-translation backends (against a local fake), the editor, the
reader's note and who may do what."""

import urllib.parse

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ImproperlyConfigured
from django.urls import reverse

from information.models import NewsItem
from tests.factories import EuCallFactory, EventFactory, NewsItemFactory
from translations.machine import LibreTranslate, MachineTranslationError, TranslationRequest
from translations.models import FieldTranslation, TranslationState
from translations.services import editing
from translations.services.editing import TranslationRefused, machine_callback, save_checked

pytestmark = pytest.mark.django_db
S = TranslationState


_capture = None


@pytest.fixture(autouse=True)
def _tasks_run_on_commit(django_capture_on_commit_callbacks):
    """The outbox relays a task after the commit: run those callbacks as each request ends."""
    global _capture
    _capture = django_capture_on_commit_callbacks
    yield
    _capture = None


def request_machine_drafts(rows) -> int:
    with _capture(execute=True):
        return editing.request_machine_drafts(rows)


def row(obj, field="title", language="it") -> FieldTranslation:
    return FieldTranslation.objects.get(
        content_type=ContentType.objects.get_for_model(obj), object_id=obj.pk, field=field, language=language
    )


def news(**kwargs) -> NewsItem:
    kwargs.setdefault("title", "Green cities")
    kwargs.setdefault("body", "Cities adapt to heat.")
    return NewsItemFactory(**kwargs)


# --- States ----------------------------------------------------------------------------------
def test_a_new_news_item_has_its_translations_missing():
    item = news()
    assert {(r.field, r.language, r.state) for r in FieldTranslation.objects.filter(object_id=item.pk)} >= {
        ("title", "it", S.MISSING),
        ("title", "sv", S.MISSING),
        ("body", "it", S.MISSING),
        ("body", "sv", S.MISSING),
    }


def test_missing_then_machine_then_checked_then_outdated_when_the_source_changes(libretranslate, secretariat):
    item = news()
    assert request_machine_drafts([row(item)]) == 1  # eager: the task ran after the commit
    item.refresh_from_db()
    assert item.title_it == "[it] Green cities"
    assert row(item).state == S.MACHINE
    save_checked(row(item), "Città verdi", secretariat)
    assert row(item).state == S.CHECKED and row(item).checked_by == secretariat
    item.refresh_from_db()
    item.title_en = "Greener cities"
    item.save()
    assert row(item).state == S.OUTDATED
    assert row(item, language="sv").state == S.MISSING


def test_a_translation_typed_in_the_content_form_counts_as_checked():
    item = news(title_sv="Gröna städer")
    assert row(item, language="sv").state == S.CHECKED


def test_a_row_waiting_for_an_answer_is_not_queued_again_and_a_checked_one_never(libretranslate, secretariat):
    import datetime

    from django.utils import timezone

    item = news()
    target = row(item)
    FieldTranslation.objects.filter(pk=target.pk).update(machine_requested_at=timezone.now())
    assert request_machine_drafts([target]) == 0
    assert libretranslate.requests == []
    # An answer that never came (a lost callback): after a while it may be asked again.
    FieldTranslation.objects.filter(pk=target.pk).update(
        machine_requested_at=timezone.now() - datetime.timedelta(hours=3)
    )
    assert request_machine_drafts([row(item)]) == 1
    assert len(libretranslate.requests) == 1
    save_checked(row(item), "Città verdi", secretariat)
    assert request_machine_drafts([row(item)]) == 0
    item.refresh_from_db()
    assert item.title_it == "Città verdi"


def test_without_a_service_a_machine_draft_is_refused_clearly(settings):
    settings.SERN_MACHINE_TRANSLATION = "none"
    with pytest.raises(TranslationRefused, match="No machine translation service"):
        request_machine_drafts([row(news())])


# --- The LibreTranslate backend against a local fake server ---------------------------------
def test_libretranslate_sends_q_source_target_format_and_key(libretranslate):
    backend = LibreTranslate(f"http://127.0.0.1:{8714}", "local-key")
    assert backend.translate(TranslationRequest("Hello", "en", "sv")) == "[sv] Hello"
    sent = libretranslate.requests[-1]
    assert sent["path"] == "/translate"
    assert sent["body"] == {
        "q": "Hello",
        "source": "en",
        "target": "sv",
        "format": "text",
        "api_key": "local-key",
    }


@pytest.mark.parametrize(
    "mode, message",
    [
        ("error", "error 403: Invalid API key"),
        ("garbage", "cannot read"),
        ("slow", "did not answer within 1"),
    ],
)
def test_service_errors_are_kept_on_the_row_and_nothing_is_lost(libretranslate, mode, message):
    item = news(title_it="")
    libretranslate.mode = mode
    request_machine_drafts([row(item)])
    target = row(item)
    assert message in target.machine_error
    assert target.state == S.MISSING and target.machine_requested_at is None
    item.refresh_from_db()
    assert item.title_it in ("", None) and item.title_en == "Green cities"


def test_an_unreachable_service_is_a_clear_error(settings):
    settings.SERN_MACHINE_TRANSLATION_TIMEOUT = 1
    backend = LibreTranslate("http://127.0.0.1:9", "")
    with pytest.raises(MachineTranslationError, match="cannot be reached"):
        backend.translate(TranslationRequest("Hello", "en", "it"))


# --- eTranslation: the request, then the signed callback ---------------------------------------
def callback_token(service) -> str:
    url = service.requests[-1]["body"]["requesterCallback"]
    return urllib.parse.parse_qs(urllib.parse.urlparse(url).query)["token"][0]


def test_etranslation_request_and_its_signed_callback_store_a_machine_draft(etranslation, client):
    item = news()
    request_machine_drafts([row(item)])
    sent = etranslation.requests[-1]["body"]
    assert sent["sourceLanguage"] == "EN" and sent["targetLanguages"] == ["IT"]
    assert sent["textToTranslate"] == "Green cities"
    assert row(item).machine_error == ""
    assert row(item).state == S.MISSING and row(item).pending_nonce
    token = callback_token(etranslation)

    url = reverse("translations:machine_callback")
    assert client.post(f"{url}?token=forged", {"translated-text": "Falso"}).status_code == 403
    response = client.post(f"{url}?token={token}", {"request-id": "4242", "translated-text": "Città verdi"})
    assert response.status_code == 200
    item.refresh_from_db()
    assert item.title_it == "Città verdi" and row(item).state == S.MACHINE
    # The same token again (a replay) changes nothing.
    assert client.post(f"{url}?token={token}", {"translated-text": "Altro"}).status_code == 403


def test_an_etranslation_error_callback_is_kept_on_the_row(etranslation):
    item = news()
    request_machine_drafts([row(item)])
    assert machine_callback(callback_token(etranslation), None, "-20028 language pair not supported")
    assert "language pair" in row(item).machine_error


def test_an_etranslation_refusal_is_a_clear_error(etranslation):
    etranslation.mode = "etranslation_refused"
    item = news()
    request_machine_drafts([row(item)])
    assert "refused the request (error -20000)" in row(item).machine_error


def test_a_late_machine_answer_does_not_overwrite_a_checked_translation(etranslation, secretariat):
    item = news()
    request_machine_drafts([row(item)])
    token = callback_token(etranslation)
    save_checked(row(item), "Città verdi", secretariat)
    assert not machine_callback(token, "Città verdi (macchina)", None)
    item.refresh_from_db()
    assert item.title_it == "Città verdi"


# --- Settings are parsed strictly --------------------------------------------------------------
@pytest.mark.parametrize(
    "env",
    [
        {"SERN_MACHINE_TRANSLATION": "deepl"},
        {"SERN_MACHINE_TRANSLATION": "libretranslate"},
        {"SERN_MACHINE_TRANSLATION": "libretranslate", "SERN_LIBRETRANSLATE_URL": "ftp://x"},
        {"SERN_MACHINE_TRANSLATION": "etranslation", "SERN_ETRANSLATION_APPLICATION": "sern"},
        {"SERN_MACHINE_TRANSLATION_TIMEOUT": "0"},
    ],
)
def test_bad_machine_translation_settings_stop_start_up(monkeypatch, env):
    import importlib

    import sern_portal.settings as settings_module

    for name, value in env.items():
        monkeypatch.setenv(name, value)
    with pytest.raises(ImproperlyConfigured):
        importlib.reload(settings_module)
    monkeypatch.undo()
    importlib.reload(settings_module)


# --- The reader's note ------------------------------------------------------------------------
@pytest.mark.parametrize(
    "factory, url_name",
    [(NewsItemFactory, "news_detail"), (EuCallFactory, "call_detail"), (EventFactory, "event_detail")],
)
def test_readers_see_the_machine_note_only_on_machine_drafts_in_their_language(
    client, member, secretariat, libretranslate, factory, url_name
):
    obj = factory()
    client.force_login(member)
    url_it = f"/it{reverse(url_name, args=[obj.slug])[3:]}"
    url_sv = f"/sv{reverse(url_name, args=[obj.slug])[3:]}"
    assert "Traduzione automatica" not in client.get(url_it).content.decode()
    request_machine_drafts([row(obj)])
    assert "Traduzione automatica" in client.get(url_it).content.decode()
    assert "Maskinöversättning" not in client.get(url_sv).content.decode()
    save_checked(row(obj), "Titolo controllato", secretariat)
    assert "Traduzione automatica" not in client.get(url_it).content.decode()


# --- The secretariat's pages -------------------------------------------------------------------
@pytest.mark.parametrize("who", ["member", "board_member", "outsider", "chair"])
def test_only_the_secretariat_uses_the_translations_pages(client, request, who):
    target = row(news())
    client.force_login(request.getfixturevalue(who))
    assert client.get(reverse("translations:desk")).status_code == 403
    assert client.get(reverse("translations:editor", args=[target.pk])).status_code == 403
    assert client.post(reverse("translations:editor", args=[target.pk]), {"text": "x"}).status_code == 403
    assert client.post(reverse("translations:request_bulk"), {"scope": "all"}).status_code == 403


def test_the_side_by_side_editor_saves_as_checked(client, secretariat):
    item = news()
    target = row(item)
    client.force_login(secretariat)
    page = client.get(reverse("translations:editor", args=[target.pk])).content.decode()
    assert "Green cities" in page and "Save as checked" in page
    response = client.post(reverse("translations:editor", args=[target.pk]), {"text": "Città verdi"})
    assert response.status_code == 302
    assert row(item).state == S.CHECKED


def test_the_list_filters_by_model_language_and_state(client, secretariat):
    item = news()
    EuCallFactory(title="A call")
    client.force_login(secretariat)
    news_type = ContentType.objects.get_for_model(NewsItem).pk
    page = client.get(
        reverse("translations:desk"), {"content_type": news_type, "language": "it", "state": "missing"}
    )
    body = page.content.decode()
    assert item.title in body and "A call" not in body


def test_bulk_requests_queue_drafts_for_the_filtered_rows(
    client, secretariat, libretranslate, django_capture_on_commit_callbacks
):
    items = [news(title=f"News {n}") for n in range(3)]
    client.force_login(secretariat)
    news_type = ContentType.objects.get_for_model(NewsItem).pk
    query = f"?content_type={news_type}&language=it&state=missing"
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("translations:request_bulk") + query, {"scope": "all"})
    for item in items:
        assert row(item).state == S.MACHINE
        assert row(item, language="sv").state == S.MISSING


def test_the_list_costs_the_same_queries_with_1_and_30_rows(
    client, secretariat, django_assert_max_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    FieldTranslation.objects.all().delete()
    news(title="Only one")
    client.force_login(secretariat)
    url = reverse("translations:desk")
    client.get(url)
    with CaptureQueriesContext(connection) as one:
        client.get(url)
    for n in range(15):
        news(title=f"News {n}")
        EventFactory()
    with django_assert_max_num_queries(len(one.captured_queries) + 1):  # + one content type on the page
        client.get(url)


def test_the_sync_command_creates_the_states_of_content_saved_without_signals():
    from django.core.management import call_command

    item = news()
    FieldTranslation.objects.all().delete()
    NewsItem.objects.bulk_create(
        [NewsItem(title="Bulk", title_en="Bulk", slug="bulk", published_at=item.published_at)]
    )
    call_command("sync_translation_states")
    bulk = NewsItem.objects.get(slug="bulk")
    assert row(bulk).state == S.MISSING
    assert row(item).state == S.MISSING
