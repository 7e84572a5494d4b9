from .applications import (
    AWAITING_DECISION_STATES,
    EDITABLE_STATES,
    FINAL_STATES,
    AppendOnlyError,
    ApplicationContact,
    ApplicationEvent,
    ApplicationState,
    MembershipApplication,
    SentNotification,
)
from .expertise import ExpertiseArea, StaffExpert
from .fees import FeeBand, MembershipFee
from .meetings import BoardMeeting, BoardPosition, MeetingStatus, Position
from .organisations import Country, Organisation, OrganisationContact, OrganisationKind
from .privacy import ErasureKind, ErasureRecord
from .roles import BoardRole, BoardSeat
from .users import User

__all__ = [
    "AWAITING_DECISION_STATES",
    "EDITABLE_STATES",
    "FINAL_STATES",
    "AppendOnlyError",
    "ApplicationContact",
    "ApplicationEvent",
    "ApplicationState",
    "BoardMeeting",
    "BoardPosition",
    "BoardRole",
    "BoardSeat",
    "Country",
    "ErasureKind",
    "ErasureRecord",
    "ExpertiseArea",
    "FeeBand",
    "MeetingStatus",
    "MembershipApplication",
    "MembershipFee",
    "Organisation",
    "OrganisationContact",
    "OrganisationKind",
    "Position",
    "SentNotification",
    "StaffExpert",
    "User",
]
