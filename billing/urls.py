from django.urls import path, register_converter

from .converters import FeeYearConverter
from .views import desk, invoices, member

register_converter(FeeYearConverter, "fee_year")

app_name = "billing"

urlpatterns = [
    path("desk/billing/", desk.current_year, name="current_year"),
    path("desk/billing/<fee_year:year>/", desk.year, name="year"),
    path("desk/billing/<fee_year:year>/issue/", desk.issue, name="issue"),
    path("desk/billing/<fee_year:year>/exempt/", desk.exempt, name="exempt"),
    path("desk/billing/<fee_year:year>/invoices.csv", desk.export_csv, name="export_csv"),
    path("desk/billing/<fee_year:year>/invoices.xlsx", desk.export_xlsx, name="export_xlsx"),
    path("desk/billing/invoices/<int:pk>/", invoices.invoice, name="invoice"),
    path(
        "desk/billing/invoices/<int:pk>/fatturapa.xml",
        invoices.e_invoice,
        {"file_format": "fatturapa"},
        name="invoice_fatturapa",
    ),
    path(
        "desk/billing/invoices/<int:pk>/peppol.xml",
        invoices.e_invoice,
        {"file_format": "peppol"},
        name="invoice_peppol",
    ),
    path("members-area/invoices/", member.my_invoices, name="my_invoices"),
    path("members-area/invoices/<int:pk>/pdf/", member.download_pdf, name="invoice_pdf"),
    path("members-area/billing-details/<slug:slug>/", member.billing_details, name="details"),
]
