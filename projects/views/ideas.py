"""Ideas: the list, one idea's page, creating and editing."""

from django.conf import settings
from django.contrib import messages
from django.db.models import Prefetch, prefetch_related_objects
from django.shortcuts import redirect
from django.template.loader import render_to_string
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.generic import CreateView, DetailView, UpdateView
from django_filters.views import FilterView

from information.models import EuCall
from members.models import Organisation
from members.rules import is_secretariat, member_organisation_ids
from sern_portal import versions
from sern_portal.lists import CappedPaginator
from sern_portal.permissions import PermissionRequiredMixin
from sern_portal.reader_cache import ReaderPageCacheMixin

from ..filters import FilterQueryMixin, IdeaFilter
from ..forms import IdeaForm, InterestForm, PhaseForm
from ..models import (
    ALLOWED_PHASE_TRANSITIONS,
    IdeaPhaseChange,
    PcmPhase,
    ProjectIdea,
    programme_named,
)
from ..selectors import ideas_visible_to, member_organisations_of, project_group, with_list_data
from ..services import save_idea
from .suggestions import idea_suggestions_context


class IdeaListView(PermissionRequiredMixin, ReaderPageCacheMixin, FilterQueryMixin, FilterView):
    permission_required = "projects.view_ideas"
    filterset_class = IdeaFilter
    template_name = "projects/idea_list.html"
    context_object_name = "ideas"
    paginate_by = 20
    paginator_class = CappedPaginator

    def get_queryset(self):
        return with_list_data(ideas_visible_to(self.request.user)).order_by("-created_at", "-pk")

    def get_context_data(self, **kwargs):
        return super().get_context_data(can_add=self.request.user.has_perm("projects.add_idea"), **kwargs)


def shared_idea_html(idea: ProjectIdea) -> dict[str, SafeString]:
    """What the idea page shows every reader (its title and facts; its summary, partners sought and
    project group), drawn once per language and shared until the idea, a name or a partner changes
    (versions group ``ideas``). Drawn, it reads the idea's call, priorities, perspectives and
    accepted partners: four queries and half the page's time that a warm page leaves out (issue 16)."""

    def draw() -> dict[str, str]:
        context = {"idea": idea, "group": project_group(idea)}
        return {
            "facts": render_to_string("projects/includes/idea_facts.html", context),
            "about": render_to_string("projects/includes/idea_about.html", context),
        }

    seconds = getattr(settings, "LIST_CACHE_SECONDS", 0)
    html = versions.cached(("ideas",), ("idea-page", idea.pk, get_language()), draw, seconds)
    return {part: mark_safe(text) for part, text in html.items()}  # rendered escaped


def interest_form_html(user, organisation_ids: list[int]) -> SafeString:
    """The empty form to express interest on behalf of these organisations (the reader's), drawn
    once per set of organisations and language until a name changes (versions group ``ideas``):
    Django's form templates took a fifth of the idea page's time (issue 16). Its CSRF token is
    the page's own, outside it."""

    def draw() -> str:
        organisations = member_organisations_of(user).filter(pk__in=organisation_ids)
        return str(InterestForm(organisations=organisations).as_div())

    seconds = getattr(settings, "LIST_CACHE_SECONDS", 0)
    key = ("interest-form", get_language(), *organisation_ids)
    return mark_safe(versions.cached(("ideas",), key, draw, seconds))  # rendered escaped


