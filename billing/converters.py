"""URL converters of the billing pages."""


class FeeYearConverter:
    """A fee year of four digits, 1000 to 2999: any other number is no page (404), where an
    unbounded ``int`` reached the database (and SQLite refused numbers past 64 bits)."""

    regex = "[12][0-9]{3}"
    FIRST, LAST = 1000, 2999

    def to_python(self, value: str) -> int:
        return int(value)

    def to_url(self, value: int) -> str:
        if not self.holds(int(value)):
            raise ValueError(value)
        return str(value)

    @classmethod
    def holds(cls, year: int) -> bool:
        return cls.FIRST <= year <= cls.LAST
