"""The engine's reasons (code + params) as sentence fragments in the reader's language.

The engine (``projects.matching``) speaks in stable codes; this renderer, outside it, turns each
into a translated fragment with the portal's own labels: priority codes become the strategy's
priority names, countries and kinds the portal's labels, programme codes their names. The
fragments of one suggestion are joined with " · ", e.g. "shares Smart mobility and Climate
action · the kind of partner you look for: Municipality · partner of yours in MOBEC".

A person reads at most `SHOWN` reasons at first (the rest on demand): near-duplicates (two
reasons of one family, see `projects.matching.reason_codes.FAMILIES`) and words that tell nothing are
dropped, also from suggestions stored before the engine dropped them itself. The lead's contacts
read "you"; everyone else (the secretariat) reads about "the lead" (`perspective`).
"""

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from django.utils.formats import number_format
from django.utils.text import format_lazy
from django.utils.translation import get_language, gettext, ngettext

from members.models import Country, OrganisationKind
from projects.matching.reason_codes import FAMILIES, telling_term
from projects.models import Programme

SEPARATOR = " · "
SHOWN = 3
LEAD = "lead"  # the reader is a contact of the idea's lead: "partner of yours"
NETWORK = "network"  # anyone else, e.g. the secretariat: "partner of the lead"


def _listing(values: Iterable[Any]) -> str:
    """ "A, B and C" in the active language."""
    items = [str(value) for value in values if str(value)]
    if len(items) <= 1:
        return "".join(items)
    return gettext("%(items)s and %(last)s") % {"items": ", ".join(items[:-1]), "last": items[-1]}


def _as_list(value: Any) -> list:
    if value is None:
        return []
    return list(value) if isinstance(value, list | tuple) else [value]


def country_label(code: Any) -> str:
    code = str(code or "")
    country = Country.from_code(code) if code else Country.OTHER
    return str(country.label) if country != Country.OTHER or code == "ZZ" else code


def kind_label(code: Any) -> str:
    code = str(code or "").lower()
    if code == "public":
        return gettext("public body")
    if code == "private":
        return gettext("non-public organisation")
    return str(OrganisationKind(code).label) if code in OrganisationKind.values else code


def programme_label(code: Any) -> str:
    code = str(code or "")
    return str(Programme(code).label) if code in Programme.values else code


class ReasonRenderer:
    """Renders reasons in the active language; priority names are read once per renderer."""

    def __init__(
        self,
        priority_names: Mapping[str, str] | None = None,
        perspective: str = LEAD,
        group_names: Mapping[str, str] | None = None,
    ) -> None:
        self._priority_names = dict(priority_names) if priority_names is not None else None
        self._group_names = dict(group_names) if group_names is not None else None
        self._language = get_language()
        self.perspective = perspective

    def voice(self, yours: str, theirs: str) -> str:
        """The lead's contacts are addressed as "you"; anyone else reads about "the lead"."""
        return yours if self.perspective == LEAD else theirs

    def priority_names(self) -> dict[str, str]:
        if self._priority_names is None:
            from strategy.models import Priority

            self._priority_names = {priority.code: str(priority.name) for priority in Priority.objects.all()}
        return self._priority_names

    def group_names(self) -> dict[str, str]:
        """Working-group slugs -> names in the active language (read once, when first needed)."""
        if self._group_names is None:
            from workinggroups.models import WorkingGroup

            self._group_names = {group.slug: str(group.name) for group in WorkingGroup.objects.all()}
        return self._group_names

    def render(self, code: str, params: Mapping[str, Any] | None = None) -> str:
        """One reason as a fragment; an unknown code gives a generic (still translated) fragment."""
        params = params or {}
        renderer = RENDERERS.get(code)
        if renderer is not None:
            try:
                text = renderer(self, params)
            except (KeyError, TypeError, ValueError):
                text = ""
            if text:
                return text
        return gettext("matches what the idea looks for")

    def render_all(self, reasons: Iterable[Mapping[str, Any]]) -> list[str]:
        """Stored reasons (``[{"code": ..., "params": {...}}]``) as fragments, strongest first:
        one per family, without repeats, without reasons that are left with nothing to say."""
        reasons = list(reasons)
        fragments: list[str] = []
        families: set[str] = set()
        for reason in reasons:
            code = reason.get("code", "")
            family = FAMILIES.get(code, code)
            if family in families:
                continue
            fragment = self.render(code, reason.get("params") or {})
            if code == "similar_text" and fragment == gettext("matches what the idea looks for"):
                continue  # every word it named was too generic to tell anything
            if fragment not in fragments:
                families.add(family)
                fragments.append(fragment)
        if reasons and not fragments:  # every reason was too generic to tell anything
            fragments.append(gettext("matches what the idea looks for"))
        return fragments

    def split(self, reasons: Iterable[Mapping[str, Any]]) -> tuple[list[str], list[str]]:
        """The reasons shown at first (at most `SHOWN`) and those shown on demand."""
        fragments = self.render_all(reasons)
        return fragments[:SHOWN], fragments[SHOWN:]

    def sentence(self, reasons: Iterable[Mapping[str, Any]]) -> str:
        return SEPARATOR.join(self.render_all(reasons))


