"""Billing in the admin: billing details are edited here too; invoices, payments, exemptions and
reminders are shown only (they change through the desk's services, never by hand)."""

from django.contrib import admin

from .models import BillingDetails, Exemption, Invoice, Payment, ReminderSent


@admin.register(BillingDetails)
class BillingDetailsAdmin(admin.ModelAdmin):
    list_display = ["organisation", "ipa_code", "swedish_organisation_number", "peppol_id", "updated_at"]
    search_fields = ["organisation__name", "ipa_code", "swedish_organisation_number", "peppol_id"]
    autocomplete_fields = ["organisation"]
    exclude = ["updated_by"]


class ReadOnlyAdmin(admin.ModelAdmin):
    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Invoice)
class InvoiceAdmin(ReadOnlyAdmin):
    list_display = ["number", "series", "organisation", "fee_year", "amount_eur", "issued_on", "due_on"]
    list_filter = ["series", "fee_year"]
    search_fields = ["number", "organisation__name"]


@admin.register(Payment)
class PaymentAdmin(ReadOnlyAdmin):
    list_display = ["invoice", "paid_on", "amount_eur", "reference"]
    search_fields = ["reference", "invoice__number"]


@admin.register(Exemption)
class ExemptionAdmin(ReadOnlyAdmin):
    list_display = ["organisation", "fee_year", "reason"]
    list_filter = ["fee_year"]


@admin.register(ReminderSent)
class ReminderSentAdmin(ReadOnlyAdmin):
    list_display = ["invoice", "step", "sent_on", "to_email"]
    list_filter = ["step"]
