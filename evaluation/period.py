"""The period every indicator is computed for: a calendar year, or any span of dates."""

import datetime
from dataclasses import dataclass
from urllib.parse import urlencode

from django.utils import formats, timezone
from django.utils.translation import gettext as _


@dataclass(frozen=True)
class Period:
    """A closed span of days, both ends included."""

    start: datetime.date
    end: datetime.date

    @classmethod
    def year(cls, year: int) -> "Period":
        return cls(datetime.date(year, 1, 1), datetime.date(year, 12, 31))

    @classmethod
    def current_year(cls) -> "Period":
        return cls.year(timezone.localdate().year)

    @property
    def is_calendar_year(self) -> bool:
        return (self.start.month, self.start.day, self.end.month, self.end.day) == (1, 1, 12, 31) and (
            self.start.year == self.end.year
        )

    @property
    def label(self) -> str:
        if self.is_calendar_year:
            return str(self.start.year)
        # Written out ("31 december 2023"), like every other date on the pages: a short format
        # would read "12/31/2023" in English next to "18 februari 2027".
        return _("%(start)s to %(end)s") % {
            "start": formats.date_format(self.start, "DATE_FORMAT"),
            "end": formats.date_format(self.end, "DATE_FORMAT"),
        }

    def query(self) -> dict[str, str]:
        """The GET parameters that select this period again (for links, exports and reports)."""
        if self.is_calendar_year:
            return {"year": str(self.start.year)}
        return {"start": self.start.isoformat(), "end": self.end.isoformat()}

    @property
    def querystring(self) -> str:
        return urlencode(self.query())

    def contains(self, day: datetime.date | None) -> bool:
        return day is not None and self.start <= day <= self.end

    def month_ends(self) -> list[datetime.date]:
        """The last day of each month in the period (the period's end for its last month)."""
        days = []
        year, month = self.start.year, self.start.month
        while True:
            next_first = datetime.date(year + month // 12, month % 12 + 1, 1)
            day = min(next_first - datetime.timedelta(days=1), self.end)
            days.append(day)
            if day >= self.end:
                return days
            year, month = next_first.year, next_first.month

    def year_ends(self) -> list[datetime.date]:
        return [
            min(datetime.date(year, 12, 31), self.end) for year in range(self.start.year, self.end.year + 1)
        ]
