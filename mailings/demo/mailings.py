"""A sent mailing: the Swedish contacts of members with the priority "Climate action", with its log.

Built as it would be after sending (fixed times, no e-mail leaves the seed): the deliveries carry
the language each recipient would get. Idempotent: a second run finds the mailing and stops.
"""

import datetime
import zoneinfo

from members.models import User
from strategy.models import Priority

from ..models import DeliveryState, Mailing, MailingDelivery, MailingList, MailingState, MailingStateChange
from ..selectors import Audience, recipients
from ..services.compose import language_for
from ..services.lists import ensure_lists

ROME = zoneinfo.ZoneInfo("Europe/Rome")
SENT_AT = datetime.datetime(2026, 3, 12, 10, 0, tzinfo=ROME)
SUBJECT_EN = "Climate action: the European Climate Pact and what Swedish members can bring"

TEXTS = {
    "en": (
        SUBJECT_EN,
        "Dear colleagues,\n\nThe European Climate Pact invites local authorities to share their climate "
        "action. Several Swedish members work on climate adaptation and on reducing emissions: the "
        "secretariat would like to bring you together with Italian members on the same priority.\n\n"
        "Reply to this e-mail if you want to take part in a first online meeting in April.\n\n"
        "Read more: https://climate-pact.europa.eu/\n\nThe SERN secretariat, Parma",
    ),
    "sv": (
        "Klimatåtgärder: den europeiska klimatpakten och vad svenska medlemmar kan bidra med",
        "Kära kollegor,\n\nDen europeiska klimatpakten bjuder in lokala myndigheter att dela med sig av "
        "sitt klimatarbete. Flera svenska medlemmar arbetar med klimatanpassning och minskade utsläpp: "
        "sekretariatet vill föra samman er med italienska medlemmar med samma prioritering.\n\n"
        "Svara på detta e-postmeddelande om ni vill delta i ett första onlinemöte i april.\n\n"
        "Läs mer: https://climate-pact.europa.eu/\n\nSERN-sekretariatet, Parma",
    ),
    "it": (
        "Azione per il clima: il Patto europeo per il clima e il contributo dei membri svedesi",
        "Care colleghe e cari colleghi,\n\nIl Patto europeo per il clima invita gli enti locali a "
        "condividere le proprie azioni per il clima. Diversi membri svedesi lavorano "
        "sull'adattamento climatico e sulla riduzione delle emissioni: il segretariato vorrebbe "
        "metterli in contatto con i membri italiani che condividono la stessa priorità.\n\n"
        "Rispondete a questa e-mail se volete partecipare a un primo incontro online in aprile.\n\n"
        "Per saperne di più: https://climate-pact.europa.eu/\n\nIl segretariato SERN, Parma",
    ),
}


def seed_mailings() -> list[Mailing]:
    ensure_lists()
    existing = Mailing.objects.filter(subject_en=SUBJECT_EN).first()
    if existing is not None:
        return [existing]
    climate = Priority.objects.get(code="climate-action")
    fields = {}
    for code, (subject, body) in TEXTS.items():
        fields[f"subject_{code}"], fields[f"body_{code}"] = subject, body
    mailing = Mailing.objects.create(
        mailing_list=MailingList.objects.get(slug="network-news"),
        to_member_contacts=True,
        countries=["SE"],
        created_by=User.objects.filter(email="secretariat@demo.sern.eu").first(),
        **fields,
    )
    mailing.priorities.set([climate])
    people = list(recipients(Audience.of(mailing), on=SENT_AT.date()))
    MailingDelivery.objects.bulk_create(
        MailingDelivery(
            mailing=mailing,
            recipient=person,
            state=DeliveryState.SENT,
            language=language_for(mailing, person.language),
            sent_at=SENT_AT + datetime.timedelta(seconds=index),
        )
        for index, person in enumerate(people)
    )
    Mailing.objects.filter(pk=mailing.pk).update(
        state=MailingState.SENT,
        total=len(people),
        queued_at=SENT_AT,
        finished_at=SENT_AT + datetime.timedelta(seconds=len(people)),
    )
    MailingStateChange.objects.create(
        mailing=mailing,
        from_state=MailingState.DRAFT,
        to_state=MailingState.SENDING,
        changed_by=mailing.created_by,
    )
    MailingStateChange.objects.create(
        mailing=mailing, from_state=MailingState.SENDING, to_state=MailingState.SENT
    )
    return [mailing]
