"""A request id on every request, response and log line; structured (JSON) logs in production.

The TLS proxy or load balancer may send `X-Request-ID`; when it does not (or sends something
that is not a plain token) one is generated. The id goes back on the response, so a person
reporting a problem can quote it, and onto every log record written while the request runs.
"""

import json
import logging
import re
import uuid
from contextvars import ContextVar

from django.http import HttpRequest, HttpResponse

REQUEST_ID_HEADER = "X-Request-ID"
# Only plain tokens are taken from outside: anything else could forge or break log lines.
ACCEPTED_REQUEST_ID = re.compile(r"^[A-Za-z0-9._:-]{1,128}$")

current_request_id: ContextVar[str] = ContextVar("current_request_id", default="-")
# The request being served, for code without one at hand (the audit trail's actor).
current_request: ContextVar[HttpRequest | None] = ContextVar("current_request", default=None)


class RequestIdMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        given = request.headers.get(REQUEST_ID_HEADER, "")
        request_id = given if ACCEPTED_REQUEST_ID.match(given) else uuid.uuid4().hex
        request.request_id = request_id
        token = current_request_id.set(request_id)
        request_token = current_request.set(request)
        try:
            response = self.get_response(request)
        finally:
            current_request.reset(request_token)
            current_request_id.reset(token)
        response[REQUEST_ID_HEADER] = request_id
        return response


class RequestIdFilter(logging.Filter):
    """Puts the current request's id on every record (`-` outside a request)."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = current_request_id.get()
        return True


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time, level, logger, request id, message (and the traceback)."""

    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": self.formatTime(record, "%Y-%m-%dT%H:%M:%S%z"),
            "level": record.levelname,
            "logger": record.name,
            "request_id": getattr(record, "request_id", "-"),
            "message": record.getMessage(),
        }
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False)
