"""Mailings: a message the secretariat writes once (per language) and sends to an audience on a list.

- ``MailingList``: what a mailing goes out on. Optional lists can be left with one click;
  legal and governance lists (Board convocations, invoices, the yearly contact confirmation)
  cannot (``ListKind.REQUIRED``). The standard lists are ``STANDARD_LISTS`` below; each working
  group has its own optional list.
- ``ListOptOut``: a person who left an optional list (absent = subscribed).
- ``Mailing``: subject and body per language (modeltranslation), the audience, its state.
- ``MailingDelivery``: the send log, one row per (mailing, recipient): the unique pair is what
  makes a double click, a retried task or a restarted worker send nobody twice.
- ``MailingStateChange``: the append-only log of the mailing's state changes.
"""

from typing import NamedTuple

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.functional import Promise
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from sern_portal.append_only import AppendOnlyModel
from sern_portal.limits import LONG_TEXT, limited


class ListKind(models.TextChoices):
    OPTIONAL = "optional", _("Optional: recipients can unsubscribe")
    REQUIRED = "required", _("Legal and governance: cannot be unsubscribed")


class StandardList(NamedTuple):
    slug: str
    kind: str
    name: Promise
    description: Promise


# Which lists are which. The weekly digest is not one of them: it is not written by the
# secretariat but built per person from their priorities, and its opt-out stays where it is
# (``User.receives_weekly_digest`` on "My account"); mapping it onto a list would give one
# preference two homes.
STANDARD_LISTS = [
    StandardList(
        "network-news",
        ListKind.OPTIONAL,
        _("Network news"),
        _("News from the network and its members, seminars and the General Assembly."),
    ),
    StandardList(
        "eu-calls",
        ListKind.OPTIONAL,
        _("EU calls and funding"),
        _("Calls for proposals and funding opportunities the secretariat recommends."),
    ),
    StandardList(
        "governance",
        ListKind.REQUIRED,
        _("Governance"),
        _(
            "Board convocations, General Assembly notices and the yearly confirmation of contact "
            "persons: the association must reach its members, so this list cannot be left."
        ),
    ),
    StandardList(
        "invoices",
        ListKind.REQUIRED,
        _("Invoices"),
        _("Membership fee invoices and reminders: legal mail, this list cannot be left."),
    ),
]
STANDARD_BY_SLUG = {item.slug: item for item in STANDARD_LISTS}


class MailingList(models.Model):
    """A list: a standard one (``STANDARD_LISTS``) or one per working group."""

    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    kind = models.CharField(_("kind"), max_length=20, choices=ListKind.choices, default=ListKind.OPTIONAL)
    working_group = models.OneToOneField(
        "workinggroups.WorkingGroup",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="mailing_list",
        verbose_name=_("working group"),
    )
    position = models.PositiveSmallIntegerField(_("position"), default=100)

    class Meta:
        ordering = ["position", "slug"]
        verbose_name = _("mailing list")
        verbose_name_plural = _("mailing lists")

    def __str__(self) -> str:
        return str(self.name)

    @property
    def name(self) -> str:
        if self.working_group_id:
            return self.working_group.name
        standard = STANDARD_BY_SLUG.get(self.slug)
        return str(standard.name) if standard else self.slug

    @property
    def description(self) -> str:
        if self.working_group_id:
            return gettext("Messages to the members of the working group “%(group)s”.") % {
                "group": self.working_group.name
            }
        standard = STANDARD_BY_SLUG.get(self.slug)
        return str(standard.description) if standard else ""

    @property
    def can_unsubscribe(self) -> bool:
        return self.kind == ListKind.OPTIONAL


