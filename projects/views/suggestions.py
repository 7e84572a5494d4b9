"""Partner matching: an idea's suggested partners (invite, dismiss, recompute) and the
secretariat's overview of every open idea with its bulk recompute."""

from django.conf import settings
from django.contrib import messages
from django.db.models import Prefetch
from django.shortcuts import get_object_or_404, redirect
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language, gettext_lazy, ngettext
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django.views.generic import DetailView, ListView

from members.models import Organisation
from members.rules import is_contact_of
from sern_portal import versions
from sern_portal.permissions import PermissionRequiredMixin, permission_required
from sern_portal.reader_cache import ReaderPageCacheMixin

from ..forms import DismissForm
from ..models import MatchingRun, PartnerSuggestion, ProjectIdea, SuggestionInvitation
from ..reason_sentences import LEAD, NETWORK, ReasonRenderer
from ..selectors import preview
from ..services import TransitionRefused
from ..services.consortium import consortium_builder, is_proven
from ..services.recompute import queue_idea_recompute, start_bulk_recompute
from ..services.suggestions import dismiss_suggestion, invite_suggested_partner, reachable_contacts
from .workflow import get_idea

# The match a person reads: engine scores have no absolute meaning, so a suggestion is placed
# by its score relative to the idea's best suggestion (percent at least, band).
MATCH_BANDS = (
    (90, "strong", gettext_lazy("Strong match")),
    (75, "good", gettext_lazy("Good match")),
    (0, "possible", gettext_lazy("Possible match")),
)


def match_band(relative: int) -> tuple[str, str]:
    """("strong" | "good" | "possible", its label) for a score `relative` % of the best one."""
    for floor, code, label in MATCH_BANDS:
        if relative >= floor:
            return code, str(label)
    return MATCH_BANDS[-1][1], str(MATCH_BANDS[-1][2])


def suggestion_rows(
    suggestions: list[PartnerSuggestion], renderer: ReasonRenderer, split: list | None = None
) -> list[dict]:
    """What a list of suggestions shows: the first reasons in the reader's language (the others on
    demand) and the match, relative to the best suggestion of the idea. ``split``: the reasons of
    each suggestion as ``renderer.split`` gives them, when they are known already."""
    best = max((suggestion.score for suggestion in suggestions), default=0) or 1
    if split is None:
        split = [renderer.split(suggestion.reasons) for suggestion in suggestions]
    rows = []
    for suggestion, (reasons, more_reasons) in zip(suggestions, split, strict=True):
        relative = max(0, min(100, round(100 * suggestion.score / best)))
        band, band_label = match_band(relative)
        rows.append(
            {
                "suggestion": suggestion,
                "reasons": reasons,
                "more_reasons": more_reasons,
                "relative": relative,
                "band": band,
                "band_label": band_label,
                "proven": is_proven(suggestion.reasons),
            }
        )
    return rows


def idea_suggestions_context(idea: ProjectIdea, user) -> dict:
    """The idea page's "Suggested partners" section (empty for anyone but the lead and secretariat)."""
    if not user.has_perm("projects.view_suggestions", idea):
        return {}
    suggestions = list(idea.suggestions.select_related("organisation").order_by("rank"))
    invited = set(SuggestionInvitation.objects.filter(idea=idea).values_list("organisation_id", flat=True))
    perspective = LEAD if is_contact_of(user, idea.lead) else NETWORK
    renderer = ReasonRenderer(perspective=perspective)
    # The reasons as sentences are the same for every reader of one perspective and language: kept
    # with the stored suggestions (their ids change with each new ranking) until a name changes.
    split = versions.cached(
        ("matching",),
        ("suggestion-reasons", idea.pk, perspective, get_language(), *(s.pk for s in suggestions)),
        lambda: [renderer.split(suggestion.reasons) for suggestion in suggestions],
        getattr(settings, "MATCHING_CACHE_SECONDS", 0),
    )
    rows = suggestion_rows(suggestions, renderer, split)
    builder = consortium_builder(idea, rows)
    return {
        "show_suggestions": True,
        "suggestions": rows,
        "builder": builder,
        "proven_count": sum(1 for row in rows if row["proven"]),
        "newcomer_count": sum(1 for row in rows if not row["proven"]),
        "invited_ids": invited,
        "can_invite": user.has_perm("projects.invite_partner", idea),
        "can_dismiss": user.has_perm("projects.dismiss_suggestion", idea),
        "can_recompute": user.has_perm("projects.recompute_suggestions", idea),
        "dismiss_form": DismissForm(),
    }


def get_suggested_idea(request, pk: int, organisation_pk: int) -> ProjectIdea:
    return get_idea(request, pk)


def _suggested(request, pk: int, organisation_pk: int) -> tuple[ProjectIdea, Organisation]:
    return get_idea(request, pk), get_object_or_404(Organisation, pk=organisation_pk)


def _back_to_idea(pk: int):
    return redirect(reverse("projects:idea_detail", args=[pk]) + "#suggestions-heading")


