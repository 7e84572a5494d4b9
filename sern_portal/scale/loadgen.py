"""The HTTP load for ``make loadtest`` (issue 16): wrk where it is installed (``make loadtest``
installs Debian's package), else threads and keep-alive connections from the standard library.
wrk is the measure of record: on a 2-core machine the Python threads take a core of their own at
50 connections, which the server under test then lacks.

Each role signs in through the real sign-in form (the CSRF token read from the page, the session
cookie kept); then every page is requested by ``connections`` threads for ``seconds`` seconds,
each thread on its own keep-alive connection. Printed per page: requests per second, the 50th,
95th and 99th percentile latencies, errors (status other than 200, or a failed connection), and
the throughput as a share of the anonymous public home page's in the same run.
"""

import http.client
import re
import shutil
import statistics
import subprocess
import tempfile
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
    # Set by wrk, which reports a count and percentiles (ms) instead of every latency.
    requests: int | None = None
    percentiles_ms: dict[float, float] = field(default_factory=dict)

    @property
    def rate(self) -> float:
        count = len(self.latencies) if self.requests is None else self.requests
        return count / self.seconds if self.seconds else 0.0

    def percentile(self, share: float) -> float:
        if share in self.percentiles_ms:
            return self.percentiles_ms[share]
        if not self.latencies:
            return float("nan")
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(share * len(ordered)))] * 1000


# wrk's summary as one line: requests, duration (µs), socket errors, HTTP errors (status > 399),
# then latency percentiles 50, 95, 99 (µs).
WRK_REPORT = """
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("SERN-WRK %d %d %d %d %d %d %d\\n", summary.requests, summary.duration,
    e.connect + e.read + e.write + e.timeout, e.status,
    latency:percentile(50), latency:percentile(95), latency:percentile(99)))
end
"""


def parse_wrk(output: str, label: str) -> Result:
    """The ``SERN-WRK`` line of wrk's output as a ``Result``."""
    for line in output.splitlines():
        if line.startswith("SERN-WRK "):
            requests, duration, socket_errors, http_errors, p50, p95, p99 = map(int, line.split()[1:])
            return Result(
                label,
                errors=socket_errors + http_errors,
                seconds=duration / 1e6,
                requests=requests - http_errors,
                percentiles_ms={0.5: p50 / 1000, 0.95: p95 / 1000, 0.99: p99 / 1000},
            )
    raise RuntimeError(f"wrk printed no summary for {label}: {output[-500:]}")


def wrk_available() -> bool:
    return shutil.which("wrk") is not None


def hammer_wrk(
    host: str, port: int, path: str, cookie: str, connections: int, seconds: float, label: str
) -> Result:
    """``connections`` keep-alive connections on two wrk threads for ``seconds`` seconds. wrk counts
    only statuses above 399 as errors: the page is first read once and must answer 200 (a
    redirect to the sign-in page would otherwise be measured as a fast page)."""
    probe = http.client.HTTPConnection(host, port, timeout=60)
    probe.request("GET", path, headers={"Cookie": cookie} if cookie else {})
    status = probe.getresponse().status
    probe.close()
    if status != 200:
        raise RuntimeError(f"{label}: {path} answers {status}, not 200")
    with tempfile.NamedTemporaryFile("w", suffix=".lua") as script:
        script.write(WRK_REPORT)
        script.flush()
        command = ["wrk", "-t", str(min(2, connections)), "-c", str(connections), "-d", f"{seconds:.0f}s"]
        command += ["--timeout", "60s", "-s", script.name]
        if cookie:
            command += ["-H", f"Cookie: {cookie}"]
        output = subprocess.run(
            [*command, f"http://{host}:{port}{path}"], capture_output=True, text=True, check=True
        ).stdout
    return parse_wrk(output, label)


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
        for name in [name for name, morsel in self.cookies.items() if morsel["max-age"] == "0"]:
            del self.cookies[name]  # deleted by the server (a message that has been shown)
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
        # Land where the form sends the person, as a browser does: the page shows "signed in" once
        # and clears that message's cookie, which every later request would otherwise carry.
        self.request("GET", answer.headers["Location"])


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
