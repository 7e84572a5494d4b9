from .ideas import (
    ALLOWED_PHASE_TRANSITIONS,
    PHASES_OPEN_TO_INTEREST,
    PHASES_WITH_SUBMISSIONS,
    STARTING_PHASES,
    IdeaPhaseChange,
    PcmPhase,
    Programme,
    ProjectIdea,
    Visibility,
    programme_named,
)
from .interest import (
    ALLOWED_INTEREST_TRANSITIONS,
    DECISIONS,
    ExpressionOfInterest,
    InterestStatus,
    InterestStatusChange,
)
from .records import ALLOWED_OUTCOME_TRANSITIONS, ProjectOutcome, ProjectRecord, RecordSource
from .suggestions import MatchingRun, PartnerSuggestion, SuggestionDismissal, SuggestionInvitation

__all__ = [
    "ALLOWED_INTEREST_TRANSITIONS",
    "ALLOWED_OUTCOME_TRANSITIONS",
    "ALLOWED_PHASE_TRANSITIONS",
    "DECISIONS",
    "PHASES_OPEN_TO_INTEREST",
    "PHASES_WITH_SUBMISSIONS",
    "STARTING_PHASES",
    "ExpressionOfInterest",
    "IdeaPhaseChange",
    "InterestStatus",
    "InterestStatusChange",
    "MatchingRun",
    "PartnerSuggestion",
    "PcmPhase",
    "Programme",
    "ProjectIdea",
    "ProjectOutcome",
    "ProjectRecord",
    "RecordSource",
    "SuggestionDismissal",
    "SuggestionInvitation",
    "Visibility",
    "programme_named",
]
