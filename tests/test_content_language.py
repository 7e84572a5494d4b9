"""Content in the page's language when translated; otherwise marked as English, never mixed silently."""

import datetime
import re

import feedparser
import pytest
from django.urls import reverse
from django.utils import translation

from strategy.models import Priority
from tests.factories import EuCallFactory, EventFactory, NewsItemFactory


def url_in(language: str, name: str, *args) -> str:
    with translation.override(language):
        return reverse(name, args=args)


@pytest.fixture
def english_only_call(db):
    return EuCallFactory(title="Adaptation to climate change", summary="Cooperation on adaptation plans.")


@pytest.fixture
def translated_call(db):
    return EuCallFactory(
        title="Adaptation to climate change",
        title_sv="Klimatanpassning",
        title_it="Adattamento climatico",
        summary="Cooperation on adaptation plans.",
        summary_sv="Samarbete om klimatanpassningsplaner.",
        summary_it="Cooperazione sui piani di adattamento.",
    )


@pytest.mark.parametrize(("language", "note"), [("sv", "(på engelska)"), ("it", "(in inglese)")])
def test_a_call_without_a_translation_is_marked_as_english(client, member, english_only_call, language, note):
    client.force_login(member)
    html = client.get(url_in(language, "call_detail", english_only_call.slug)).content.decode()
    assert '<h1 lang="en">Adaptation to climate change</h1>' in html
    assert re.search(r'<div lang="en">\s*<p>Cooperation on adaptation plans.</p>', html)
    assert f'<span class="content-language" lang="{language}">{note}</span>' in html


@pytest.mark.parametrize(
    ("language", "title", "summary"),
    [
        ("sv", "Klimatanpassning", "Samarbete om klimatanpassningsplaner."),
        ("it", "Adattamento climatico", "Cooperazione sui piani di adattamento."),
    ],
)
def test_a_translated_call_shows_its_translation_unmarked(
    client, member, translated_call, language, title, summary
):
    client.force_login(member)
    html = client.get(url_in(language, "call_detail", translated_call.slug)).content.decode()
    assert f"<h1>{title}</h1>" in html
    assert summary in html
    assert "Cooperation on adaptation plans." not in html
    assert "content-language" not in html


def test_an_english_page_marks_nothing_for_english_content(client, member, english_only_call):
    client.force_login(member)
    html = client.get(url_in("en", "call_detail", english_only_call.slug)).content.decode()
    assert "<h1>Adaptation to climate change</h1>" in html
    assert "content-language" not in html


def test_the_call_list_marks_each_english_call(client, member, english_only_call, translated_call):
    client.force_login(member)
    html = client.get(url_in("sv", "call_list")).content.decode()
    assert '<a href="/sv/members-area/calls/' in html
    assert html.count("(på engelska)") == 1
    assert 'lang="en">Adaptation to climate change</a> <span class="content-language" lang="sv">' in html
    assert ">Klimatanpassning</a>" in html


@pytest.mark.django_db
def test_news_and_events_without_a_translation_are_marked_as_english(client, member):
    news = NewsItemFactory(title="Erasmus+ guide out", body="The 2027 guide is out.")
    event = EventFactory(title="Peer review in Luleå")
    client.force_login(member)
    news_html = client.get(url_in("it", "news_detail", news.slug)).content.decode()
    assert '<h1 lang="en">Erasmus+ guide out</h1>' in news_html
    assert "(in inglese)" in news_html
    event_html = client.get(url_in("sv", "event_detail", event.slug)).content.decode()
    assert '<h1 lang="en">Peer review in Luleå</h1>' in event_html
    assert "(på engelska)" in event_html
    area_html = client.get(url_in("sv", "members_area")).content.decode()
    assert "(på engelska)" in area_html


@pytest.mark.django_db
def test_the_strategys_priorities_are_shown_in_swedish_unmarked(client):
    html = client.get(url_in("sv", "strategy")).content.decode()
    name_sv = Priority.objects.get(code="quality-education").name_sv
    assert f"<h3>{name_sv}</h3>" in html
    assert '<h3 lang="en">' not in html


@pytest.mark.django_db
@pytest.mark.parametrize(("language", "note"), [("sv", "(på engelska)"), ("it", "(in inglese)")])
def test_feed_items_without_a_translation_carry_a_note(
    client, english_only_call, translated_call, language, note
):
    feed = feedparser.parse(client.get(url_in(language, "call_feed_rss")).content)
    titles = sorted(entry.title for entry in feed.entries)
    translated = {"sv": "Klimatanpassning", "it": "Adattamento climatico"}[language]
    assert titles == sorted(
        [
            f"{english_only_call.identifier} — Adaptation to climate change {note}",
            f"{translated_call.identifier} — {translated}",
        ]
    )
    assert feed.feed.language == language


@pytest.mark.django_db
def test_the_weekly_digest_marks_english_titles_in_a_swedish_email(
    member, django_capture_on_commit_callbacks
):
    from django.core import mail

    from information.digest import send_digest, week_end
    from tests.factories import organisation_of

    climate = Priority.objects.get(code="climate-action")
    organisation_of(member).priorities.set([climate])
    member.language = "sv"
    member.save()
    until = week_end()
    recent = until - datetime.timedelta(days=2)
    EuCallFactory(title="Adaptation call", published_at=recent).priorities.set([climate])
    EuCallFactory(title="Anpassning", title_sv="Klimatanpassning", published_at=recent).priorities.set(
        [climate]
    )
    with django_capture_on_commit_callbacks(execute=True):
        send_digest(member, until)
    message = mail.outbox[-1]
    assert "Adaptation call (på engelska)" in message.body
    assert "Klimatanpassning (på engelska)" not in message.body
    html = message.alternatives[0][0]
    assert '<span lang="en">Adaptation call</span></a> <span class="content-language" lang="sv">' in html
