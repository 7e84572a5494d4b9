"""The applicant's side: start, fill in step by step (a draft saved at every step), submit, follow."""

from django.contrib import messages
from django.db import transaction
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from sern_portal.permissions import permission_required

from ..forms import (
    AmendmentNoteForm,
    ContactFormSet,
    DocumentsStepForm,
    InterestsStepForm,
    OrganisationStepForm,
    PeopleStepForm,
)
from ..models import ApplicationState, FeeBand, MembershipApplication
from ..services.applications import resubmit_or_submit, start_application, transition
from ..services.errors import TransitionRefused
from ..services.meetings import next_open_meeting
from .helpers import application_from_url, refused, serve_private_file

STEPS = [
    ("organisation", gettext_lazy("Organisation")),
    ("people", gettext_lazy("Legal representative and contacts")),
    ("interests", gettext_lazy("Priorities and presentation letter")),
    ("documents", gettext_lazy("Signed form and consent")),
    ("review", gettext_lazy("Review and submit")),
]
STEP_NAMES = [name for name, _label in STEPS]
# States in which the secretariat checks the application before it goes on a meeting's agenda.
WAITING_FOR_THE_SECRETARIAT = {ApplicationState.SUBMITTED, ApplicationState.AMENDED}


def applicable_fee(application: MembershipApplication):
    return FeeBand.objects.applicable(
        timezone.localdate().year,
        application.is_public,
        application.inhabitants,
        application.employees,
        application.annual_budget_eur,
    )


@permission_required("members.apply")
def start(request):
    """Lists the user's applications; POST opens the one in progress or a new draft."""
    if request.method == "POST":
        application = start_application(request.user)
        if application.is_editable:
            return redirect("application_step", application.pk, STEP_NAMES[0])
        return redirect("application_detail", application.pk)
    applications = MembershipApplication.objects.filter(applicant=request.user).select_related("meeting")
    return render(request, "members/applications/start.html", {"applications": applications})


def step_forms(step: str, application: MembershipApplication, data=None, files=None) -> dict:
    if step == "organisation":
        return {"form": OrganisationStepForm(data, instance=application)}
    if step == "people":
        return {
            "form": PeopleStepForm(data, instance=application),
            "formset": ContactFormSet(data, instance=application, prefix="contacts"),
        }
    if step == "interests":
        return {"form": InterestsStepForm(data, instance=application)}
    if step == "documents":
        initial = {"consent": application.consent}
        return {
            "form": DocumentsStepForm(data, files, initial=initial, has_file=bool(application.signed_form))
        }
    return {}


def changed_in_step(step: str, forms: dict) -> set[str]:
    """The application's fields this step changes (for the secretariat, after a request)."""
    form = forms["form"]
    changed = {name for name in form.changed_data if name not in ("applicant_name", "consent")}
    formset = forms.get("formset")
    if formset is not None and formset.has_changed():
        changed.add("contacts")
    return changed


def save_step(step: str, application: MembershipApplication, forms: dict) -> None:
    """Stores one valid step of the draft (the view decides; forms only validate)."""
    with transaction.atomic():
        if application.state == ApplicationState.MORE_INFORMATION_REQUESTED:
            changed = set(application.changed_fields) | changed_in_step(step, forms)
            application.changed_fields = sorted(changed)
            MembershipApplication.objects.filter(pk=application.pk).update(
                changed_fields=application.changed_fields
            )
        if step == "documents":
            form = forms["form"]
            application.consent = form.cleaned_data["consent"]
            application.save(update_fields=["consent"])
        else:
            forms["form"].save()
            if "formset" in forms:
                forms["formset"].save()
            if step == "people":  # the applicant's own name, shown to the secretariat
                applicant = application.applicant
                applicant.name = forms["form"].cleaned_data["applicant_name"]
                applicant.save(update_fields=["name"])


