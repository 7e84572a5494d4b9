"""The Strategy 2021–2027: the shared vocabulary that tags members, ideas, calls and news.

Texts people read are translated per field with django-modeltranslation (see translation.py);
the content is seeded from the strategy document by a data migration.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from sern_portal.identifiers import (
    validate_bic,
    validate_codice_fiscale,
    validate_iban,
    validate_italian_vat_number,
)
from sern_portal.limits import LONG_TEXT, limited


class OrderedByCode(models.Model):
    code = models.SlugField(_("code"), max_length=60, unique=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    name = models.CharField(_("name"), max_length=200)
    description = models.TextField(_("description"), blank=True, **limited(LONG_TEXT))

    class Meta:
        abstract = True
        ordering = ["order", "code"]

    def __str__(self) -> str:
        return self.name


class SustainableDevelopmentGoal(models.Model):
    number = models.PositiveSmallIntegerField(_("number"), unique=True)
    name = models.CharField(_("name"), max_length=200)

    class Meta:
        ordering = ["number"]
        verbose_name = _("UN Sustainable Development Goal")
        verbose_name_plural = _("UN Sustainable Development Goals")

    def __str__(self) -> str:
        return f"{self.number}. {self.name}"


class ThematicArea(OrderedByCode):
    sdgs = models.ManyToManyField(SustainableDevelopmentGoal, blank=True, verbose_name=_("SDGs"))

    class Meta(OrderedByCode.Meta):
        verbose_name = _("thematic area")
        verbose_name_plural = _("thematic areas")


class Priority(OrderedByCode):
    area = models.ForeignKey(
        ThematicArea, on_delete=models.PROTECT, related_name="priorities", verbose_name=_("thematic area")
    )
    sdgs = models.ManyToManyField(SustainableDevelopmentGoal, blank=True, verbose_name=_("SDGs"))

    class Meta(OrderedByCode.Meta):
        verbose_name = _("priority")
        verbose_name_plural = _("priorities")


class PriorityAction(models.Model):
    priority = models.ForeignKey(
        Priority, on_delete=models.CASCADE, related_name="actions", verbose_name=_("priority")
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    text = models.TextField(_("text"), **limited(LONG_TEXT))

    class Meta:
        ordering = ["priority", "order"]
        verbose_name = _("concrete action")
        verbose_name_plural = _("concrete actions")

    def __str__(self) -> str:
        return self.text[:80]


class TransversalPerspective(OrderedByCode):
    class Meta(OrderedByCode.Meta):
        verbose_name = _("transversal perspective")
        verbose_name_plural = _("transversal perspectives")


class ActivityArea(OrderedByCode):
    class Meta(OrderedByCode.Meta):
        verbose_name = _("activity area")
        verbose_name_plural = _("activity areas")


class MembershipStep(models.Model):
    order = models.PositiveSmallIntegerField(_("order"), unique=True)
    text = models.TextField(_("text"), **limited(LONG_TEXT))

    class Meta:
        ordering = ["order"]
        verbose_name = _("step to membership")
        verbose_name_plural = _("steps to membership")

    def __str__(self) -> str:
        return f"{self.order}. {self.text[:60]}"


class Award(models.Model):
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    text = models.TextField(_("text"), **limited(LONG_TEXT))

    class Meta:
        ordering = ["order"]
        verbose_name = _("award")
        verbose_name_plural = _("awards")

    def __str__(self) -> str:
        return self.text[:80]


class NetworkProfileManager(models.Manager):
    def current(self) -> "NetworkProfile | None":
        return self.order_by("pk").first()


class NetworkProfile(models.Model):
    """The network's own texts and contact details (one row, edited in the admin)."""

    name = models.CharField(_("name"), max_length=200)
    vision = models.TextField(_("vision"), **limited(LONG_TEXT))
    mission = models.TextField(_("mission"), **limited(LONG_TEXT))
    about = models.TextField(_("about the network"), **limited(LONG_TEXT))
    fees_explained = models.TextField(_("how fees are set"), **limited(LONG_TEXT))
    street = models.CharField(_("street"), max_length=200)
    postcode = models.CharField(_("postcode"), max_length=20)
    city = models.CharField(_("city"), max_length=100)
    country = models.CharField(_("country"), max_length=100)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=50, blank=True)
    # What invoices carry (billing): where to pay, and the association's Italian tax identifiers
    # (it is seated in Parma), without which no FatturaPA can be issued to an Italian public body.
    iban = models.CharField(_("IBAN"), max_length=42, blank=True, validators=[validate_iban])
    bic = models.CharField(_("BIC"), max_length=11, blank=True, validators=[validate_bic])
    bank = models.CharField(_("bank"), max_length=80, blank=True)
    vat_number = models.CharField(
        _("Italian VAT number (partita IVA)"),
        max_length=11,
        blank=True,
        validators=[validate_italian_vat_number],
        help_text=_("Needed to export invoices as FatturaPA for Italian public bodies."),
    )
    tax_code = models.CharField(
        _("codice fiscale"), max_length=16, blank=True, validators=[validate_codice_fiscale]
    )

    objects = NetworkProfileManager()

    class Meta:
        verbose_name = _("network profile")
        verbose_name_plural = _("network profile")

    def __str__(self) -> str:
        return self.name


class NetworkFiguresSnapshot(models.Model):
    """The network's public figures, recomputed by a task whenever the records behind them change.

    Kept as rows (not only in the cache) so the home page costs one query and the evaluation can
    show how the figures moved over time.
    """

    computed_at = models.DateTimeField(_("computed at"), auto_now_add=True, db_index=True)
    members = models.PositiveIntegerField(_("members"))
    members_italy = models.PositiveIntegerField(_("Italian members"))
    members_sweden = models.PositiveIntegerField(_("Swedish members"))
    public_authorities = models.PositiveIntegerField(_("public authorities"))
    projects_submitted = models.PositiveIntegerField(_("projects submitted"))
    projects_approved = models.PositiveIntegerField(_("projects approved"))
    participants = models.PositiveIntegerField(_("participants"))
    eu_grants_eur = models.DecimalField(_("EU grants (EUR)"), max_digits=14, decimal_places=2)

    class Meta:
        ordering = ["-computed_at", "-pk"]
        get_latest_by = ["computed_at", "pk"]
        verbose_name = _("network figures")
        verbose_name_plural = _("network figures")

    def __str__(self) -> str:
        return f"{self.computed_at:%Y-%m-%d %H:%M}"

    @property
    def approval_rate(self) -> float | None:
        if not self.projects_submitted:
            return None
        return self.projects_approved / self.projects_submitted


class AccessibilityFeedback(models.Model):
    """A message sent with the accessibility statement's form (no sign-in needed).

    Kept so the secretariat can answer and report on it; e-mailed to the secretariat by a task.
    No IP address is stored (the rate limit keeps a hash of it in the cache for an hour).
    """

    created_at = models.DateTimeField(_("received"), auto_now_add=True, db_index=True)
    name = models.CharField(_("name"), max_length=200, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    page = models.CharField(_("page concerned"), max_length=300, blank=True)
    message = models.TextField(_("message"), **limited(4000))
    language = models.CharField(_("language"), max_length=5, choices=settings.LANGUAGES)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("accessibility feedback")
        verbose_name_plural = _("accessibility feedback")

    def __str__(self) -> str:
        return f"{self.created_at:%Y-%m-%d} {self.name or self.email or '—'}"
