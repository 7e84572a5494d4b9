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
from .minutes import ApprovalRoute, Minutes, MinutesChange, MinutesLocked, MinutesState
from .organisations import Country, Organisation, OrganisationContact, OrganisationKind
from .paperwork import (
    AgendaItem,
    Attendance,
    AttendanceMode,
    ConvocationKind,
    ConvocationSend,
    MeetingDocument,
    Presence,
)
from .privacy import ErasureKind, ErasureRecord
from .procedures import Outcome, ProcedureResult, ProcedureVote, ProcedureVoteLog, Vote, WrittenProcedure
from .record import ContactConfirmationRequest, MembershipEnd, MembershipEndReason, OrganisationNote
from .roles import BoardRole, BoardSeat
from .users import User

__all__ = [
    "AWAITING_DECISION_STATES",
    "EDITABLE_STATES",
    "FINAL_STATES",
    "AgendaItem",
    "AppendOnlyError",
    "ApplicationContact",
    "ApplicationEvent",
    "ApplicationState",
    "ApprovalRoute",
    "Attendance",
    "AttendanceMode",
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
    "ConvocationKind",
    "ConvocationSend",
    "Country",
    "ErasureKind",
    "ErasureRecord",
    "ExpertiseArea",
    "FeeBand",
    "MeetingDocument",
    "MeetingStatus",
    "MembershipApplication",
    "MembershipEnd",
    "MembershipEndReason",
    "MembershipFee",
    "Minutes",
    "MinutesChange",
    "MinutesLocked",
    "MinutesState",
    "Organisation",
    "OrganisationContact",
    "OrganisationKind",
    "OrganisationNote",
    "Outcome",
    "Position",
    "Presence",
    "ProcedureResult",
    "ProcedureVote",
    "ProcedureVoteLog",
    "StaffExpert",
    "User",
    "Vote",
    "WrittenProcedure",
]
