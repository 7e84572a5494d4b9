import re

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from members.models import Country, OrganisationKind
from sern_portal.append_only import AppendOnlyModel
from sern_portal.fields import acting_user
from sern_portal.limits import LONG_TEXT, SHORT_TEXT, limited
from sern_portal.workflow import Workflow, edges


class Programme(models.TextChoices):
    """The EU programmes members write proposals for (the target of an idea)."""

    ERASMUS_PLUS = "erasmus_plus", _("Erasmus+")
    CERV = "cerv", _("CERV (Citizens, Equality, Rights and Values)")
    INTERREG = "interreg", _("Interreg")
    HORIZON_EUROPE = "horizon_europe", _("Horizon Europe")
    LIFE = "life", _("LIFE")
    CREATIVE_EUROPE = "creative_europe", _("Creative Europe")
    OTHER = "other", _("Other programme")


# How EU calls name their programme (the portal's calls store it as free text), first word first.
PROGRAMME_NAMES = {
    "erasmus": Programme.ERASMUS_PLUS,
    "cerv": Programme.CERV,
    "interreg": Programme.INTERREG,
    "horizon": Programme.HORIZON_EUROPE,
    "life": Programme.LIFE,
    "creative europe": Programme.CREATIVE_EUROPE,
}


def programme_named(name: str) -> str | None:
    """The programme choice a call's programme text names ("Erasmus+", "Interreg Europe"), if any."""
    words = re.sub(r"[^a-z]+", " ", name.casefold()).strip()
    for prefix, programme in PROGRAMME_NAMES.items():
        if words == prefix or words.startswith(prefix + " "):
            return programme.value
    return None


class PcmPhase(models.TextChoices):
    """Project Cycle Management, in order."""

    PROGRAMMING = "programming", _("Indicative programming")
    IDENTIFICATION = "identification", _("Identification")
    FORMULATION = "formulation", _("Formulation")
    FINANCING = "financing", _("Financing")
    IMPLEMENTATION = "implementation", _("Implementation")
    EVALUATION = "evaluation", _("Evaluation")


P = PcmPhase
# Who moves an idea: the lead organisation's contacts or the secretariat (rules.can_manage_idea).
IDEA_LEAD = "idea lead"
# Forward one phase, or back one phase while the proposal is still being written (or after a
# rejection). Implementation needs an approved submission (checked by the transition function,
# ``services.ideas.move_idea_to_phase``).
PHASE_WORKFLOW = Workflow(
    PcmPhase,
    edges(
        [
            (P.PROGRAMMING, P.IDENTIFICATION),
            (P.IDENTIFICATION, P.PROGRAMMING),
            (P.IDENTIFICATION, P.FORMULATION),
            (P.FORMULATION, P.IDENTIFICATION),
            (P.FORMULATION, P.FINANCING),
            (P.FINANCING, P.FORMULATION),
            (P.FINANCING, P.IMPLEMENTATION),
            (P.IMPLEMENTATION, P.EVALUATION),
        ],
        IDEA_LEAD,
    ),
    refusal=_("An idea cannot move from “%(from)s” to “%(to)s”."),
)
# {from: {to, …}}, for the pages that list an idea's next phases.
ALLOWED_PHASE_TRANSITIONS: dict[str, set[str]] = PHASE_WORKFLOW.as_sets()
# Members join an idea while the proposal is being prepared.
PHASES_OPEN_TO_INTEREST = (P.PROGRAMMING, P.IDENTIFICATION, P.FORMULATION)
# A new idea starts in one of these.
STARTING_PHASES = (P.PROGRAMMING, P.IDENTIFICATION, P.FORMULATION)
# Once submitted, the outcome of the proposal can be recorded.
PHASES_WITH_SUBMISSIONS = (P.FINANCING, P.IMPLEMENTATION, P.EVALUATION)


class Visibility(models.TextChoices):
    MEMBERS = "members", _("All members")
    SECRETARIAT = "secretariat", _("The secretariat only")


class ProjectIdeaQuerySet(models.QuerySet):
    def open_for_interest(self, on=None):
        """Ideas that accept expressions of interest on the given date (today by default)."""
        on = on or timezone.localdate()
        return self.filter(phase__in=PHASES_OPEN_TO_INTEREST).filter(
            Q(eoi_deadline__isnull=True) | Q(eoi_deadline__gte=on)
        )