@require_POST
@permission_required("projects.invite_partner", get_suggested_idea)
def invite(request, pk: int, organisation_pk: int):
    idea, organisation = _suggested(request, pk, organisation_pk)
    try:
        _invitation, created = invite_suggested_partner(idea, organisation, by=request.user)
    except TransitionRefused as refused:
        messages.error(request, refused.message)
    else:
        reached = reachable_contacts(organisation)
        name = {"organisation": organisation.name, "count": reached}
        if not created:
            messages.success(request, _("%(organisation)s was already invited.") % name)
        elif reached:
            text = ngettext(
                "%(organisation)s is invited to express interest: %(count)s contact person receives an "
                "e-mail.",
                "%(organisation)s is invited to express interest: %(count)s contact persons receive an "
                "e-mail.",
                reached,
            )
            messages.success(request, text % name)
        else:  # say so: an invitation nobody receives must not look sent
            messages.warning(
                request,
                _(
                    "%(organisation)s is invited, but nobody was e-mailed: it has no contact person in "
                    "the portal. The secretariat has been told, so it can add one."
                )
                % name,
            )
    return _back_to_idea(pk)


@require_POST
@permission_required("projects.dismiss_suggestion", get_suggested_idea)
def dismiss(request, pk: int, organisation_pk: int):
    idea, organisation = _suggested(request, pk, organisation_pk)
    form = DismissForm(request.POST)
    note = form.cleaned_data["note"] if form.is_valid() else ""
    dismiss_suggestion(idea, organisation, by=request.user, note=note)
    messages.success(
        request,
        _("%(organisation)s will not be suggested again for this idea.")
        % {"organisation": organisation.name},
    )
    return _back_to_idea(pk)


@require_POST
@permission_required("projects.recompute_suggestions", get_idea)
def recompute(request, pk: int):
    queue_idea_recompute(pk)
    messages.success(request, _("The suggestions are being recomputed; reload the page in a moment."))
    return _back_to_idea(pk)


UNSUGGESTED_SHOWN = 50


class MatchingOverviewView(PermissionRequiredMixin, ReaderPageCacheMixin, ListView):
    """Every open idea with its suggestions, the members suggested for none, the bulk recompute."""

    permission_required = "projects.view_matching_overview"
    template_name = "projects/matching_overview.html"
    context_object_name = "ideas"
    paginate_by = 10

    def get_queryset(self):
        return (
            ProjectIdea.objects.open_for_interest()
            .select_related("lead")
            .prefetch_related(
                Prefetch(
                    "suggestions",
                    queryset=PartnerSuggestion.objects.select_related("organisation").order_by("rank"),
                )
            )
            .order_by("eoi_deadline", "pk")
        )

    def get_context_data(self, **kwargs):
        # Paginating counts the open ideas (a wrong page number is a 404); the page's ideas are
        # read only when their HTML is not in the cache.
        context = super().get_context_data(**kwargs)
        page = context["page_obj"]
        shared = ("matching-overview", timezone.localdate().isoformat(), get_language())
        context["ideas_html"] = matching_html(
            (*shared, "ideas", page.number), lambda: self.ideas_html(context["ideas"], page)
        )
        context["unsuggested_html"] = matching_html((*shared, "unsuggested"), self.unsuggested_html)
        context["latest_run"] = MatchingRun.objects.first()
        return context

    def ideas_html(self, ideas, page) -> SafeString:
        renderer = ReasonRenderer(perspective=NETWORK)
        rows = [(idea, suggestion_rows(list(idea.suggestions.all()), renderer)) for idea in ideas]
        return render_to_string("projects/includes/matching_ideas.html", {"rows": rows, "page_obj": page})

    def unsuggested_html(self) -> SafeString:
        suggested = PartnerSuggestion.objects.filter(idea__in=self.get_queryset().values("pk"))
        unsuggested = Organisation.objects.members().exclude(pk__in=suggested.values("organisation"))
        # The first names and how many in all: a large network has thousands (issue 16).
        shown, count = preview(unsuggested.order_by("name"), UNSUGGESTED_SHOWN)
        return render_to_string(
            "projects/includes/matching_unsuggested.html", {"unsuggested": shown, "unsuggested_count": count}
        )


def matching_html(parts: tuple, render) -> SafeString:
    """The overview's HTML is the same for every reader (the secretariat): it is kept until a
    suggestion, an idea, a member or a name it shows changes (``versions`` group ``matching``),
    for ``MATCHING_CACHE_SECONDS``. Reading and drawing ten ideas' suggestions with their reasons
    was most of the page's time (issue 16)."""
    seconds = getattr(settings, "MATCHING_CACHE_SECONDS", 0)
    html = versions.cached(("matching",), parts, lambda: str(render()), seconds)
    return mark_safe(html)  # the templates' own HTML, escaped when it was rendered


@require_POST
@permission_required("projects.run_matching")
def start_run(request):
    run = start_bulk_recompute(request.user)
    messages.success(request, _("The suggestions of every open idea are being recomputed."))
    return redirect("projects:matching_run", run.pk)


class MatchingRunView(PermissionRequiredMixin, DetailView):
    """A bulk recompute's progress; the page reloads itself every 2 seconds while it runs."""

    permission_required = "projects.view_matching_overview"
    model = MatchingRun
    template_name = "projects/matching_run.html"
    context_object_name = "run"

    def get_permission_object(self):
        return None
