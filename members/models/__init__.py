from sern_portal.append_only import AppendOnlyError  # re-exported: the members' tests and views use it

from .applications import (
    AWAITING_DECISION_STATES,
    EDITABLE_STATES,
    FINAL_STATES,
    ApplicationContact,
    ApplicationEvent,
    ApplicationState,
    MembershipApplication,
)
from .audit import AuditAction, AuditEntry
from .calendar import CalendarToken
from .contact_roles import ContactRole, ContactRoleAssignment
from .expertise import ExpertiseArea, StaffExpert
from .fees import FeeBand, MembershipFee
from .meetings import BoardMeeting, BoardPosition, MeetingStatus, Position
from .organisations import Country, Organisation, OrganisationContact, OrganisationKind
from .privacy import ErasureKind, ErasureRecord
from .record import ContactConfirmationRequest, MembershipEnd, MembershipEndReason, OrganisationNote
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
    "AuditAction",
    "AuditEntry",
    "BoardMeeting",
    "BoardPosition",
    "BoardRole",
    "BoardSeat",
    "CalendarToken",
    "ContactConfirmationRequest",
    "ContactRole",
    "ContactRoleAssignment",
    "Country",
    "ErasureKind",
    "ErasureRecord",
    "ExpertiseArea",
    "FeeBand",
    "MeetingStatus",
    "MembershipApplication",
    "MembershipEnd",
    "MembershipEndReason",
    "MembershipFee",
    "Organisation",
    "OrganisationContact",
    "OrganisationKind",
    "OrganisationNote",
    "Position",
    "StaffExpert",
    "User",
]
