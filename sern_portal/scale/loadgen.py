"""A small HTTP load generator for ``make loadtest`` (issue 16): threads and keep-alive
connections from the standard library, so it runs wherever Python does (wrk needs a package).

Each role signs in through the real sign-in form (the CSRF token read from the page, the session
cookie kept); then every page is requested by ``connections`` threads for ``seconds`` seconds,
each thread on its own keep-alive connection. Printed per page: requests per second, the 50th,
95th and 99th percentile latencies, errors (status other than 200, or a failed connection), and
the throughput as a share of the anonymous public home page's in the same run.
"""

import http.client
import re
import statistics
import threading
import time
from dataclasses import dataclass, field
from http.cookies import SimpleCookie
from urllib.parse import urlencode

CSRF_INPUT = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


@dataclass
class Result:
    label: str
    latencies: list[float] = field(default_factory=list)
    errors: int = 0
    seconds: float = 0.0

    @property
    def rate(self) -> float:
        return len(self.latencies) / self.seconds if self.seconds else 0.0

    def percentile(self, share: float) -> float:
        if not self.latencies:
            return float("nan")
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(share * len(ordered)))] * 1000


class Session:
    """Cookies of one signed-in browser."""

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port, self.cookies = host, port, SimpleCookie()

    def header(self) -> str:
        return "; ".join(f"{key}={morsel.value}" for key, morsel in self.cookies.items())

    def request(self, method: str, path: str, body: str | None = None) -> http.client.HTTPResponse:
        connection = http.client.HTTPConnection(self.host, self.port, timeout=60)
        headers = {"Cookie": self.header()}
        if body is not None:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            headers["Referer"] = f"http://{self.host}:{self.port}{path}"
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        response.text = response.read().decode("utf-8", "replace")
        for value in response.headers.get_all("Set-Cookie") or []:
            self.cookies.load(value)
        connection.close()
        return response

    def sign_in(self, email: str, password: str, path: str = "/en/accounts/login/") -> None:
        page = self.request("GET", path)
        token = CSRF_INPUT.search(page.text)
        if not token:
            raise RuntimeError(f"No CSRF token on {path} ({page.status})")
        answer = self.request(
            "POST",
            path,
            urlencode({"csrfmiddlewaretoken": token.group(1), "login": email, "password": password}),
        )
        if answer.status != 302 or "sessionid" not in self.cookies:
            raise RuntimeError(f"Signing in {email} failed: {answer.status}")


def hammer(
    host: str, port: int, path: str, cookie: str, connections: int, seconds: float, label: str
) -> Result:
    result = Result(label)
    lock = threading.Lock()
    stop = time.monotonic() + seconds

    def worker() -> None:
        connection = http.client.HTTPConnection(host, port, timeout=60)
        latencies, errors = [], 0
        while time.monotonic() < stop:
            started = time.perf_counter()
            try:
                connection.request("GET", path, headers={"Cookie": cookie} if cookie else {})
                response = connection.getresponse()
                response.read()
                if response.status == 200:
                    latencies.append(time.perf_counter() - started)
                else:
                    errors += 1
                if response.will_close:
                    connection.close()
                    connection = http.client.HTTPConnection(host, port, timeout=60)
            except (OSError, http.client.HTTPException):
                errors += 1
                connection.close()
                connection = http.client.HTTPConnection(host, port, timeout=60)
        with lock:
            result.latencies.extend(latencies)
            result.errors += errors

    started = time.monotonic()
    threads = [threading.Thread(target=worker) for _ in range(connections)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    result.seconds = time.monotonic() - started
    return result


def table(results: list[Result], baseline: Result | None) -> str:
    lines = [
        "| page | req/s | p50 | p95 | p99 | errors | share of public home |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for result in results:
        share = f"{result.rate / baseline.rate:.0%}" if baseline and baseline.rate else "–"
        lines.append(
            f"| {result.label} | {result.rate:.1f} | {result.percentile(0.5):.0f} ms | "
            f"{result.percentile(0.95):.0f} ms | {result.percentile(0.99):.0f} ms | "
            f"{result.errors} | {share} |"
        )
    return "\n".join(lines)


def median_ms(values: list[float]) -> float:
    return statistics.median(values) * 1000 if values else float("nan")
