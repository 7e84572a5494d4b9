"""The desk's mailing form: validation only (the view calls services.mailings.save_draft)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from members.models import ContactRole, Country
from sern_portal.language_names import name_in_sentence
from strategy.models import Priority
from workinggroups.models import WorkingGroup

from .models import Mailing, MailingList

LANGUAGE_NAMES = {"en": _("English"), "sv": _("Swedish"), "it": _("Italian")}


class ListChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: MailingList) -> str:
        if obj.can_unsubscribe:
            return str(obj.name)
        return _("%(name)s (legal/governance: cannot be unsubscribed)") % {"name": obj.name}


class MailingForm(forms.ModelForm):
    mailing_list = ListChoiceField(
        label=_("List"),
        queryset=MailingList.objects.select_related("working_group"),
        help_text=_(
            "Recipients can leave optional lists with one click; legal and governance lists cannot be left."
        ),
    )
    roles = forms.MultipleChoiceField(
        label=_("Only contacts with one of these roles"),
        choices=ContactRole.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    countries = forms.MultipleChoiceField(
        label=_("Only contacts of members in these countries"),
        choices=Country.choices,
        required=False,
        widget=forms.SelectMultiple(attrs={"size": 6}),
    )
    priorities = forms.ModelMultipleChoiceField(
        label=_("Only contacts of members with one of these priorities"),
        queryset=Priority.objects.all(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    working_groups = forms.ModelMultipleChoiceField(
        label=_("Only contacts in one of these working groups"),
        queryset=WorkingGroup.objects.filter(is_active=True),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = Mailing
        fields = [
            "mailing_list",
            "subject_en",
            "body_en",
            "subject_sv",
            "body_sv",
            "subject_it",
            "body_it",
            "to_member_contacts",
            "roles",
            "countries",
            "priorities",
            "working_groups",
            "to_board",
        ]
        labels = {
            "to_member_contacts": _("Contact persons of member organisations"),
            "to_board": _("The Board (current Board members)"),
        }
        help_texts = {
            "to_member_contacts": _("Narrowed by the filters below: all of the filters you set must match."),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for code in LANGUAGE_NAMES:
            name = name_in_sentence(code)  # "Oggetto (inglese)", "Ämne (engelska)"
            self.fields[f"subject_{code}"].label = _("Subject (%(language)s)") % {"language": name}
            self.fields[f"body_{code}"].label = _("Text (%(language)s)") % {"language": name}
            self.fields[f"body_{code}"].help_text = _(
                "Plain text: blank lines separate paragraphs, web addresses become links."
            )
            self.fields[f"subject_{code}"].required = False
            self.fields[f"body_{code}"].required = False

    def clean(self):
        data = super().clean()
        written = 0
        for code in LANGUAGE_NAMES:
            subject = (data.get(f"subject_{code}") or "").strip()
            body = (data.get(f"body_{code}") or "").strip()
            if subject and not body:
                self.add_error(
                    f"body_{code}", _("Write the text in this language too, or leave its subject empty.")
                )
            elif body and not subject:
                self.add_error(
                    f"subject_{code}", _("Write the subject in this language too, or leave its text empty.")
                )
            elif subject:
                written += 1
        if not written and not self.errors:
            raise forms.ValidationError(_("Write a subject and a text in at least one language."))
        filters = (
            data.get("roles") or data.get("countries") or data.get("priorities") or data.get("working_groups")
        )
        if not data.get("to_member_contacts") and not data.get("to_board"):
            raise forms.ValidationError(
                _("Choose the recipients: contact persons of members, the Board, or both.")
            )
        if filters and not data.get("to_member_contacts"):
            self.add_error(
                "to_member_contacts", _("The filters narrow the contact persons: tick this box to use them.")
            )
        return data
