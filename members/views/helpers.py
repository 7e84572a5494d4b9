from django.contrib import messages
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404

from ..models import MembershipApplication


def application_from_url(request, pk: int, **kwargs) -> MembershipApplication:
    """Loads the application once for the permission check and the view."""
    application = get_object_or_404(
        MembershipApplication.objects.select_related("applicant", "meeting", "organisation"), pk=pk
    )
    request.application = application
    return application


def refused(request, error) -> None:
    messages.error(request, str(error))


def serve_private_file(field, filename: str) -> FileResponse:
    if not field:
        raise Http404
    return FileResponse(
        field.open("rb"), as_attachment=True, filename=filename, content_type="application/pdf"
    )
