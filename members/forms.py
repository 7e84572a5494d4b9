import re
from decimal import Decimal

from django import forms
from django.conf import settings
from django.forms import inlineformset_factory
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from pypdf import PdfReader
from pypdf.errors import PyPdfError
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject

from information.forms import https_urls
from sern_portal.limits import SHORT_TEXT
from strategy.models import Priority

from .models import (
    ApplicationContact,
    BoardMeeting,
    ExpertiseArea,
    MembershipApplication,
    Organisation,
    OrganisationKind,
    Position,
    StaffExpert,
    User,
)

EXECUTABLE_SIGNATURES = (b"MZ", b"\x7fELF", b"\xca\xfe\xba\xbe", b"\xcf\xfa\xed\xfe", b"#!")
# PDF names that run something when the file is opened or clicked, or carry other files. The signed
# form is read by the secretariat and the Board: it has no business doing any of that.
ACTIVE_PDF_NAMES = {"/JS", "/JavaScript", "/OpenAction", "/AA", "/Launch", "/EmbeddedFile", "/EmbeddedFiles"}
ACTIVE_PDF_BYTES = re.compile(rb"/(JS|JavaScript|OpenAction|AA|Launch|EmbeddedFiles?)(?![A-Za-z0-9])")
MAX_PDF_OBJECTS = 50_000


STREAM_CONTENT = re.compile(rb"stream\r?\n.*?endstream", re.DOTALL)


def contains_active_names(upload) -> bool:
    """The raw bytes, streams left out (compressed data matches anything), name an active feature.

    A second look besides the parsed walk, for objects a lenient parser might skip but a viewer reads.
    """
    upload.seek(0)
    data = STREAM_CONTENT.sub(b"", upload.read())
    upload.seek(0)
    return ACTIVE_PDF_BYTES.search(data) is not None


def has_active_content(reader: PdfReader) -> bool:
    """Walks every object reachable from the trailer (names decoded, object streams read)."""
    seen: set[tuple[int, int]] = set()
    stack = [reader.trailer]
    while stack:
        item = stack.pop()
        if isinstance(item, IndirectObject):
            key = (item.idnum, item.generation)
            if key in seen:
                continue
            seen.add(key)
            if len(seen) > MAX_PDF_OBJECTS:
                return True  # too intricate to vouch for: refused
            item = item.get_object()
        if isinstance(item, DictionaryObject):
            if ACTIVE_PDF_NAMES.intersection(str(key) for key in item):
                return True
            if item.get("/S") in ("/JavaScript", "/Launch"):
                return True
            # Raw values (references unresolved), so each object is visited once; /Parent goes back up.
            stack.extend(value for key, value in dict.items(item) if key != "/Parent")
        elif isinstance(item, ArrayObject):
            stack.extend(list.__iter__(item))
    return False


class AccountPreferencesForm(forms.ModelForm):
    class Meta:
        model = User
        fields = ["name", "language", "receives_weekly_digest"]


class OrganisationProfileForm(forms.ModelForm):
    """What a member tells the others about itself (the description in each language)."""

    priorities = forms.ModelMultipleChoiceField(
        Priority.objects.order_by("order"),
        widget=forms.CheckboxSelectMultiple,
        required=False,
        label=_("Priorities"),
    )

    class Meta:
        model = Organisation
        formfield_callback = https_urls
        fields = ["description_en", "description_sv", "description_it", "priorities", "website", "address"]


