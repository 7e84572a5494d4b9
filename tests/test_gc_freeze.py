"""A web worker freezes its long-lived objects out of the garbage collector once, after warming up."""

import gc

from sern_portal.gc_freeze import FreezeAfterWarmUp


def test_the_worker_freezes_once_before_its_third_request_and_answers_every_request(monkeypatch):
    frozen = []
    monkeypatch.setattr(gc, "freeze", lambda: frozen.append(len(answered)))
    monkeypatch.setattr(gc, "collect", lambda *args: 0)
    answered = []

    def application(environ, start_response):
        answered.append(environ["n"])
        return [b"ok"]

    worker = FreezeAfterWarmUp(application, after=3)
    bodies = [worker({"n": n}, None) for n in range(10)]

    assert frozen == [2]  # before the third request, once
    assert answered == list(range(10)) and bodies == [[b"ok"]] * 10


def test_zero_never_freezes(monkeypatch):
    frozen = []
    monkeypatch.setattr(gc, "freeze", lambda: frozen.append(1))
    worker = FreezeAfterWarmUp(lambda environ, start_response: [b"ok"], after=0)
    for _ in range(30):
        worker({}, None)
    assert frozen == []


def test_the_wsgi_application_is_wrapped_with_the_setting(settings):
    from sern_portal import wsgi

    assert isinstance(wsgi.application, FreezeAfterWarmUp)
    assert wsgi.application.after == settings.GC_FREEZE_AFTER_REQUESTS