class ProjectIdea(models.Model):
    """A project idea a member leads, developed with the network's partners (PCM).

    Title, summary, description and partner roles are translatable; the author writes them in
    any of the three languages and ``original_language`` says which.
    """

    lead = models.ForeignKey(
        "members.Organisation",
        on_delete=models.PROTECT,
        related_name="led_ideas",
        verbose_name=_("lead organisation"),
    )
    created_by = acting_user(_("created by"))
    created_at = models.DateTimeField(_("created at"), default=timezone.now, editable=False)
    original_language = models.CharField(
        _("written in"), max_length=5, choices=settings.LANGUAGES, default=settings.LANGUAGE_CODE
    )
    title = models.CharField(_("title"), max_length=200)
    summary = models.TextField(_("summary"), **limited(600))
    description = models.TextField(_("description"), blank=True, **limited(LONG_TEXT))
    priorities = models.ManyToManyField(
        "strategy.Priority", blank=True, related_name="ideas", verbose_name=_("priorities")
    )
    perspectives = models.ManyToManyField(
        "strategy.TransversalPerspective",
        blank=True,
        related_name="ideas",
        verbose_name=_("transversal perspectives"),
    )
    target_programme = models.CharField(_("target programme"), max_length=30, choices=Programme.choices)
    target_programme_other = models.CharField(
        _("other programme"),
        max_length=200,
        blank=True,
        help_text=_("The programme's name, when it is not in the list."),
    )
    target_call_text = models.CharField(
        _("call for proposals"),
        max_length=300,
        blank=True,
        help_text=_("The call's identifier or title, if you already know it."),
    )
    target_call = models.ForeignKey(
        "information.EuCall",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="ideas",
        verbose_name=_("EU call in the portal"),
        help_text=_("An open call published in the Members Area, if the idea answers one."),
    )
    phase = models.CharField(_("PCM phase"), max_length=20, choices=PcmPhase.choices, default=P.PROGRAMMING)
    partner_countries = models.JSONField(_("countries of the partners sought"), default=list, blank=True)
    partner_kinds = models.JSONField(_("kinds of partners sought"), default=list, blank=True)
    partner_roles = models.TextField(_("roles of the partners sought"), blank=True, **limited(SHORT_TEXT))
    partners_wanted = models.PositiveSmallIntegerField(_("number of partners sought"), null=True, blank=True)
    eoi_deadline = models.DateField(_("deadline for expressions of interest"), null=True, blank=True)
    visibility = models.CharField(
        _("visible to"), max_length=20, choices=Visibility.choices, default=Visibility.MEMBERS
    )

    objects = ProjectIdeaQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        # Every idea list is newest first; search indexes (PostgreSQL only) are in migration 0005.
        indexes = [
            models.Index(fields=["-created_at", "-id"], name="projects_idea_newest_idx"),
            models.Index(fields=["phase", "-created_at"], name="projects_idea_phase_idx"),
            # The Members Area home's ideas looking for partners, nearest deadline first.
            models.Index(
                fields=["eoi_deadline", "-created_at", "-id"],
                condition=Q(phase__in=PHASES_OPEN_TO_INTEREST),
                name="projects_idea_open_eoi_idx",
            ),
            models.Index(fields=["target_programme", "-created_at"], name="projects_idea_programme_idx"),
            # Covering (PostgreSQL): the dashboard counts a period's ideas per lead and per tag from
            # the index alone (issue 16: 50,000 wide rows with their search vectors).
            models.Index(fields=["created_at"], include=["id", "lead"], name="projects_idea_created_idx"),
        ]
        verbose_name = _("project idea")
        verbose_name_plural = _("project ideas")

    def __str__(self) -> str:
        return self.title

    @property
    def programme_name(self) -> str:
        if self.target_programme == Programme.OTHER and self.target_programme_other:
            return self.target_programme_other
        return self.get_target_programme_display()

    def shown_language(self) -> str:
        """The language the title and summary are shown in (the reader's, else a fallback)."""
        for code in (get_language(), *settings.MODELTRANSLATION_FALLBACK_LANGUAGES):
            if code and getattr(self, f"title_{code}", None):
                return code
        return self.original_language

    def partner_country_names(self) -> list[str]:
        return [str(Country(code).label) for code in self.partner_countries if code in Country.values]

    def partner_kind_names(self) -> list[str]:
        kinds = OrganisationKind
        return [str(kinds(kind).label) for kind in self.partner_kinds if kind in kinds.values]

    def interest_deadline_passed(self, on=None) -> bool:
        on = on or timezone.localdate()
        return self.eoi_deadline is not None and self.eoi_deadline < on

    @property
    def is_open_for_interest(self) -> bool:
        return self.phase in PHASES_OPEN_TO_INTEREST and not self.interest_deadline_passed()


class IdeaPhaseChange(AppendOnlyModel):
    """Append-only: every phase an idea entered, who moved it and when."""

    idea = models.ForeignKey(
        ProjectIdea, on_delete=models.PROTECT, related_name="phase_changes", verbose_name=_("project idea")
    )
    from_phase = models.CharField(_("from phase"), max_length=20, choices=PcmPhase.choices, blank=True)
    to_phase = models.CharField(_("to phase"), max_length=20, choices=PcmPhase.choices)
    changed_by = acting_user(_("changed by"))
    changed_at = models.DateTimeField(_("changed at"), default=timezone.now)
    note = models.CharField(_("note"), max_length=300, blank=True)

    class Meta:
        ordering = ["changed_at", "pk"]
        verbose_name = _("phase change")
        verbose_name_plural = _("phase changes")

    def __str__(self) -> str:
        return f"{self.idea_id}: {self.from_phase or '-'} → {self.to_phase}"
