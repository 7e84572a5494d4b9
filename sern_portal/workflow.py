"""The one shape of every state machine in the portal.

A workflow is three things side by side:

- its states, a ``TextChoices`` class;
- its table, ``{(from, to): role}``: every allowed change and who makes it (anything not in the
  table is refused);
- one transition function per workflow (in the app's services) that calls ``check`` first, then
  saves with a conditional ``UPDATE … WHERE state = from``, appends a log record and queues its
  side effects on commit — its docstring lists them in order.

The role is a name ("applicant", "lead", …); the app's ``rules.py`` says who holds it. Tests spell
each table out by hand (``tests/test_workflows.py``), so a wrong edge fails a test instead of
becoming the expected answer.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from django.db import models
from django.utils.functional import Promise


class TransitionRefused(Exception):
    """A state change that is not allowed; the message is translated and meant for the user."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class Workflow:
    """A state machine's table: ``edges`` maps each allowed (from, to) pair to the role making it.

    ``refusal`` is the translated message for a pair not in the table, with ``%(from)s`` and
    ``%(to)s`` (the states' labels); ``error`` is the exception ``check`` raises.
    """

    states: type[models.TextChoices]
    edges: dict[tuple[str, str], str]
    refusal: str | Promise
    error: type[Exception] = TransitionRefused
    roles: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        known = set(self.states.values)
        for pair in self.edges:
            unknown = set(pair) - known
            if unknown:
                raise ValueError(f"{self.states.__name__} has no state {sorted(unknown)}")
        object.__setattr__(self, "roles", frozenset(self.edges.values()))

    def role_of(self, from_state: str, to_state: str) -> str | None:
        """Who makes this change, or None when the table does not allow it."""
        return self.edges.get((from_state, to_state))

    def allows(self, from_state: str, to_state: str) -> bool:
        return (from_state, to_state) in self.edges

    def check(self, from_state: str, to_state: str) -> str:
        """The role that makes the change; raises ``error`` (translated) for a change not in the table."""
        role = self.role_of(from_state, to_state)
        if role is None:
            raise self.error(str(self.refusal) % {"from": self.label(from_state), "to": self.label(to_state)})
        return role

    def next_states(self, from_state: str, role: str | None = None) -> set[str]:
        """The states reachable in one step from ``from_state`` (by ``role``, if given)."""
        return {to for (src, to), who in self.edges.items() if src == from_state and role in (None, who)}

    def sources(self, to_state: str, role: str | None = None) -> set[str]:
        """The states from which ``to_state`` can be reached in one step (by ``role``, if given)."""
        return {src for (src, to), who in self.edges.items() if to == to_state and role in (None, who)}

    def final_states(self) -> set[str]:
        """The states with no way out."""
        return set(self.states.values) - {src for src, _to in self.edges}

    def edges_of(self, role: str) -> set[tuple[str, str]]:
        """Every change ``role`` makes."""
        return {pair for pair, who in self.edges.items() if who == role}

    def as_sets(self) -> dict[str, set[str]]:
        """The table as ``{from: {to, …}}`` (every state present, final ones with an empty set)."""
        return {state: self.next_states(state) for state in self.states.values}

    def label(self, state: str) -> str:
        return str(self.states(state).label) if state in self.states.values else state


def edges(pairs: Iterable[tuple[str, str]], role: str) -> dict[tuple[str, str], str]:
    """``{pair: role}`` for each pair: lets a table read one role at a time."""
    return {pair: role for pair in pairs}
