from .organisations import Country, Organisation, OrganisationContact, OrganisationKind
from .roles import BoardRole, BoardSeat
from .users import User

__all__ = [
    "BoardRole",
    "BoardSeat",
    "Country",
    "Organisation",
    "OrganisationContact",
    "OrganisationKind",
    "User",
]
