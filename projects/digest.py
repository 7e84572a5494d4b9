"""The projects app's section of the weekly digest (``information.digest.DIGEST_SECTIONS``)."""

import datetime

from members.models import User
from workinggroups.selectors import group_priority_ids

from .models import ProjectIdea
from .selectors import ideas_for_digest


def new_ideas(user: User, since: datetime.datetime, until: datetime.datetime) -> list[ProjectIdea]:
    """The week's new ideas open to interest, of other members, sharing the user's priorities
    (those of the user's organisations and those of the areas of the user's working groups)."""
    return list(ideas_for_digest(user, since, group_priority_ids(user)).filter(created_at__lt=until))
