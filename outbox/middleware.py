from django.conf import settings
from django.http import HttpRequest, HttpResponse

from . import queue


class RunQueuedTasksAfterResponse:
    """Without a broker, run the tasks a request queued after its response, not inside it.

    Eager Celery would otherwise run a suggestions recompute or the annual report inside the
    request (seconds to tens of seconds). The tasks a request's commits queued are collected
    here and run in a background thread once the response is built; their pages show progress.
    Off in the test suite (``OUTBOX_RUN_AFTER_RESPONSE``): there the work runs at the commit, so
    a test sees it done when the request returns.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not settings.OUTBOX_RUN_AFTER_RESPONSE:
            return self.get_response(request)
        queue.open_request_scope()
        try:
            response = self.get_response(request)
        finally:
            deferred = queue.close_request_scope()
        if deferred:
            queue.run_in_background(deferred)
        return response