def _similar_text(renderer: ReasonRenderer, params: Mapping) -> str:
    terms = [format_lazy("“{}”", term) for term in _as_list(params.get("terms")) if telling_term(str(term))]
    if not terms:
        return ""
    return gettext("its profile talks about %(terms)s") % {"terms": _listing(terms)}


def _shared_priorities(renderer: ReasonRenderer, params: Mapping) -> str:
    codes = _as_list(params.get("priorities"))
    if not codes:
        return ""
    names = renderer.priority_names()
    return gettext("shares %(priorities)s") % {
        "priorities": _listing(names.get(code, code) for code in codes)
    }


def _working_group(renderer: ReasonRenderer, params: Mapping) -> str:
    slugs = _as_list(params.get("groups"))
    if not slugs:
        return ""
    names = renderer.group_names()
    return ngettext(
        "its people take part in the working group %(groups)s",
        "its people take part in the working groups %(groups)s",
        len(slugs),
    ) % {"groups": _listing(format_lazy("“{}”", names.get(slug, slug)) for slug in slugs)}


def _same_programme(renderer: ReasonRenderer, params: Mapping) -> str:
    return gettext("has taken part in %(programme)s") % {"programme": programme_label(params["programme"])}


def _active_in_programme(renderer: ReasonRenderer, params: Mapping) -> str:
    return gettext("has been active in %(programme)s") % {"programme": programme_label(params["programme"])}


def _country_in_programme(renderer: ReasonRenderer, params: Mapping) -> str:
    return gettext("is based in %(country)s, a country active in %(programme)s") % {
        "country": country_label(params["country"]),
        "programme": programme_label(params["programme"]),
    }


def _past_partner_of_lead(renderer: ReasonRenderer, params: Mapping) -> str:
    projects = _as_list(params.get("projects"))
    if not projects:
        return renderer.voice(
            gettext("partner of yours in an earlier project"),
            gettext("partner of the lead in an earlier project"),
        )
    text = renderer.voice(
        ngettext("partner of yours in %(projects)s", "partner of yours in %(projects)s", len(projects)),
        ngettext("partner of the lead in %(projects)s", "partner of the lead in %(projects)s", len(projects)),
    )
    return text % {"projects": _listing(projects)}


def _partner_of_lead_partner(renderer: ReasonRenderer, params: Mapping) -> str:
    partners = _as_list(params.get("partners"))
    if not partners:
        return renderer.voice(
            gettext("worked with partners of yours"), gettext("worked with partners of the lead")
        )
    text = renderer.voice(
        ngettext(
            "worked with your partner %(partners)s", "worked with your partners %(partners)s", len(partners)
        ),
        ngettext(
            "worked with the lead's partner %(partners)s",
            "worked with the lead's partners %(partners)s",
            len(partners),
        ),
    )
    return text % {"partners": _listing(partners)}


def _same_country(renderer: ReasonRenderer, params: Mapping) -> str:
    return renderer.voice(
        gettext("in your country (%(country)s)"), gettext("in the lead's country (%(country)s)")
    ) % {"country": country_label(params["country"])}


def _neighbouring_country(renderer: ReasonRenderer, params: Mapping) -> str:
    return gettext("in a neighbouring country (%(country)s)") % {"country": country_label(params["country"])}


def _same_region(renderer: ReasonRenderer, params: Mapping) -> str:
    return renderer.voice(gettext("in your region"), gettext("in the lead's region"))


def _same_town(renderer: ReasonRenderer, params: Mapping) -> str:
    return renderer.voice(gettext("in your town (%(town)s)"), gettext("in the lead's town (%(town)s)")) % {
        "town": params["town"]
    }


def _wanted_country(renderer: ReasonRenderer, params: Mapping) -> str:
    return renderer.voice(
        gettext("in a country you look for: %(country)s"),
        gettext("in a country the idea looks for: %(country)s"),
    ) % {"country": country_label(params["country"])}


def _wanted_kind(renderer: ReasonRenderer, params: Mapping) -> str:
    return renderer.voice(
        gettext("the kind of partner you look for: %(kind)s"),
        gettext("the kind of partner the idea looks for: %(kind)s"),
    ) % {"kind": kind_label(params["kind"])}


def _active_member(renderer: ReasonRenderer, params: Mapping) -> str:
    count = round(float(params.get("engagement") or 0))
    if not count:
        return gettext("a member of the network")
    return ngettext(
        "an active member (%(count)s idea, interest or project)",
        "an active member (%(count)s ideas, interests and projects)",
        count,
    ) % {"count": number_format(count)}


RENDERERS: dict[str, Callable[[ReasonRenderer, Mapping], str]] = {
    "similar_text": _similar_text,
    "shared_priorities": _shared_priorities,
    "working_group": _working_group,
    "same_programme": _same_programme,
    "active_in_programme": _active_in_programme,
    "country_in_programme": _country_in_programme,
    "past_partner_of_lead": _past_partner_of_lead,
    "partner_of_lead_partner": _partner_of_lead_partner,
    "same_country": _same_country,
    "neighbouring_country": _neighbouring_country,
    "same_region": _same_region,
    "same_town": _same_town,
    "wanted_country": _wanted_country,
    "wanted_kind": _wanted_kind,
    "active_member": _active_member,
}
