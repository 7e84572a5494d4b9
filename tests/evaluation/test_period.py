"""The period selector shared by every indicator."""

import datetime

from django.http import QueryDict
from django.test import RequestFactory
from django.utils import timezone, translation

from evaluation.forms import PeriodForm
from evaluation.period import Period


def form_for(query: str) -> PeriodForm:
    return PeriodForm.from_request(RequestFactory().get("/", QueryDict(query)))


def test_without_a_choice_the_period_is_the_current_year():
    assert form_for("").period == Period.year(timezone.localdate().year)


def test_a_year_selects_that_calendar_year():
    period = form_for("year=2023").period
    assert (period.start, period.end) == (datetime.date(2023, 1, 1), datetime.date(2023, 12, 31))
    assert period.label == "2023"
    assert period.querystring == "year=2023"


def test_dates_select_a_span_when_dates_below_is_chosen():
    period = form_for("year=&start=2024-02-01&end=2024-05-31").period
    assert (period.start, period.end) == (datetime.date(2024, 2, 1), datetime.date(2024, 5, 31))
    assert period.querystring == "start=2024-02-01&end=2024-05-31"


def test_a_chosen_year_wins_over_the_dates_left_from_an_earlier_range():
    """After a range, choosing a year and pressing Show shows that year: the control does what it says."""
    form = form_for("year=2023&start=2024-02-01&end=2024-05-31")
    assert form.period == Period.year(2023)
    # The old dates are not shown again next to the chosen year, and half a range is no error.
    assert form["start"].value() is None and form["end"].value() is None
    assert form_for("year=2023&start=2024-02-01&end=").is_valid()


def test_a_span_is_labelled_with_dates_in_the_pages_language():
    period = Period(datetime.date(2023, 1, 1), datetime.date(2023, 12, 30))
    with translation.override("en"):
        assert period.label == "1 January 2023 to 30 December 2023"
    with translation.override("sv"):
        assert period.label == "1 januari 2023 till 30 december 2023"
    with translation.override("it"):
        assert period.label == "dal 1 gennaio 2023 al 30 dicembre 2023"


def test_one_date_alone_is_refused_with_a_message_at_the_other_field():
    form = form_for("start=2024-02-01")
    assert not form.is_valid()
    assert form.errors["end"] == ["Give both dates of the period, or choose a year."]
    assert form.fields["end"].widget.attrs["aria-describedby"] == "id_end-error"


def test_a_period_ending_before_it_starts_is_refused():
    form = form_for("start=2024-02-01&end=2024-01-01")
    assert form.errors["end"] == ["The period must end on or after its first day."]
    assert form.period == Period.current_year()


def test_month_ends_cover_the_period_and_stop_at_its_end():
    period = Period(datetime.date(2024, 11, 15), datetime.date(2025, 2, 10))
    assert period.month_ends() == [
        datetime.date(2024, 11, 30),
        datetime.date(2024, 12, 31),
        datetime.date(2025, 1, 31),
        datetime.date(2025, 2, 10),
    ]
    assert Period.year(2024).month_ends()[1] == datetime.date(2024, 2, 29)
    assert len(Period.year(2024).month_ends()) == 12


def test_year_ends_of_a_long_period():
    period = Period(datetime.date(2021, 3, 1), datetime.date(2023, 6, 30))
    assert period.year_ends() == [
        datetime.date(2021, 12, 31),
        datetime.date(2022, 12, 31),
        datetime.date(2023, 6, 30),
    ]
