"""Every change to ideas, expressions of interest and project records goes through here."""

from .errors import TransitionRefused
from .ideas import move_idea_to_phase, save_idea
from .interest import express_interest, set_interest_status
from .outcomes import correct_record, decide_outcome, record_submission, verify_record

__all__ = [
    "TransitionRefused",
    "correct_record",
    "decide_outcome",
    "express_interest",
    "move_idea_to_phase",
    "record_submission",
    "save_idea",
    "set_interest_status",
    "verify_record",
]
