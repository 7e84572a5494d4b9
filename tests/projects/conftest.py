import datetime

import pytest

from projects.models import Visibility
from tests.factories import ExpressionOfInterestFactory, ProjectIdeaFactory


def organisation_of(user):
    return user.organisation_contacts.get().organisation


@pytest.fixture
def member_org(member):
    return organisation_of(member)


@pytest.fixture
def other_org(other_member):
    return organisation_of(other_member)


@pytest.fixture
def idea(member_org):
    """An idea of the member's organisation, for all members, open to interest until 2099."""
    return ProjectIdeaFactory(lead=member_org, eoi_deadline=datetime.date(2099, 12, 31))


@pytest.fixture
def secret_idea(member_org):
    return ProjectIdeaFactory(lead=member_org, visibility=Visibility.SECRETARIAT)


@pytest.fixture
def interest(idea, other_member, other_org):
    """The other member's pending expression of interest in the member's idea."""
    return ExpressionOfInterestFactory(idea=idea, organisation=other_org, expressed_by=other_member)
