import datetime

import factory
from allauth.account.models import EmailAddress
from django.utils import timezone

from members.models import BoardRole, BoardSeat, Organisation, OrganisationContact, OrganisationKind, User

PASSWORD = "correct horse battery staple"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"person{n}@example.org")
    name = factory.Sequence(lambda n: f"Person {n}")
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @factory.post_generation
    def verified(self, create, extracted, **kwargs):
        if create:
            self.save()
            EmailAddress.objects.create(user=self, email=self.email, verified=True, primary=True)


class ApplicantFactory(UserFactory):
    pass


class SecretariatFactory(UserFactory):
    is_secretariat = True


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation

    name = factory.Sequence(lambda n: f"Comune di Prova {n}")
    slug = factory.Sequence(lambda n: f"comune-di-prova-{n}")
    kind = OrganisationKind.MUNICIPALITY
    is_public = True
    country = "IT"
    region = "Emilia-Romagna"
    town = "Parma"
    inhabitants = 20_000
    member_since = datetime.date(2010, 1, 1)


class MemberContactFactory(UserFactory):
    @factory.post_generation
    def organisation(self, create, extracted, **kwargs):
        if create:
            OrganisationContact.objects.create(user=self, organisation=extracted or OrganisationFactory())


class BoardMemberFactory(UserFactory):
    @factory.post_generation
    def seat(self, create, extracted, **kwargs):
        if create:
            BoardSeat.objects.create(user=self, role=BoardRole.MEMBER, started_on=datetime.date(2025, 1, 1))


class ChairFactory(UserFactory):
    @factory.post_generation
    def seat(self, create, extracted, **kwargs):
        if create:
            BoardSeat.objects.create(user=self, role=BoardRole.CHAIR, started_on=datetime.date(2025, 1, 1))


# --- Members Area (issue 4, part A) -------------------------------------------------------------
class NewsItemFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "information.NewsItem"

    title = factory.Sequence(lambda n: f"News item {n}")
    slug = factory.Sequence(lambda n: f"news-item-{n}")
    body = "What changed in Brussels this week."
    published_at = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(days=1))


class EuCallFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "information.EuCall"

    programme = "Erasmus+"
    identifier = factory.Sequence(lambda n: f"ERASMUS-2027-TEST-{n}")
    slug = factory.Sequence(lambda n: f"erasmus-2027-test-{n}")
    title = factory.Sequence(lambda n: f"Call {n}")
    summary = "Cooperation partnerships."
    deadline = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=30))
    link = "https://ec.europa.eu/info/funding-tenders/"
    published_at = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(days=1))


class EventFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "events.Event"

    kind = "training"
    title = factory.Sequence(lambda n: f"Training {n}")
    slug = factory.Sequence(lambda n: f"training-{n}")
    starts_at = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=20))
    ends_at = factory.LazyAttribute(lambda event: event.starts_at + datetime.timedelta(hours=3))
    place = "Parma"
    capacity = None


class StaffExpertFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "members.StaffExpert"

    organisation = factory.SubFactory(OrganisationFactory)
    name = factory.Sequence(lambda n: f"Expert {n}")
    consent_recorded_on = datetime.date(2026, 3, 1)


def organisation_of(user) -> Organisation:
    return user.organisation_contacts.get().organisation


# --- Project ideas (issue 4, part B) ----------------------------------------------------------
class ProjectIdeaFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "projects.ProjectIdea"

    lead = factory.SubFactory(OrganisationFactory)
    title = factory.Sequence(lambda n: f"Project idea {n}")
    summary = "Young people of Parma and Luleå design greener ways to school."
    target_programme = "erasmus_plus"
    phase = "identification"


class ExpressionOfInterestFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "projects.ExpressionOfInterest"

    idea = factory.SubFactory(ProjectIdeaFactory)
    organisation = factory.SubFactory(OrganisationFactory, country="SE", region="Norrbotten", town="Luleå")
    message = "We would like to join with our schools."


class ProjectRecordFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "projects.ProjectRecord"

    acronym = factory.Sequence(lambda n: f"PRJ{n}")
    title = factory.Sequence(lambda n: f"Project {n}")
    programme = "Erasmus+"
    submitted_on = datetime.date(2024, 3, 1)
    outcome = "approved"
    eu_grant_eur = 100_000
    participants = 150
