"""The secretariat's record of a member: notes, and the end of a membership."""

import datetime

from django.db import transaction
from django.utils.translation import gettext as _

from ..models import MembershipEnd, MembershipEndReason, Organisation, OrganisationNote
from .errors import TransitionRefused


def add_note(
    organisation: Organisation, text: str, author, corrects: OrganisationNote | None = None
) -> OrganisationNote:
    """Append a note by the secretariat on ``organisation``.

    Notes are append-only: a mistake is corrected by a new note pointing at the old one
    (``corrects``), so what the secretariat knew when stays readable. Side effects: refuses an
    empty note or a correction of another organisation's note; creates the ``OrganisationNote``.
    """
    text = text.strip()
    if not text:
        raise TransitionRefused(_("Write the note first."))
    if corrects is not None and corrects.organisation_id != organisation.pk:
        raise TransitionRefused(_("That note belongs to another organisation."))
    return OrganisationNote.objects.create(
        organisation=organisation, text=text, author=author, corrects=corrects
    )


def record_membership_end(
    organisation: Organisation,
    ends_on: datetime.date,
    reason: MembershipEndReason | str,
    actor,
    explanation: str = "",
) -> MembershipEnd:
    """Record that ``organisation``'s membership ends on ``ends_on`` (its last day as a member).

    Side effects, in order: refuses an organisation that never was a member, an end before its
    membership began and an unknown reason; locks the organisation; appends a ``MembershipEnd``
    (history: a later record replaces the date, the earlier one stays); sets
    ``Organisation.member_until``, saved with ``save(update_fields=…)`` so the public figures are
    recomputed (projects.signals). From the day after ``ends_on`` the organisation leaves the
    directory and the figures (``Organisation.objects.members``), and its contacts lose the
    Members Area (``members.rules.is_member_contact`` counts only members); their accounts and
    history stay.
    """
    if reason not in MembershipEndReason.values:
        raise TransitionRefused(_("Choose one of the reasons listed."))
    with transaction.atomic():
        organisation = Organisation.objects.select_for_update().get(pk=organisation.pk)
        if organisation.member_since is None:
            raise TransitionRefused(_("This organisation is not a member."))
        if ends_on < organisation.member_since:
            raise TransitionRefused(_("A membership cannot end before it began."))
        end = MembershipEnd.objects.create(
            organisation=organisation,
            ends_on=ends_on,
            reason=reason,
            explanation=explanation.strip(),
            recorded_by=actor,
        )
        organisation.member_until = ends_on
        organisation.save(update_fields=["member_until"])
    return end
