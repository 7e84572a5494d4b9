"""The Redis cache makes one ``redis.Redis`` per connection pool, not one per call (issue 16)."""

import socket

import redis

from sern_portal.cache import FailSoftRedisCache


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_the_cache_makes_one_redis_client_for_all_its_calls(monkeypatch):
    made = []
    original = redis.Redis.__init__

    def counting(self, *args, **kwargs):
        made.append(kwargs.get("connection_pool"))
        original(self, *args, **kwargs)

    monkeypatch.setattr(redis.Redis, "__init__", counting)
    cache = FailSoftRedisCache(
        f"redis://127.0.0.1:{closed_port()}/0", {"OPTIONS": {"socket_connect_timeout": 1}}
    )
    for _ in range(3):
        assert cache.get("key", "missing") == "missing"  # Redis is down: an empty cache
        cache.set("key", 1)
        assert cache.get_many(["key", "other"]) == {}
    assert len(made) == 1
