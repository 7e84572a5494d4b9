"""Membership applications, their contact persons and the append-only record of transitions."""

from django.conf import settings
from django.core.validators import MaxValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from sern_portal.append_only import AppendOnlyModel
from sern_portal.limits import LONG_TEXT, SHORT_TEXT, limited

from .organisations import Country, OrganisationKind


class ApplicationState(models.TextChoices):
    DRAFT = "draft", _("Draft")
    # "application state": an application is feminine in Italian (la domanda: presentata,
    # approvata, respinta), where a project outcome is masculine (il progetto: approvato).
    SUBMITTED = "submitted", pgettext_lazy("application state", "Submitted")
    MORE_INFORMATION_REQUESTED = "more_information_requested", _("More information requested")
    AMENDED = "amended", _("Amended")
    READY = "ready", _("Ready for the Board")
    APPROVED = "approved", pgettext_lazy("application state", "Approved")
    REJECTED = "rejected", pgettext_lazy("application state", "Rejected")
    DEFERRED = "deferred", _("Deferred to the next meeting")
    WITHDRAWN = "withdrawn", _("Withdrawn")


# States in which the applicant can change the application.
EDITABLE_STATES = {ApplicationState.DRAFT, ApplicationState.MORE_INFORMATION_REQUESTED}
# States in which the application is on a meeting's agenda, awaiting the Board's decision.
AWAITING_DECISION_STATES = {ApplicationState.READY, ApplicationState.DEFERRED}
FINAL_STATES = {ApplicationState.APPROVED, ApplicationState.REJECTED, ApplicationState.WITHDRAWN}


def signed_form_path(instance, filename: str) -> str:
    # The applicant's file name is never used: it could be anything.
    return f"applications/{timezone.now():%Y}/{instance.pk or 'new'}-{timezone.now():%H%M%S%f}.pdf"