class ListOptOut(models.Model):
    """A person who left an optional list; resubscribing deletes the row."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="mailing_opt_outs",
        verbose_name=_("user"),
    )
    mailing_list = models.ForeignKey(
        MailingList, on_delete=models.CASCADE, related_name="opt_outs", verbose_name=_("mailing list")
    )
    created_at = models.DateTimeField(_("unsubscribed at"), auto_now_add=True)

    class Meta:
        verbose_name = _("unsubscription")
        verbose_name_plural = _("unsubscriptions")
        constraints = [
            models.UniqueConstraint(fields=["user", "mailing_list"], name="one_opt_out_per_user_and_list")
        ]

    def __str__(self) -> str:
        return f"{self.user} · {self.mailing_list}"


class MailingState(models.TextChoices):
    DRAFT = "draft", _("Draft")
    SENDING = "sending", _("Sending")
    SENT = "sent", _("Sent")


class Mailing(models.Model):
    """One message to an audience on a list, written in up to three languages.

    The audience: the contact persons of member organisations (``to_member_contacts``), narrowed
    by every filter that is set (contact roles, priorities, countries, working groups: within a
    filter any value matches, across filters all must), and/or the Board (``to_board``).
    """

    mailing_list = models.ForeignKey(
        MailingList, on_delete=models.PROTECT, related_name="mailings", verbose_name=_("list")
    )
    subject = models.CharField(_("subject"), max_length=200, blank=True)
    body = models.TextField(_("text"), blank=True, **limited(LONG_TEXT))
    to_member_contacts = models.BooleanField(_("contact persons of members"), default=True)
    roles = models.JSONField(_("contact roles"), default=list, blank=True)
    countries = models.JSONField(_("countries"), default=list, blank=True)
    priorities = models.ManyToManyField(
        "strategy.Priority", blank=True, related_name="mailings", verbose_name=_("priorities")
    )
    working_groups = models.ManyToManyField(
        "workinggroups.WorkingGroup", blank=True, related_name="mailings", verbose_name=_("working groups")
    )
    to_board = models.BooleanField(_("the Board"), default=False)
    state = models.CharField(_("state"), max_length=20, choices=MailingState.choices, default="draft")
    total = models.PositiveIntegerField(_("recipients"), default=0)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("written by"),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    queued_at = models.DateTimeField(_("sent at"), null=True, blank=True)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("mailing")
        verbose_name_plural = _("mailings")

    def __str__(self) -> str:
        return self.subject or f"#{self.pk}"


class MailingStateChange(AppendOnlyModel):
    mailing = models.ForeignKey(Mailing, on_delete=models.CASCADE, related_name="state_changes")
    from_state = models.CharField(_("from"), max_length=20, choices=MailingState.choices)
    to_state = models.CharField(_("to"), max_length=20, choices=MailingState.choices)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    changed_at = models.DateTimeField(_("changed at"), auto_now_add=True)

    class Meta:
        ordering = ["changed_at", "pk"]
        verbose_name = _("mailing state change")
        verbose_name_plural = _("mailing state changes")


class DeliveryState(models.TextChoices):
    QUEUED = "queued", _("Queued")
    SENDING = "sending", _("Being sent")
    SENT = "sent", _("Sent")
    FAILED = "failed", _("Failed")
    BOUNCED = "bounced", _("Bounced")
    # The worker stopped (killed, crashed) while sending this one: the mail server may or may not
    # have taken it, so it is neither re-sent (a double) nor called sent.
    IN_DOUBT = "in_doubt", _("Perhaps not sent")


class MailingDelivery(models.Model):
    """The send log: one row per recipient of a mailing (a state row, not append-only: it moves
    from queued through sending to sent, failed or bounced, each by a conditional UPDATE)."""

    mailing = models.ForeignKey(
        Mailing, on_delete=models.CASCADE, related_name="deliveries", verbose_name=_("mailing")
    )
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="mailing_deliveries",
        verbose_name=_("recipient"),
    )
    state = models.CharField(_("state"), max_length=20, choices=DeliveryState.choices, default="queued")
    language = models.CharField(_("language"), max_length=5, blank=True)
    claim = models.CharField(max_length=36, blank=True)
    claimed_at = models.DateTimeField(null=True, blank=True)
    error = models.CharField(_("error"), max_length=500, blank=True)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)
    bounced_at = models.DateTimeField(_("bounced at"), null=True, blank=True)

    class Meta:
        ordering = ["mailing", "pk"]
        verbose_name = _("delivery")
        verbose_name_plural = _("deliveries")
        constraints = [
            models.UniqueConstraint(fields=["mailing", "recipient"], name="one_delivery_per_recipient")
        ]
        indexes = [models.Index(fields=["mailing", "state"], name="delivery_by_state")]

    def __str__(self) -> str:
        return f"{self.mailing} → {self.recipient}"


SENT_OR_LATER = Q(state__in=[DeliveryState.SENT, DeliveryState.BOUNCED])
