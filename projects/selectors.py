"""Read-only queries on ideas, shared by the views, the Members Area, the digest and matching."""

import datetime
from collections.abc import Iterable

from django.db.models import Count, Exists, IntegerField, OuterRef, Prefetch, Q, QuerySet, Subquery, Value
from django.db.models.functions import Coalesce

from members.models import Organisation, OrganisationContact, User
from members.rules import is_board_member, is_member_contact, is_secretariat

from .models import (
    ExpressionOfInterest,
    InterestStatus,
    ProjectIdea,
    ProjectRecord,
    Visibility,
)


def member_organisations_of(user: User) -> QuerySet[Organisation]:
    """The member organisations the user is a contact person of."""
    if not user.is_authenticated:
        return Organisation.objects.none()
    return Organisation.objects.members().filter(contacts__user=user)


def ideas_visible_to(user: User) -> QuerySet[ProjectIdea]:
    """Ideas the user may see: the secretariat all; members those for all members and their own."""
    if not user.is_authenticated:
        return ProjectIdea.objects.none()
    if is_secretariat(user):
        return ProjectIdea.objects.all()
    own = Q(lead__in=OrganisationContact.objects.filter(user=user).values("organisation"))
    if is_member_contact(user) or is_board_member(user):
        return ProjectIdea.objects.filter(Q(visibility=Visibility.MEMBERS) | own)
    return ProjectIdea.objects.filter(own)


def accepted_partner_count() -> Coalesce:
    """The number of accepted partners of the idea in the outer query.

    A correlated subquery, not a ``Count`` over a join: PostgreSQL evaluates it only for the
    rows a page shows (after ORDER BY … LIMIT), and a COUNT of the list leaves it out, where a
    GROUP BY would count the partners of every visible idea first (issue 16).
    """
    accepted = (
        ExpressionOfInterest.objects.filter(idea=OuterRef("pk"), status=InterestStatus.ACCEPTED)
        .order_by()
        .values("idea")
        .annotate(count=Count("pk"))
        .values("count")
    )
    return Coalesce(Subquery(accepted, output_field=IntegerField()), Value(0))


def with_list_data(ideas: QuerySet[ProjectIdea]) -> QuerySet[ProjectIdea]:
    """What an idea list shows, in a fixed number of queries whatever the number of rows."""
    return (
        ideas.select_related("lead")
        .prefetch_related("priorities")
        .annotate(partner_count=accepted_partner_count())
    )


def ideas_for_call(user: User, call) -> QuerySet[ProjectIdea]:
    """The ideas linked to an EU call of the portal that the user may see, newest first."""
    return with_list_data(ideas_visible_to(user).filter(target_call=call)).order_by("-created_at", "-pk")


# Pages that show a member's or a call's ideas list the first few and link to the filtered list.
IDEAS_PREVIEW = 5


def preview(queryset: QuerySet, limit: int = IDEAS_PREVIEW) -> tuple[list, int]:
    """The first ``limit`` rows and how many there are in all.

    Always two queries, however many rows: pages stay at a fixed query count.
    """
    return list(queryset[:limit]), queryset.count()


def open_ideas_led_by(user: User, organisation: Organisation) -> QuerySet[ProjectIdea]:
    """The organisation's ideas open to expressions of interest that the user may see."""
    ideas = ideas_visible_to(user).filter(lead=organisation).open_for_interest()
    return with_list_data(ideas).order_by("-created_at", "-pk")


def ideas_matching_priorities_of(user: User, extra_priorities: Iterable[int] = ()) -> QuerySet[ProjectIdea]:
    """Open ideas of other organisations that share a priority with the user's organisations
    (or one of ``extra_priorities``: those of the user's working groups, for the digest)."""
    organisations = member_organisations_of(user)
    shared = Q(priorities__in=organisations.values("priorities"))
    extra = list(extra_priorities)
    if extra:
        shared |= Q(priorities__in=extra)
    return (
        ideas_visible_to(user)
        .open_for_interest()
        .exclude(lead__in=organisations.values("pk"))
        .filter(shared)
        .distinct()
    )


