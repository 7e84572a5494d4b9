"""The admin cannot change a workflow's state: only the transition functions do (and log it)."""

import pytest
from django.contrib import admin
from django.test import RequestFactory

from events.models import Registration
from members.models import BoardMeeting, MembershipApplication, User
from projects.models import ExpressionOfInterest, ProjectIdea, ProjectRecord

STATE_FIELDS = {
    MembershipApplication: "state",
    BoardMeeting: "status",
    ProjectIdea: "phase",
    ExpressionOfInterest: "status",
    ProjectRecord: "outcome",
    Registration: "status",
}


@pytest.fixture
def request_of_superuser():
    request = RequestFactory().get("/admin/")
    request.user = User(email="root@example.org", is_superuser=True, is_staff=True, is_active=True)
    return request


def admin_forms(request):
    """Every form the admin shows: each registered model's, and each of its inlines'."""
    for model, model_admin in admin.site._registry.items():
        yield model, model_admin.get_form(request).base_fields
        for inline in model_admin.get_inline_instances(request):
            yield inline.model, inline.get_formset(request).form.base_fields


@pytest.mark.parametrize(
    ("model", "field"), list(STATE_FIELDS.items()), ids=lambda v: getattr(v, "__name__", v)
)
def test_no_admin_form_edits_a_workflow_state(request_of_superuser, model, field):
    forms = [fields for shown, fields in admin_forms(request_of_superuser) if shown is model]
    assert forms, f"{model.__name__} is in no admin form: the test would check nothing"
    for fields in forms:
        assert field not in fields


def test_the_admin_cannot_add_a_registration_beside_the_waiting_list(request_of_superuser):
    from events.admin import RegistrationInline
    from events.models import Event

    inline = RegistrationInline(Event, admin.site)
    assert not inline.has_add_permission(request_of_superuser)
