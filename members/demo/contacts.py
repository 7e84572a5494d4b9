"""Demo contact persons: every demo member has at least one, so an invitation reaches someone.

Deterministic (names from fixed lists, chosen by a hash of the organisation's name) and
idempotent (a member that already has a contact, such as the demo accounts', is left alone).
"""

from allauth.account.models import EmailAddress

from sern_portal.demo import stable_number

from ..models import Organisation, OrganisationContact, User

FIRST_NAMES = {
    "SE": ["Anna", "Erik", "Karin", "Lars", "Maria", "Johan", "Eva", "Per", "Sofia", "Magnus", "Linnea"],
    "IT": ["Giulia", "Marco", "Francesca", "Luca", "Chiara", "Paolo", "Elena", "Andrea", "Sara", "Matteo"],
}
LAST_NAMES = {
    "SE": ["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson"],
    "IT": ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino"],
}
JOB_TITLES = {"SE": "EU-samordnare", "IT": "Referente progetti europei"}
LANGUAGES = {"SE": "sv", "IT": "it"}


def contact_for(organisation: Organisation) -> tuple[str, str]:
    """A plausible name and a demo e-mail address for the organisation's EU contact person."""
    number = stable_number(organisation.slug)
    country = organisation.country if organisation.country in FIRST_NAMES else "IT"
    first = FIRST_NAMES[country][number % len(FIRST_NAMES[country])]
    last = LAST_NAMES[country][(number >> 8) % len(LAST_NAMES[country])]
    return f"{first} {last}", f"eu.{organisation.slug[:50]}@demo.sern.eu"


def seed_member_contacts() -> list[OrganisationContact]:
    contacts = []
    for organisation in Organisation.objects.members().order_by("slug"):
        existing = OrganisationContact.objects.filter(organisation=organisation).order_by("pk").first()
        if existing is not None:
            contacts.append(existing)
            continue
        name, email = contact_for(organisation)
        user, created = User.objects.get_or_create(
            email=email,
            defaults={"name": name, "language": LANGUAGES.get(organisation.country, "en")},
        )
        if created:
            # No password: the person would set one through "forgot your password".
            user.set_unusable_password()
            user.save(update_fields=["password"])
            EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
        contact, _created = OrganisationContact.objects.get_or_create(
            organisation=organisation,
            user=user,
            defaults={"job_title": JOB_TITLES.get(organisation.country, ""), "is_primary": True},
        )
        contacts.append(contact)
    return contacts
