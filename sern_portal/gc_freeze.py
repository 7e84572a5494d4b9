"""Keep the long-lived objects of a warmed-up worker out of Python's garbage collector.

A worker holds some 260,000 objects that live as long as it does (modules, URL patterns,
compiled templates, translation catalogues). Each full collection walked all of them: 100 to
140 ms, during which the request being served waited (issue 16, p95 and p99). ``gc.freeze()``
moves every object alive at that moment to a permanent generation that collections skip. It is
called once, after the worker has served a few requests, so that what the first requests load
lazily (templates, catalogues, resolvers) is frozen too. Garbage made later is collected as before.
"""

import gc
from collections.abc import Callable, Iterable


class FreezeAfterWarmUp:
    """WSGI middleware: ``gc.collect(); gc.freeze()`` once, before the ``after``-th request."""

    def __init__(self, application: Callable, after: int):
        self.application = application
        self.after = after
        self.served = 0

    def __call__(self, environ: dict, start_response: Callable) -> Iterable[bytes]:
        if self.after and self.served < self.after:
            self.served += 1
            if self.served == self.after:
                gc.collect()
                gc.freeze()
        return self.application(environ, start_response)