def keep_valid_upload(application: MembershipApplication, form: DocumentsStepForm) -> bool:
    """A valid PDF is stored even when another field of the step is wrong: nothing is lost."""
    upload = form.cleaned_data.get("signed_form") if hasattr(form, "cleaned_data") else None
    if upload and "signed_form" not in form.errors:
        if application.signed_form:
            application.signed_form.delete(save=False)
        application.signed_form.save("signed-form.pdf", upload, save=False)
        application.save(update_fields=["signed_form"])
        return True
    return False


@permission_required("members.edit_application", get_object=application_from_url)
def step(request, pk: int, step: str):
    application = request.application
    if step not in STEP_NAMES:
        raise Http404
    index = STEP_NAMES.index(step)
    forms = step_forms(step, application)
    if request.method == "POST" and step != "review":
        forms = step_forms(step, application, request.POST, request.FILES)
        valid = all(f.is_valid() for f in forms.values())
        if step == "documents":
            keep_valid_upload(application, forms["form"])
            forms["form"].has_file = bool(application.signed_form)
        if valid:
            save_step(step, application, forms)
            if "leave" in request.POST:
                messages.success(request, _("Your draft has been saved. You can come back at any time."))
                return redirect("application_detail", application.pk)
            return redirect("application_step", application.pk, STEP_NAMES[index + 1])
        messages.error(request, _("Please correct the fields marked below. Nothing you entered is lost."))
    context = {
        "application": application,
        "steps": STEPS,
        "step": step,
        "step_label": STEPS[index][1],
        "step_number": index + 1,
        "previous_step": STEP_NAMES[index - 1] if index else None,
        **forms,
    }
    if step == "review":
        context["fee"] = applicable_fee(application)
        context["missing"] = application.missing_parts()
        if application.state == ApplicationState.MORE_INFORMATION_REQUESTED:
            context["note_form"] = AmendmentNoteForm()
    return render(request, "members/applications/step.html", context)


@require_POST
@permission_required("members.view_application", get_object=application_from_url)
def submit(request, pk: int):
    """Submits a draft (or an amendment); a repeated click makes no second submission."""
    application = request.application
    if application.applicant_id != request.user.pk:
        refused(request, _("You are not allowed to make this change."))
        return redirect("application_detail", pk)
    note = ""
    if application.state == ApplicationState.MORE_INFORMATION_REQUESTED:
        note_form = AmendmentNoteForm(request.POST)
        if not note_form.is_valid():
            refused(request, _("Please tell the secretariat what you changed."))
            return redirect("application_step", pk, "review")
        note = note_form.cleaned_data["note"]
    try:
        _event, done = resubmit_or_submit(application, request.user, note=note)
    except TransitionRefused as error:
        refused(request, error)
        if application.is_editable:
            return redirect("application_step", pk, "review")
        return redirect("application_detail", pk)
    if done:
        messages.success(request, _("Thank you: your application has been sent to the secretariat."))
    else:
        messages.info(request, _("Your application had already been sent: nothing was sent twice."))
    return redirect("application_detail", pk)


@permission_required("members.withdraw_application", get_object=application_from_url)
def withdraw(request, pk: int):
    """GET asks for confirmation (works without JavaScript); POST withdraws."""
    if request.method != "POST":
        return render(request, "members/applications/withdraw.html", {"application": request.application})
    try:
        transition(request.application, ApplicationState.WITHDRAWN, request.user)
        messages.success(request, _("Your application has been withdrawn."))
    except TransitionRefused as error:
        refused(request, error)
    return redirect("application_detail", pk)


@permission_required("members.view_application", get_object=application_from_url)
def detail(request, pk: int):
    application = request.application
    events = application.events.select_related("actor", "on_behalf_of", "meeting")
    return render(
        request,
        "members/applications/detail.html",
        {
            "application": application,
            "events": events,
            "contacts": application.contacts.all(),
            "fee": applicable_fee(application),
            "is_applicant": application.applicant_id == request.user.pk,
            "steps": STEPS,
            "reachable_meeting": next_open_meeting()
            if application.state in WAITING_FOR_THE_SECRETARIAT
            else None,
        },
    )


@permission_required("members.view_application", get_object=application_from_url)
def signed_form(request, pk: int):
    return serve_private_file(request.application.signed_form, f"application-{pk}-signed-form.pdf")
