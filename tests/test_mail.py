import pytest
from django.core import mail

from sern_portal.mail import send_once, send_to_user
from tests.factories import UserFactory


@pytest.fixture
def hello_template(settings, tmp_path):
    """A ``t/hello`` e-mail whose subject and body begin with "Sign in", translated."""
    (tmp_path / "t").mkdir()
    (tmp_path / "t" / "hello_subject.txt").write_text('{% load i18n %}{% translate "Sign in" %}')
    (tmp_path / "t" / "hello.txt").write_text('{% load i18n %}{% translate "Sign in" %}: {{ site_url }}')
    (tmp_path / "t" / "hello.html").write_text('{% extends "emails/base.html" %}')
    settings.TEMPLATES = [{**engine, "DIRS": [tmp_path, *engine["DIRS"]]} for engine in settings.TEMPLATES]
    return "t/hello"


@pytest.fixture
def news_template(settings, tmp_path):
    """A ``t/news`` e-mail that shows its ``title`` in the subject and both bodies."""
    (tmp_path / "t").mkdir()
    for name in ("news_subject.txt", "news.txt", "news.html"):
        (tmp_path / "t" / name).write_text("{{ title }}")
    settings.TEMPLATES = [{**engine, "DIRS": [tmp_path, *engine["DIRS"]]} for engine in settings.TEMPLATES]
    return "t/news"


@pytest.mark.django_db
@pytest.mark.parametrize(("language", "greeting"), [("sv", "Logga in"), ("it", "Accedi"), ("en", "Sign in")])
def test_an_email_is_written_in_the_recipients_language(language, greeting, hello_template):
    user = UserFactory(language=language)
    send_to_user(user, hello_template)
    message = mail.outbox[-1]
    assert message.to == [user.email]
    assert message.subject == greeting
    assert message.body.startswith(greeting)


@pytest.mark.django_db
def test_an_email_is_sent_once_per_key_and_again_for_another_key(hello_template):
    user = UserFactory()
    assert send_once(f"hello:1:{user.pk}", user, hello_template) is True
    assert send_once(f"hello:1:{user.pk}", user, hello_template) is False
    assert send_once(f"hello:2:{user.pk}", user, hello_template) is True
    assert len(mail.outbox) == 2


@pytest.mark.django_db
def test_a_send_that_failed_after_its_key_was_stored_is_not_sent_again(hello_template, settings, caplog):
    """At most once: a lost e-mail is preferred to a duplicate (and the loss is logged)."""
    user = UserFactory()
    settings.EMAIL_BACKEND = "tests.test_mail.FailingBackend"
    with pytest.raises(ConnectionError):
        send_once("hello:fails", user, hello_template)
    assert "hello:fails" in caplog.text
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    assert send_once("hello:fails", user, hello_template) is False
    assert mail.outbox == []


@pytest.mark.django_db
def test_a_key_too_long_to_be_stored_whole_is_refused(hello_template):
    with pytest.raises(ValueError, match="too long"):
        send_once("k" * 201, UserFactory(), hello_template)
    assert mail.outbox == []


class FailingBackend:
    def __init__(self, **kwargs):
        pass

    def send_messages(self, messages):
        raise ConnectionError("the mail server is down")


@pytest.mark.django_db
def test_plain_text_parts_are_not_html_escaped_but_the_html_part_is(news_template):
    send_to_user(UserFactory(), news_template, {"title": "Next week's calls & <news>"})
    message = mail.outbox[-1]
    assert message.subject == "Next week's calls & <news>"
    assert message.body == "Next week's calls & <news>"
    html, mimetype = message.alternatives[0]
    assert mimetype == "text/html"
    assert html == "Next week&#x27;s calls &amp; &lt;news&gt;"