class IdeaDetailView(PermissionRequiredMixin, ReaderPageCacheMixin, DetailView):
    permission_required = "projects.view_idea"
    template_name = "projects/idea_detail.html"
    context_object_name = "idea"

    def get_queryset(self):
        # The call, priorities and perspectives are read only when the shared part is drawn, the
        # phase log only when the page is (not for the permission check before a kept page).
        return ProjectIdea.objects.select_related("lead")

    def get_object(self, queryset=None):
        # Read once: the permission check asks for the idea before the page does.
        if queryset is not None:
            return super().get_object(queryset)
        if not hasattr(self, "_idea"):
            self._idea = super().get_object()
        return self._idea

    def get_context_data(self, **kwargs):
        idea, user = self.object, self.request.user
        prefetch_related_objects(
            [idea], Prefetch("phase_changes", queryset=IdeaPhaseChange.objects.select_related("changed_by"))
        )
        can_manage = user.has_perm("projects.change_idea", idea)
        mine = member_organisation_ids(user)  # read once per request by the permissions
        # Through the idea's manager: each interest knows its idea (the permissions read its lead).
        interests = idea.interests.select_related("organisation", "expressed_by")
        if not can_manage:
            interests = interests.filter(organisation_id__in=mine)
        interests = list(interests)
        interest_form = None
        if user.has_perm("projects.express_interest", idea):
            # The reader's members that may still express interest: neither the lead nor one whose
            # interest is pending, accepted or declined (all of theirs are among ``interests``).
            answered = {interest.organisation_id for interest in interests if interest.status != "withdrawn"}
            eligible = sorted(mine - {idea.lead_id} - answered)
            if eligible:
                interest_form = {"as_div": interest_form_html(user, eligible)}
        records = list(idea.records.prefetch_related("partners"))
        return super().get_context_data(
            shared=shared_idea_html(idea),
            interests=[
                (
                    interest,
                    user.has_perm("projects.decide_interest", interest),
                    user.has_perm("projects.withdraw_interest", interest),
                )
                for interest in interests
            ],
            can_manage=can_manage,
            can_move=user.has_perm("projects.move_idea_phase", idea),
            next_phases=[PcmPhase(p) for p in PcmPhase.values if p in ALLOWED_PHASE_TRANSITIONS[idea.phase]],
            phase_form=PhaseForm(),
            interest_form=interest_form,
            can_record_submission=user.has_perm("projects.record_submission", idea),
            records=[(record, user.has_perm("projects.decide_outcome", record)) for record in records],
            **idea_suggestions_context(idea, user),
            **kwargs,
        )


class IdeaFormMixin:
    model = ProjectIdea
    form_class = IdeaForm
    template_name = "projects/idea_form.html"

    def form_valid(self, form):
        idea = save_idea(
            form.instance,
            texts=form.texts,
            priorities=form.cleaned_data["priorities"],
            perspectives=form.cleaned_data["perspectives"],
            by=self.request.user,
        )
        messages.success(self.request, self.success_message)
        return redirect("projects:idea_detail", idea.pk)

    def form_invalid(self, form):
        # The same summary as the membership application's: on a phone the marked fields may be
        # screens below, and the top of the page must say the idea was not saved.
        messages.error(
            self.request, _("Please correct the fields marked below. Nothing you entered is lost.")
        )
        return super().form_invalid(form)


class IdeaCreateView(IdeaFormMixin, PermissionRequiredMixin, CreateView):
    permission_required = "projects.add_idea"

    @property
    def success_message(self):
        return _("Your idea is published.")

    def get_form_kwargs(self):
        user = self.request.user
        leads = Organisation.objects.members() if is_secretariat(user) else member_organisations_of(user)
        return super().get_form_kwargs() | {"lead_choices": leads}

    def get_initial(self):
        initial = {"original_language": self.request.LANGUAGE_CODE}
        call = self.preselected_call()
        if call is not None:
            initial["target_call"] = call.pk
            programme = programme_named(call.programme)
            if programme:
                initial["target_programme"] = programme
        return initial

    def preselected_call(self) -> EuCall | None:
        """The open call named by ``?call=<pk>`` (the call page's link); anything else is ignored."""
        pk = self.request.GET.get("call", "")
        return EuCall.objects.open().filter(pk=pk).first() if pk.isascii() and pk.isdigit() else None


class IdeaUpdateView(IdeaFormMixin, PermissionRequiredMixin, UpdateView):
    permission_required = "projects.change_idea"

    @property
    def success_message(self):
        return _("The idea is saved.")
