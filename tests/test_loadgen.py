"""``make loadtest``'s load generator: wrk's figures are read as they are, and a page that does not
answer 200 is refused instead of being measured (issue 16)."""

from urllib.parse import urlsplit

import pytest

from sern_portal.scale.loadgen import Session, hammer_wrk, parse_wrk, table, wrk_available
from tests.factories import PASSWORD, MemberContactFactory

needs_wrk = pytest.mark.skipif(not wrk_available(), reason="wrk is not installed")


def test_wrks_summary_line_gives_the_rate_the_errors_and_the_percentiles_in_milliseconds():
    output = "Running 10s test\n  2 threads, 10 connections\nSERN-WRK 1250 10000000 1 4 41000 133500 190250"

    result = parse_wrk(output, "ideas list")

    assert result.requests == 1246  # the 4 answers above 399 are errors, not served pages
    assert result.errors == 5
    assert result.rate == pytest.approx(124.6)
    assert (result.percentile(0.5), result.percentile(0.95), result.percentile(0.99)) == (41, 133.5, 190.25)
    assert "| ideas list | 124.6 | 41 ms | 134 ms | 190 ms | 5 | 100% |" in table([result], result)


def test_output_without_a_summary_line_is_an_error_not_a_page_with_no_requests():
    with pytest.raises(RuntimeError, match="no summary"):
        parse_wrk("unable to connect to 127.0.0.1:8180 Connection refused\n", "home")


@needs_wrk
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_wrk_measures_a_live_page_and_refuses_one_that_redirects_to_the_sign_in(live_server):
    address = urlsplit(live_server.url)

    home = hammer_wrk(address.hostname, address.port, "/en/", "", 2, 1, "public home")

    assert home.requests > 0 and home.errors == 0
    assert 0 < home.percentile(0.5) <= home.percentile(0.95) <= home.percentile(0.99)
    with pytest.raises(RuntimeError, match="answers 302"):
        hammer_wrk(address.hostname, address.port, "/en/members-area/", "", 2, 1, "Members Area home")


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_signed_in_load_session_lands_on_its_page_and_carries_no_message_already_shown(live_server):
    member = MemberContactFactory()
    address = urlsplit(live_server.url)
    session = Session(address.hostname, address.port)

    session.sign_in(member.email, PASSWORD)

    assert {"sessionid", "csrftoken"} <= set(session.cookies)
    # "Signed in" was shown on the page the form led to; wrk must not send it with every request.
    assert "messages" not in session.cookies