class MembershipApplication(models.Model):
    applicant = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="applications",
        verbose_name=_("applicant"),
    )
    state = models.CharField(
        _("state"), max_length=30, choices=ApplicationState.choices, default=ApplicationState.DRAFT
    )
    # The organisation
    name = models.CharField(_("name of the organisation"), max_length=250, blank=True)
    kind = models.CharField(_("kind"), max_length=30, choices=OrganisationKind.choices, blank=True)
    is_public = models.BooleanField(_("public authority"), default=True)
    country = models.CharField(_("country"), max_length=2, choices=Country.choices, blank=True)
    region = models.CharField(_("region"), max_length=120, blank=True)
    town = models.CharField(_("town"), max_length=120, blank=True)
    # Bounded by what an organisation can have, not by the database's integer: a typo of many
    # digits was refused with PostgreSQL's or SQLite's limit (2147483647, 9223372036854775807).
    inhabitants = models.PositiveIntegerField(
        _("inhabitants"), null=True, blank=True, validators=[MaxValueValidator(100_000_000)]
    )
    employees = models.PositiveIntegerField(
        _("employees"), null=True, blank=True, validators=[MaxValueValidator(10_000_000)]
    )
    annual_budget_eur = models.DecimalField(
        _("annual budget (EUR)"), max_digits=14, decimal_places=2, null=True, blank=True
    )
    website = models.URLField(_("website"), blank=True)
    address = models.TextField(_("address"), blank=True, **limited(SHORT_TEXT))
    # The legal representative, who signs the application form
    legal_representative_name = models.CharField(_("legal representative's name"), max_length=200, blank=True)
    legal_representative_role = models.CharField(_("legal representative's role"), max_length=200, blank=True)
    legal_representative_email = models.EmailField(_("legal representative's e-mail"), blank=True)
    priorities = models.ManyToManyField(
        "strategy.Priority", blank=True, related_name="+", verbose_name=_("strategy priorities of interest")
    )
    presentation_letter = models.TextField(
        _("presentation letter to the Board chair"), blank=True, **limited(LONG_TEXT)
    )
    signed_form = models.FileField(_("signed application form (PDF)"), upload_to=signed_form_path, blank=True)
    consent = models.BooleanField(_("consent to data processing"), default=False)
    # The Board
    meeting = models.ForeignKey(
        "members.BoardMeeting",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="applications",
        verbose_name=_("Board meeting"),
    )
    organisation = models.ForeignKey(
        "members.Organisation",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="applications",
        verbose_name=_("member organisation"),
    )
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    submitted_at = models.DateTimeField(_("submitted at"), null=True, blank=True)
    # The fields the applicant changed since the secretariat asked for more information: the desk
    # shows them with the amended application (emptied by each new request).
    changed_fields = models.JSONField(_("changed since the last request"), default=list, blank=True)
    # Rejected and withdrawn applications keep their decision, not the people's data in them
    # (SERN_APPLICATION_RETENTION_DAYS after the last change, or when the applicant is erased).
    personal_data_erased_at = models.DateTimeField(_("personal data erased at"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("membership application")
        verbose_name_plural = _("membership applications")
        constraints = [
            # A double click on "Apply" must not open two drafts that could both be submitted.
            models.UniqueConstraint(
                fields=["applicant"],
                condition=models.Q(state="draft"),
                name="one_draft_per_applicant",
            )
        ]

    def __str__(self) -> str:
        return self.name or f"#{self.pk}"

    @property
    def is_editable(self) -> bool:
        return self.state in EDITABLE_STATES

    def changed_field_labels(self) -> list[str]:
        """The changed fields as the secretariat reads them."""
        labels = []
        for name in self.changed_fields:
            if name == "contacts":
                labels.append(str(_("contact persons")))
            else:
                try:
                    labels.append(str(self._meta.get_field(name).verbose_name))
                except models.FieldDoesNotExist:
                    continue
        return labels

    def missing_parts(self) -> list[str]:
        """What must still be filled in before the application can be submitted."""
        missing = []
        if not (self.name and self.kind and self.country and self.town):
            missing.append(str(_("the organisation")))
        if not (
            self.legal_representative_name
            and self.legal_representative_email
            and self.pk
            and self.contacts.exists()
        ):
            missing.append(str(_("the legal representative and contact persons")))
        if not self.presentation_letter:
            missing.append(str(_("the presentation letter")))
        if not (self.signed_form and self.consent):
            missing.append(str(_("the signed form and consent")))
        return missing


class ApplicationContact(models.Model):
    """A contact person named in the application; becomes a Member contact on approval."""

    application = models.ForeignKey(
        MembershipApplication,
        on_delete=models.CASCADE,
        related_name="contacts",
        verbose_name=_("application"),
    )
    name = models.CharField(_("name"), max_length=200)
    email = models.EmailField(_("e-mail"))
    job_title = models.CharField(_("job title"), max_length=200, blank=True)

    class Meta:
        ordering = ["pk"]
        verbose_name = _("contact person")
        verbose_name_plural = _("contact persons")

    def __str__(self) -> str:
        return f"{self.name} <{self.email}>"


class ApplicationEvent(AppendOnlyModel):
    """One transition of an application (and every Board decision): append-only, never changed."""

    application = models.ForeignKey(
        MembershipApplication, on_delete=models.PROTECT, related_name="events", verbose_name=_("application")
    )
    from_state = models.CharField(_("from"), max_length=30, choices=ApplicationState.choices)
    to_state = models.CharField(_("to"), max_length=30, choices=ApplicationState.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name=_("by")
    )
    on_behalf_of = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("on behalf of"),
    )
    comment = models.TextField(_("comment"), blank=True, **limited(SHORT_TEXT))
    meeting = models.ForeignKey(
        "members.BoardMeeting",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="events",
        verbose_name=_("Board meeting"),
    )
    created_at = models.DateTimeField(_("when"), default=timezone.now)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("application event")
        verbose_name_plural = _("application events")

    def __str__(self) -> str:
        return f"{self.application}: {self.from_state} → {self.to_state}"
