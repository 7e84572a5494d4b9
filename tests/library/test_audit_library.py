"""Uploads, new versions and withdrawals of library documents are in the audit trail."""

from django.urls import reverse

from library.models import Access, DocumentState, Folder
from library.services.documents import upload_document, upload_version
from library.services.samples import simple_pdf
from members.models import AuditAction, AuditEntry


def test_upload_new_version_and_withdrawal_are_audited(client, secretariat):
    document = upload_document(
        folder=Folder.objects.get(slug="minutes"),
        titles={"en": "Statutes"},
        access=Access.MEMBERS,
        state=DocumentState.PUBLISHED,
        content=simple_pdf("v1"),
        filename="statutes.pdf",
        uploaded_by=secretariat,
    )
    upload_version(document, content=simple_pdf("v2"), filename="statutes.pdf", uploaded_by=secretariat)
    client.force_login(secretariat)
    client.post(reverse("desk_library_withdraw", args=[document.pk]))
    client.post(reverse("desk_library_withdraw", args=[document.pk]))  # already withdrawn: no second entry
    actions = list(
        AuditEntry.objects.filter(target_type="library.document", target_id=str(document.pk))
        .order_by("pk")
        .values_list("action", "actor")
    )
    assert actions == [
        (AuditAction.DOCUMENT_UPLOADED, secretariat.pk),
        (AuditAction.DOCUMENT_VERSION, secretariat.pk),
        (AuditAction.DOCUMENT_WITHDRAWN, secretariat.pk),
    ]
    assert AuditEntry.objects.get(action=AuditAction.DOCUMENT_VERSION).data["version"] == 2
