"""A 5 MB idea description is a form error, not a saved idea; the form tells the browser the limit."""

import pytest
from django.urls import reverse

from projects.models import ProjectIdea

from .test_idea_form import form_data

FIVE_MB = "x" * (5 * 1024 * 1024)


@pytest.mark.django_db
def test_a_5_mb_idea_description_is_a_form_error_and_nothing_is_saved(client, member, member_org):
    client.force_login(member)
    response = client.post(reverse("projects:idea_create"), form_data(member_org, description=FIVE_MB))
    assert response.status_code == 200
    assert "description" in response.context["form"].errors
    assert not ProjectIdea.objects.exists()


@pytest.mark.django_db
def test_the_idea_form_tells_the_browser_the_limit(client, member):
    client.force_login(member)
    page = client.get(reverse("projects:idea_create")).content.decode()
    assert 'maxlength="20000"' in page
