"""Every append-only record refuses to be changed or deleted, one row or in bulk."""

import pytest

from billing.models import Exemption, Payment, ReminderSent
from billing.models.invoices import ReminderStep
from events.models import RegistrationStatusChange
from events.services import register
from mailings.models import MailingStateChange
from members.models import (
    ApplicationEvent,
    AuditAction,
    AuditEntry,
    ConvocationSend,
    ErasureRecord,
    MembershipApplication,
    MembershipEnd,
    MinutesChange,
    OrganisationNote,
    ProcedureResult,
    ProcedureVoteLog,
)
from projects.models import (
    IdeaPhaseChange,
    InterestStatusChange,
    OutcomeChange,
    ProjectRecordChange,
    RecordChangeKind,
    SuggestionDismissal,
)
from sern_portal.append_only import AppendOnlyError, AppendOnlyModel
from tests.billing.helpers import make_invoice
from tests.factories import (
    EventFactory,
    ExpressionOfInterestFactory,
    OrganisationFactory,
    ProjectIdeaFactory,
    ProjectRecordFactory,
)


def make_application_event(user):
    application = MembershipApplication.objects.create(applicant=user)
    return ApplicationEvent.objects.create(
        application=application, from_state="draft", to_state="submitted", actor=user
    )


def make_phase_change(user):
    return IdeaPhaseChange.objects.create(
        idea=ProjectIdeaFactory(), to_phase="identification", changed_by=user
    )


def make_status_change(user):
    return InterestStatusChange.objects.create(
        interest=ExpressionOfInterestFactory(), to_status="pending", changed_by=user
    )


def make_dismissal(user):
    return SuggestionDismissal.objects.create(
        idea=ProjectIdeaFactory(), organisation=OrganisationFactory(), by=user
    )


def make_outcome_change(user):
    return OutcomeChange.objects.create(
        record=ProjectRecordFactory(), from_outcome="pending", to_outcome="approved", changed_by=user
    )


def make_registration_change(user):
    return register(EventFactory(capacity=5), user).status_changes.get()


def make_audit_entry(user):
    return AuditEntry.objects.create(actor=user, action=AuditAction.ROLE_GRANTED, target_label="Board seat")


def make_erasure_record(user):
    return ErasureRecord.objects.create(kind="account", subject_id=7, by=user)


def make_convocation_send(user):
    from members.models import BoardMeeting

    meeting = BoardMeeting.objects.create(date="2031-02-20")
    return ConvocationSend.objects.create(meeting=meeting, round=1, kind="sent", sent_by=user)


def make_minutes_change(user):
    from members.models import BoardMeeting, Minutes

    minutes = Minutes.objects.create(meeting=BoardMeeting.objects.create(date="2031-05-15"), text="Text")
    return MinutesChange.objects.create(
        minutes=minutes, from_state="draft", to_state="circulated", changed_by=user
    )


def _procedure(user):
    import datetime

    from django.utils import timezone

    from members.models import WrittenProcedure

    return WrittenProcedure.objects.create(
        question="Q?", deadline=timezone.now() + datetime.timedelta(days=1), opened_by=user
    )


def make_vote_log_entry(user):
    return ProcedureVoteLog.objects.create(procedure=_procedure(user), voter=user, vote="yes")


def make_procedure_result(user):
    return ProcedureResult.objects.create(
        procedure=_procedure(user), eligible=3, quorum=2, yes=2, no=0, abstain=0, outcome="adopted"
    )


def make_record_change(user):
    return ProjectRecordChange.objects.create(
        record=ProjectRecordFactory(), kind=RecordChangeKind.VERIFIED, by=user
    )


def make_organisation_note(user):
    return OrganisationNote.objects.create(organisation=OrganisationFactory(), text="Phoned", author=user)


def make_membership_end(user):
    return MembershipEnd.objects.create(
        organisation=OrganisationFactory(), ends_on="2026-12-31", reason="resigned", recorded_by=user
    )


def make_mailing_state_change(user):
    from mailings.models import Mailing
    from mailings.services.lists import ensure_lists

    mailing = Mailing.objects.create(mailing_list=ensure_lists()[0], subject_en="News", body_en="Text")
    return MailingStateChange.objects.create(
        mailing=mailing, from_state="draft", to_state="sending", changed_by=user
    )


def make_payment(user):
    invoice = make_invoice(OrganisationFactory())
    return Payment.objects.create(
        invoice=invoice, amount_eur="100.00", paid_on="2027-02-10", reference="TRF-1", recorded_by=user
    )


def make_exemption(user):
    return Exemption.objects.create(
        organisation=OrganisationFactory(), fee_year=2027, reason="New", granted_by=user
    )


def make_reminder_sent(user):
    invoice = make_invoice(OrganisationFactory())
    return ReminderSent.objects.create(invoice=invoice, step=ReminderStep.values[0], sent_on="2027-03-10")


MAKERS = {
    ApplicationEvent: make_application_event,
    IdeaPhaseChange: make_phase_change,
    InterestStatusChange: make_status_change,
    SuggestionDismissal: make_dismissal,
    OutcomeChange: make_outcome_change,
    RegistrationStatusChange: make_registration_change,
    AuditEntry: make_audit_entry,
    ErasureRecord: make_erasure_record,
    ProjectRecordChange: make_record_change,
    # The Board's paperwork (issue 14.1)
    ConvocationSend: make_convocation_send,
    MinutesChange: make_minutes_change,
    ProcedureVoteLog: make_vote_log_entry,
    ProcedureResult: make_procedure_result,
    OrganisationNote: make_organisation_note,
    MembershipEnd: make_membership_end,
    MailingStateChange: make_mailing_state_change,
    # Billing (payments, exemptions, reminders)
    Payment: make_payment,
    Exemption: make_exemption,
    ReminderSent: make_reminder_sent,
}
MODELS = list(MAKERS)
ids = [model.__name__ for model in MODELS]


def test_every_append_only_record_is_listed_here():
    from django.apps import apps

    append_only = {model for model in apps.get_models() if issubclass(model, AppendOnlyModel)}
    assert append_only == set(MODELS)


@pytest.fixture(params=MODELS, ids=ids)
def record(request, secretariat):
    return MAKERS[request.param](secretariat)


def test_a_bulk_delete_is_refused_and_deletes_nothing(record):
    model = type(record)
    with pytest.raises(AppendOnlyError):
        model.objects.filter(pk=record.pk).delete()
    assert model.objects.filter(pk=record.pk).exists()


def test_a_bulk_update_is_refused(record):
    model = type(record)
    created = model.objects.values_list("pk", flat=True).get(pk=record.pk)
    with pytest.raises(AppendOnlyError):
        model.objects.filter(pk=record.pk).update(pk=created)
    with pytest.raises(AppendOnlyError):
        model.objects.bulk_update([record], ["pk"])


def test_saving_an_existing_record_again_is_refused(record):
    with pytest.raises(AppendOnlyError):
        record.save()


def test_deleting_a_record_is_refused(record):
    with pytest.raises(AppendOnlyError):
        record.delete()
    assert type(record).objects.filter(pk=record.pk).exists()


def test_the_refusal_is_a_value_error_with_a_message_for_people(record):
    with pytest.raises(ValueError, match="cannot be deleted"):
        record.delete()
