"""Every change to ideas, expressions of interest and project records goes through here."""

from .errors import TransitionRefused
from .ideas import move_idea_to_phase, save_idea
from .interest import express_interest, set_interest_status
from .outcomes import decide_outcome, record_submission

__all__ = [
    "TransitionRefused",
    "decide_outcome",
    "express_interest",
    "move_idea_to_phase",
    "record_submission",
    "save_idea",
    "set_interest_status",
]
