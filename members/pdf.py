"""PDFs (meeting pack, minutes) rendered from templates with WeasyPrint."""

from django.conf import settings
from django.template.loader import render_to_string
from django.utils.translation import get_language


def render_pdf(template: str, context: dict) -> bytes:
    from weasyprint import HTML

    # No request here, so no context processors: the language and the portal's address
    # (printed in the footer, see _pdf_base.html) are passed explicitly.
    html = render_to_string(
        template, {"LANGUAGE_CODE": get_language(), "site_url": settings.SITE_URL, **context}
    )
    return HTML(string=html, base_url=str(settings.BASE_DIR)).write_pdf()