class StaffExpertForm(forms.ModelForm):
    areas = forms.ModelMultipleChoiceField(
        ExpertiseArea.objects.all(), widget=forms.CheckboxSelectMultiple, label=_("Expertise areas")
    )
    consent = forms.BooleanField(
        required=False,
        label=_("This person has agreed to be listed in the pool of expertise"),
        help_text=_("Without consent, the person is not shown to other members."),
    )

    class Meta:
        model = StaffExpert
        fields = ["name", "job_title", "email", "areas"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["consent"].initial = self.instance.has_consented


StaffExpertFormSet = forms.inlineformset_factory(
    Organisation, StaffExpert, form=StaffExpertForm, extra=1, can_delete=True
)


class FeeCalculatorForm(forms.Form):
    """The public fee calculator on "Become a member" (a GET form: works without JavaScript)."""

    kind = forms.ChoiceField(label=_("Kind of organisation"), choices=OrganisationKind.choices)
    size = forms.IntegerField(
        label=_("Inhabitants (public authorities) or employees (other organisations)"), min_value=0
    )
    annual_budget_eur = forms.DecimalField(
        label=_("Annual budget in EUR (other organisations)"), min_value=Decimal(0), required=False
    )

    def figures(self) -> dict:
        data = self.cleaned_data
        is_public = data["kind"] in OrganisationKind.public_kinds()
        return {
            "is_public": is_public,
            "inhabitants": data["size"] if is_public else None,
            "employees": None if is_public else data["size"],
            "annual_budget_eur": None if is_public else data.get("annual_budget_eur"),
        }


def validate_signed_form(upload) -> None:
    """A PDF by its content (not its name), at most 10 MB, readable, and without active content."""
    check_signed_form(upload)


def check_signed_form(upload) -> None:
    """A PDF by its content (not its name), at most 10 MB, and readable as a PDF."""
    limit = settings.SERN_MAX_UPLOAD_BYTES
    if upload.size > limit:
        raise forms.ValidationError(
            _("The file is %(size)s: the signed form may be at most %(limit)s.")
            % {"size": filesizeformat(upload.size), "limit": filesizeformat(limit)}
        )
    upload.seek(0)
    head = upload.read(1024)
    upload.seek(0)
    if head.startswith(EXECUTABLE_SIGNATURES):
        raise forms.ValidationError(
            _("This file is a program, not a PDF document. Please upload the signed PDF.")
        )
    if not head.startswith(b"%PDF-"):
        raise forms.ValidationError(
            _("This file is not a PDF document. Please upload the signed form as a PDF.")
        )
    try:
        reader = PdfReader(upload)
        pages = len(reader.pages)
        active = pages > 0 and has_active_content(reader)
    except (PyPdfError, ValueError, OSError, KeyError, TypeError, RecursionError):
        pages, active = 0, False
    upload.seek(0)
    if pages < 1:
        raise forms.ValidationError(_("This PDF cannot be read: it may be damaged. Please save it again."))
    if active or contains_active_names(upload):
        raise forms.ValidationError(
            _(
                "This PDF contains scripts, automatic actions or embedded files, which we do not accept "
                "for safety. Please print it to a new PDF (or scan the signed paper form) and upload that."
            )
        )


class OrganisationStepForm(forms.ModelForm):
    """The organisation; its kind decides whether inhabitants or employees (and budget) apply."""

    required_css_class = "required"

    class Meta:
        model = MembershipApplication
        fields = [
            "name",
            "kind",
            "country",
            "region",
            "town",
            "inhabitants",
            "employees",
            "annual_budget_eur",
            "website",
            "address",
        ]
        widgets = {"address": forms.Textarea(attrs={"rows": 3})}
        help_texts = {
            "inhabitants": _("For a region, province, municipality or other public body."),
            "employees": _("For other organisations: the number of employees or the annual budget."),
            "annual_budget_eur": _("For other organisations."),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("name", "kind", "country", "town"):
            self.fields[name].required = True

    def clean(self):
        data = super().clean()
        kind = data.get("kind")
        if not kind:
            return data
        # Whether the organisation is a public authority follows from its kind (never a separate
        # box that could contradict it), and so does which size figure is asked.
        is_public = kind in OrganisationKind.public_kinds()
        self.instance.is_public = is_public
        if is_public:
            if not data.get("inhabitants"):
                self.add_error("inhabitants", _("A public authority gives its number of inhabitants."))
            data["employees"] = data["annual_budget_eur"] = None
        else:
            if not data.get("employees") and not data.get("annual_budget_eur"):
                self.add_error("employees", _("Give the number of employees or the annual budget."))
            data["inhabitants"] = None
        return data


class PeopleStepForm(forms.ModelForm):
    required_css_class = "required"

    applicant_name = forms.CharField(
        label=_("Your name"),
        max_length=200,
        help_text=_("You fill in this application: the secretariat will know whom to contact."),
    )

    class Meta:
        model = MembershipApplication
        fields = ["legal_representative_name", "legal_representative_role", "legal_representative_email"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            field.required = True
        self.order_fields(["applicant_name"])
        self.fields["applicant_name"].initial = self.instance.applicant.name if self.instance.pk else ""


ContactFormSet = inlineformset_factory(
    MembershipApplication,
    ApplicationContact,
    fields=["name", "email", "job_title"],
    extra=2,
    min_num=1,
    validate_min=True,
    max_num=5,
    can_delete=True,
)


class InterestsStepForm(forms.ModelForm):
    required_css_class = "required"

    priorities = forms.ModelMultipleChoiceField(
        label=_("Strategy priorities of interest"),
        queryset=Priority.objects.all(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )

    class Meta:
        model = MembershipApplication
        fields = ["priorities", "presentation_letter"]
        widgets = {"presentation_letter": forms.Textarea(attrs={"rows": 10})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["presentation_letter"].required = True


class DocumentsStepForm(forms.Form):
    required_css_class = "required"

    signed_form = forms.FileField(
        label=_("Signed application form (PDF, at most 10 MB)"),
        required=False,
        widget=forms.FileInput(attrs={"accept": "application/pdf"}),
    )
    consent = forms.BooleanField(
        label=_("I agree that SERN processes these data to handle the application and the membership."),
        required=True,
    )

    def __init__(self, *args, has_file: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        self.has_file = has_file

    def clean_signed_form(self):
        upload = self.cleaned_data.get("signed_form")
        if upload:
            validate_signed_form(upload)
        elif not self.has_file:
            raise forms.ValidationError(
                _("Please upload the application form signed by the legal representative.")
            )
        return upload


class AmendmentNoteForm(forms.Form):
    note = forms.CharField(
        label=_("What did you change? (the secretariat reads this)"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=2000,
    )


class CommentForm(forms.Form):
    comment = forms.CharField(
        label=_("Comment"), widget=forms.Textarea(attrs={"rows": 3}), required=False, max_length=SHORT_TEXT
    )


class MakeReadyForm(forms.Form):
    meeting = forms.ModelChoiceField(
        label=_("Board meeting"),
        queryset=BoardMeeting.objects.none(),
        required=False,
        empty_label=_("The next meeting whose agenda is open"),
    )

    def __init__(self, *args, meetings=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["meeting"].queryset = meetings if meetings is not None else BoardMeeting.objects.none()


class PositionForm(forms.Form):
    position = forms.ChoiceField(label=_("Your position"), choices=Position.choices, widget=forms.RadioSelect)
    comment = forms.CharField(
        label=_("Comment"), widget=forms.Textarea(attrs={"rows": 2}), required=False, max_length=SHORT_TEXT
    )


class DecisionForm(forms.Form):
    decision = forms.ChoiceField(
        label=_("The Board's decision"),
        choices=[("approved", _("Approve")), ("rejected", _("Reject")), ("deferred", _("Defer"))],
        widget=forms.RadioSelect,
    )
    comment = forms.CharField(
        label=_("Reason (required for a rejection or deferral)"),
        max_length=SHORT_TEXT,
        widget=forms.Textarea(attrs={"rows": 2}),
        required=False,
    )

    def clean(self):
        data = super().clean()
        if data.get("decision") in ("rejected", "deferred") and not data.get("comment", "").strip():
            self.add_error("comment", _("Please give a reason: the applicant will read it."))
        return data


class HeldForm(forms.Form):
    attendees = forms.ModelMultipleChoiceField(
        label=_("Attendees"),
        queryset=User.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )

    def __init__(self, *args, people=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["attendees"].queryset = people if people is not None else User.objects.none()


class DeleteAccountForm(forms.Form):
    """Erasing an account cannot be undone: the person confirms with the password (or, without
    one, by typing their e-mail address)."""

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        if user.has_usable_password():
            self.fields["password"] = forms.CharField(
                label=_("Your password"),
                widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
            )
        else:
            self.fields["confirmation"] = forms.CharField(
                label=_("Type your e-mail address to confirm"), max_length=254
            )

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(_("This is not your password."))
        return password

    def clean_confirmation(self):
        typed = self.cleaned_data["confirmation"].strip().lower()
        if typed != self.user.email.lower():
            raise forms.ValidationError(_("This is not the e-mail address of your account."))
        return typed
