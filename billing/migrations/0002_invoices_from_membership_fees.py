"""Copy the retired fee records (members.MembershipFee, typed in the admin) into invoices.

Each record becomes a fee invoice numbered in the invoice series of the year it was issued in
(taken as 30 days before its due day), in order of that day; a paid record gets one payment of the
whole amount on its paid day. Records already invoiced for their member and year are left alone,
so the migration can meet data the new app already holds.
"""

import datetime

from django.db import migrations

LANGUAGE_OF_COUNTRY = {"IT": "it", "SE": "sv"}


def copy_fees(apps, schema_editor):
    MembershipFee = apps.get_model("members", "MembershipFee")
    Invoice = apps.get_model("billing", "Invoice")
    Payment = apps.get_model("billing", "Payment")
    NumberCounter = apps.get_model("billing", "NumberCounter")
    fees = list(MembershipFee.objects.select_related("organisation"))
    fees.sort(key=lambda fee: (fee.due_on, fee.pk))
    for fee in fees:
        if Invoice.objects.filter(series="invoice", organisation=fee.organisation, fee_year=fee.year).exists():
            continue
        issued_on = fee.due_on - datetime.timedelta(days=30)
        counter, _created = NumberCounter.objects.get_or_create(series="invoice", year=issued_on.year)
        counter.last_number += 1
        counter.save()
        invoice = Invoice.objects.create(
            series="invoice",
            number=f"{issued_on.year}-{counter.last_number:04d}",
            year=issued_on.year,
            sequence=counter.last_number,
            organisation=fee.organisation,
            fee_year=fee.year,
            amount_eur=fee.amount_eur,
            issued_on=issued_on,
            due_on=fee.due_on,
            language=LANGUAGE_OF_COUNTRY.get(fee.organisation.country, "en"),
            recipient_name=fee.organisation.name,
            recipient_address=fee.organisation.address,
            identifiers={},
            band_description="members.MembershipFee",
        )
        if fee.paid_on is not None:
            Payment.objects.create(
                invoice=invoice, paid_on=fee.paid_on, amount_eur=fee.amount_eur, reference=f"membership-fee-{fee.pk}"
            )


class Migration(migrations.Migration):
    dependencies = [("billing", "0001_initial")]

    operations = [migrations.RunPython(copy_fees, migrations.RunPython.noop)]
