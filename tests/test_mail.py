import pytest
from django.core import mail

from sern_portal.mail import send_to_user
from tests.factories import UserFactory


@pytest.mark.django_db
@pytest.mark.parametrize(("language", "greeting"), [("sv", "Logga in"), ("it", "Accedi"), ("en", "Sign in")])
def test_an_email_is_written_in_the_recipients_language(language, greeting, settings, tmp_path):
    (tmp_path / "t").mkdir()
    (tmp_path / "t" / "hello_subject.txt").write_text('{% load i18n %}{% translate "Sign in" %}')
    (tmp_path / "t" / "hello.txt").write_text('{% load i18n %}{% translate "Sign in" %}: {{ site_url }}')
    (tmp_path / "t" / "hello.html").write_text('{% extends "emails/base.html" %}')
    settings.TEMPLATES = [{**settings.TEMPLATES[0], "DIRS": [tmp_path, *settings.TEMPLATES[0]["DIRS"]]}]
    user = UserFactory(language=language)
    send_to_user(user, "t/hello")
    message = mail.outbox[-1]
    assert message.to == [user.email]
    assert message.subject == greeting
    assert message.body.startswith(greeting)
