from celery import shared_task

from .services.editing import run_machine_draft


@shared_task
def machine_translate(row_id: int) -> bool:
    """Idempotent: a row already translated, checked or no longer waiting is skipped."""
    return run_machine_draft(row_id)
