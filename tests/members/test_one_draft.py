"""One draft per applicant: repeated or concurrent clicks on "Apply" open the same draft."""

import threading

import pytest
from django.conf import settings
from django.db import IntegrityError, transaction
from django.urls import reverse

from members.models import MembershipApplication
from members.services.applications import start_application


def test_the_database_refuses_a_second_draft_for_the_same_applicant(applicant):
    MembershipApplication.objects.create(applicant=applicant)
    with pytest.raises(IntegrityError), transaction.atomic():
        MembershipApplication.objects.create(applicant=applicant)


def test_a_withdrawn_application_does_not_count_as_a_draft(applicant):
    MembershipApplication.objects.create(applicant=applicant, state="withdrawn")
    assert start_application(applicant).state == "draft"
    assert MembershipApplication.objects.filter(applicant=applicant).count() == 2


def test_a_click_that_lost_the_race_lands_on_the_existing_draft(applicant, monkeypatch):
    """The other request created the draft between this one's look-up and its insert."""
    winner = MembershipApplication.objects.create(applicant=applicant)
    real_filter = MembershipApplication.objects.filter
    calls = []

    def first_lookup_sees_nothing(*args, **kwargs):
        calls.append(kwargs)
        queryset = real_filter(*args, **kwargs)
        return queryset.none() if len(calls) == 1 else queryset

    monkeypatch.setattr(MembershipApplication.objects, "filter", first_lookup_sees_nothing)
    assert start_application(applicant) == winner
    assert MembershipApplication.objects.count() == 1


def test_five_clicks_on_apply_make_one_draft(client, applicant):
    client.force_login(applicant)
    urls = {client.post(reverse("apply")).url for _ in range(5)}
    assert len(urls) == 1
    assert MembershipApplication.objects.filter(applicant=applicant).count() == 1


@pytest.mark.skipif(not settings.USING_POSTGRES, reason="concurrent transactions need PostgreSQL")
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_concurrent_clicks_on_postgresql_make_one_draft(applicant):
    from django.db import connections

    barrier = threading.Barrier(2)
    results, errors = [], []

    def click():
        try:
            barrier.wait()
            results.append(start_application(applicant).pk)
        except Exception as error:  # any failure is the test's failure
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=click) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert len(set(results)) == 1
    assert MembershipApplication.objects.filter(applicant=applicant, state="draft").count() == 1
