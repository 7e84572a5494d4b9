"""Free text has a length limit, in the model and in the form (a 5 MB description is a form error)."""

import pytest
from django.apps import apps
from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator
from django.db import models

FIVE_MB = "x" * (5 * 1024 * 1024)
PORTAL_APPS = {"members", "projects", "information", "events", "evaluation", "strategy"}


def text_fields():
    for model in apps.get_models():
        if model._meta.app_label in PORTAL_APPS:
            for field in model._meta.get_fields():
                if isinstance(field, models.TextField):
                    yield f"{model._meta.label}.{field.name}", field


@pytest.mark.parametrize(("name", "field"), list(text_fields()), ids=[name for name, _f in text_fields()])
def test_every_text_field_of_the_portal_has_a_limit_in_the_model_and_the_form(name, field):
    assert field.max_length, name
    assert any(isinstance(v, MaxLengthValidator) for v in field.validators), name
    assert field.formfield().max_length == field.max_length


@pytest.mark.django_db
def test_the_model_refuses_a_5_mb_translated_description(member):
    organisation = member.organisation_contacts.get().organisation
    organisation.description_sv = FIVE_MB
    with pytest.raises(ValidationError) as refused:
        organisation.full_clean()
    assert "description_sv" in refused.value.message_dict
