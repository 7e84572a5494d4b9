"""A local fake translation service: http.server in a thread on 127.0.0.1 (never the internet)."""

import json
import threading
import time
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

PORT = 8714


class FakeService:
    def __init__(self):
        self.mode = "ok"  # ok | error | slow | garbage | etranslation | etranslation_refused
        self.requests: list[dict] = []


def handler_for(service: FakeService):
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def do_POST(self):
            body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))) or b"{}")
            service.requests.append({"path": self.path, "body": body, "headers": dict(self.headers)})
            if service.mode == "slow":
                time.sleep(2)
            if service.mode == "error":
                return self._answer(403, {"error": "Invalid API key"})
            if service.mode == "garbage":
                return self._answer(200, "<html>proxy</html>", raw=True)
            if service.mode == "etranslation":
                return self._answer(200, "4242", raw=True)
            if service.mode == "etranslation_refused":
                return self._answer(200, "-20000", raw=True)
            text = body.get("q", "")
            return self._answer(200, {"translatedText": f"[{body.get('target')}] {text}"})

        def _answer(self, status, payload, raw=False):
            data = payload.encode() if raw else json.dumps(payload).encode()
            try:
                self.send_response(status)
                self.send_header("Content-Type", "text/plain" if raw else "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)
            except (BrokenPipeError, ConnectionResetError):
                pass

    return Handler


@contextmanager
def fake_service(port: int = PORT):
    service = FakeService()
    server = ThreadingHTTPServer(("127.0.0.1", port), handler_for(service))
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield service
    finally:
        server.shutdown()
        server.server_close()
