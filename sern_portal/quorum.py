"""The Board's quorum, as the statutes set it (``SERN_BOARD_QUORUM``), and its arithmetic.

Accepted values (strict: anything else stops start-up, see ``sern_portal.env.env_quorum``):

- ``majority`` — more than half of the seats: ``seats // 2 + 1`` (22 seats → 12);
- a count, ``"8"`` — at least that many, whatever the number of seats (never more than the seats);
- a fraction, ``"1/3"`` or ``"0.5"`` — at least that share of the seats, rounded up
  (22 seats, 1/3 → 8; 22 seats, 1/2 → 11; exactly half is enough).

Who counts: at a meeting, the Board members recorded present (in person or online); excused and
absent members do not count. In a written procedure, every vote cast counts for participation,
abstentions included; the question is adopted when the quorum is reached and there are more
"yes" than "no" votes (a simple majority of the votes cast for or against; a tie is not adopted).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from fractions import Fraction


class QuorumSyntaxError(ValueError):
    pass


@dataclass(frozen=True)
class Quorum:
    majority: bool = False
    count: int | None = None
    share: Fraction | None = None

    def required(self, seats: int) -> int:
        """How many of ``seats`` must take part for the Board to decide."""
        if seats <= 0:
            return 0
        if self.majority:
            return seats // 2 + 1
        if self.count is not None:
            return min(self.count, seats)
        return max(1, math.ceil(self.share * seats))

    def reached(self, present: int, seats: int) -> bool:
        return seats > 0 and present >= self.required(seats)


def parse_quorum(raw: str) -> Quorum:
    value = raw.strip().lower()
    if value == "majority":
        return Quorum(majority=True)
    try:
        if "/" in value or "." in value:
            share = Fraction(value)
        else:
            count = int(value)
            if count < 1:
                raise QuorumSyntaxError("a count must be at least 1")
            return Quorum(count=count)
    except (ValueError, ZeroDivisionError):
        raise QuorumSyntaxError(f"{raw!r} is not 'majority', a count or a fraction") from None
    if not 0 < share <= 1:
        raise QuorumSyntaxError("a fraction must be more than 0 and at most 1")
    return Quorum(share=share)