def member_home_ideas(
    user: User,
    limit: int = 5,
    priorities: Iterable[int] | None = None,
    organisation_ids: Iterable[int] | None = None,
) -> dict:
    """The Members Area home's ideas block (rendered by projects/includes/member_home_ideas.html).

    - ``looking_for_partners``: open ideas of other members sharing a priority with the user's
      organisations (``priorities``: their ids, if the caller has them), the nearest deadline first
      (at most ``limit``);
    - ``my_ideas``: ideas led by the user's organisations, newest first (at most ``limit``);
    - ``my_interests``: the user's organisations' expressions of interest, newest first.

    ``organisation_ids``: the user's member organisations, if the caller has them (their ids,
    not a subquery in each of the three queries: Django building those subqueries took a fifth
    of the block's time, issue 16).
    """
    from members.selectors import priorities_of

    own = member_organisations_of(user).values("pk") if organisation_ids is None else list(organisation_ids)
    priorities = list(priorities_of(user) if priorities is None else priorities)
    # EXISTS on the priority links, not a join made DISTINCT: the open ideas are read along the
    # deadline's partial index (projects 0011) until five match, where the join first collected
    # every open idea sharing a priority (15 ms at 50,000 ideas, issue 16).
    tagged = ProjectIdea.priorities.through.objects.filter(
        projectidea=OuterRef("pk"), priority_id__in=priorities
    )
    looking = ideas_visible_to(user).open_for_interest().exclude(lead__in=own).filter(Exists(tagged))
    return {
        # Without the priorities: the template reads them only for the rows it does not find
        # in the cache ({% shared_rows … prefetch="priorities" %}).
        "looking_for_partners": list(
            with_list_data(looking)
            .prefetch_related(None)
            .order_by("eoi_deadline", "-created_at", "-pk")[:limit]
        )
        if priorities
        else [],
        # Titles and phases only: no partners counted, no priorities read.
        "my_ideas": list(ProjectIdea.objects.filter(lead__in=own)[:limit]),
        "my_interests": list(
            ExpressionOfInterest.objects.filter(organisation__in=own)
            .select_related("idea", "idea__lead")
            .order_by("-created_at", "-pk")[:limit]
        ),
    }


def ideas_for_digest(
    user: User, since: datetime.datetime, extra_priorities: Iterable[int] = ()
) -> QuerySet[ProjectIdea]:
    """New ideas for the user's weekly digest: created since ``since``, open to interest, led by
    another organisation and sharing a priority with the user's organisations (or one of
    ``extra_priorities``)."""
    matching = ideas_matching_priorities_of(user, extra_priorities).filter(created_at__gte=since)
    return with_list_data(ProjectIdea.objects.filter(pk__in=matching.values("pk"))).order_by(
        "-created_at", "-pk"
    )


def accepted_partners(idea: ProjectIdea) -> list[Organisation]:
    """The members whose interest the lead accepted, by name."""
    accepted = idea.interests.filter(status=InterestStatus.ACCEPTED).values("organisation")
    return list(Organisation.objects.filter(pk__in=accepted).order_by("name"))


def project_group(idea: ProjectIdea) -> list[Organisation]:
    """The lead, then the accepted partners."""
    return [idea.lead, *accepted_partners(idea)]


# --- For partner matching (issue 5): plain data, no model instances -------------------------


def idea_for_matching(idea: ProjectIdea) -> dict:
    """What the matching engine reads of an idea: texts in every language, tags and what it asks."""
    from django.conf import settings

    languages = [code for code, _name in settings.LANGUAGES]
    texts = {
        code: " ".join(
            filter(
                None, (getattr(idea, f"{name}_{code}", "") for name in ("title", "summary", "description"))
            )
        )
        for code in languages
    }
    return {
        "id": idea.pk,
        "lead_id": idea.lead_id,
        "original_language": idea.original_language,
        "texts": {code: text for code, text in texts.items() if text},
        "priorities": sorted(idea.priorities.values_list("code", flat=True)),
        "perspectives": sorted(idea.perspectives.values_list("code", flat=True)),
        "programme": idea.target_programme,
        "partner_countries": list(idea.partner_countries),
        "partner_kinds": list(idea.partner_kinds),
        "partners_wanted": idea.partners_wanted,
    }


def organisations_excluded_from(idea: ProjectIdea) -> set[int]:
    """Never suggested for this idea: its lead, and members whose interest it already holds or
    declined (accepted, pending or declined expressions of interest)."""
    answered = idea.interests.exclude(status=InterestStatus.WITHDRAWN).values_list("organisation", flat=True)
    return {idea.lead_id, *answered}


def co_partner_edges() -> list[tuple[int, int, int]]:
    """Earlier collaboration: (organisation, organisation, project record id) for every pair of
    organisations in the same submitted project (lead and partners), each pair once per record."""
    records = ProjectRecord.objects.prefetch_related(
        Prefetch("partners", queryset=Organisation.objects.only("pk"))
    ).only("pk", "lead_id")
    edges = []
    for record in records:
        group = sorted({record.lead_id, *(p.pk for p in record.partners.all())} - {None})
        edges.extend((a, b, record.pk) for i, a in enumerate(group) for b in group[i + 1 :])
    return edges
