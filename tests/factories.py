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
