"""The places an event has left read in each language's grammar, one and many."""

import pytest
from django.template.loader import render_to_string
from django.utils import translation


class Event:
    def __init__(self, taken: int, capacity: int):
        self.confirmed_count, self.capacity, self.waiting_count = taken, capacity, 0


@pytest.mark.parametrize(
    ("language", "taken", "expected"),
    [
        ("it", 1, "1 posto occupato su 100"),
        ("it", 2, "2 posti occupati su 100"),
        ("sv", 1, "1 av 100 platser tagen"),
        ("sv", 2, "2 av 100 platser tagna"),
        ("en", 1, "1 of 100 places taken"),
    ],
)
def test_the_places_taken_agree_with_their_number(language, taken, expected):
    with translation.override(language):
        text = render_to_string("events/includes/places.html", {"event": Event(taken, 100)})
    assert text.strip() == expected
