from .expertise import ExpertiseArea, StaffExpert
from .organisations import Country, Organisation, OrganisationContact, OrganisationKind
from .roles import BoardRole, BoardSeat
from .users import User

__all__ = [
    "BoardRole",
    "BoardSeat",
    "Country",
    "ExpertiseArea",
    "Organisation",
    "OrganisationContact",
    "OrganisationKind",
    "StaffExpert",
    "User",
]
