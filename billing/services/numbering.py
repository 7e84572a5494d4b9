"""Gap-free numbers: one counter row per series and year, locked by the issuing transaction."""

from django.db import transaction

from ..models import SERIES_PREFIX, NumberCounter, Series


def take_number(series: Series, year: int) -> tuple[int, str]:
    """The next sequence and printed number of ``series`` in ``year`` (``2027-0001``, ``NC-2027-0001``).

    Must run inside the transaction that creates the invoice: the counter row stays locked
    (``SELECT … FOR UPDATE``) until it commits, so a second issuer waits and then takes the next
    number; if the issue rolls back, so does the counter, and the number is given again.
    """
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError("take_number must run inside the issuing transaction")
    NumberCounter.objects.get_or_create(series=series, year=year)
    counter = NumberCounter.objects.select_for_update().get(series=series, year=year)
    counter.last_number += 1
    counter.save(update_fields=["last_number"])
    return counter.last_number, f"{SERIES_PREFIX[Series(series)]}{year}-{counter.last_number:04d}"
