"""allauth's pages in Swedish and Italian say what they do (our catalogues override allauth's)."""

import re

import pytest
from django.urls import reverse
from django.utils import translation


def text_of_link_to(html: str, url: str) -> str:
    """The sentence around the link to ``url`` (tags removed)."""
    paragraph = re.search(rf"<p[^>]*>((?:(?!</p>).)*href=\"{re.escape(url)}\"(?:(?!</p>).)*)</p>", html, re.S)
    assert paragraph, f"no paragraph links to {url}"
    text = " ".join(re.sub(r"<[^>]+>", " ", paragraph.group(1)).split())
    return re.sub(r" ([.?!])", r"\1", text)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "offer", "wrong"),
    [
        ("sv", "Har du inget konto än? Skapa ett konto först.", "Har du redan ett konto"),
        ("it", "Non hai ancora un account? Crea un account prima di accedere.", "Se non hai ancora creato"),
        ("en", "If you have not created an account yet, then please sign up first.", None),
    ],
)
def test_the_sign_in_page_offers_to_create_an_account_over_the_sign_up_link(client, language, offer, wrong):
    with translation.override(language):
        login_url, signup_url = reverse("account_login"), reverse("account_signup")
    html = client.get(login_url).content.decode()
    sentence = text_of_link_to(html, signup_url)
    assert sentence == offer
    if wrong:
        assert wrong not in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "offer"),
    [("sv", "Har du redan ett konto? Logga in."), ("it", "Hai già un account? Accedi.")],
)
def test_the_sign_up_page_offers_to_sign_in_over_the_sign_in_link(client, language, offer):
    with translation.override(language):
        login_url, signup_url = reverse("account_login"), reverse("account_signup")
    html = client.get(signup_url).content.decode()
    assert text_of_link_to(html, login_url) == offer


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "heading", "misspelling"),
    [
        ("sv", "Bekräfta din e-postadress", "epost-adress"),
        ("it", "Conferma il tuo indirizzo email", "Manda una"),
    ],
)
def test_the_verification_page_and_email_read_well(client, language, heading, misspelling, mailoutbox):
    with translation.override(language):
        signup_url = reverse("account_signup")
    response = client.post(
        signup_url,
        {"email": "ny@sern.test", "password1": "ett långt lösenord", "password2": "ett långt lösenord"},
        follow=True,
    )
    html = response.content.decode()
    assert heading in html
    assert misspelling not in html
    message = mailoutbox[-1]
    assert heading in message.subject
    assert misspelling not in message.body
