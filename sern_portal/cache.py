"""A Redis cache that fails soft: with Redis unreachable it behaves as an empty cache.

The portal keeps nothing in the cache that it cannot lose (sessions are in the database and the
cache holds only a copy of them; it also holds rate-limit counters, recompute markers and
versioned copies of shared pages), so an outage of Redis must not turn
sign-in or any page into a 500. Every error is logged; reads miss, writes are dropped, and
``add`` reports success (as for a new key), so allauth's rate-limit lock does not wait on it.
The price while Redis is down: rate limits and TOTP replay protection are not enforced.
"""

import logging

from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)


def _soft(name: str, fallback):
    def method(self, *args, **kwargs):
        try:
            return getattr(RedisCache, name)(self, *args, **kwargs)
        except RedisError as error:
            logger.warning("Cache unavailable (%s): %r", name, error)
            return fallback(*args, **kwargs) if callable(fallback) else fallback

    method.__name__ = name
    return method


def _default(key, default=None, *args, **kwargs):
    return default


class ReusedRedisCacheClient(RedisCacheClient):
    """Django's client makes a new ``redis.Redis`` for every cache call, copying its ~170 response
    callbacks each time (about a tenth of a millisecond; a signed-in page makes half a dozen
    calls, issue 16). One ``redis.Redis`` per connection pool serves them all: it holds no
    connection of its own (the pool lends one per command, as before)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


class FailSoftRedisCache(RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ReusedRedisCacheClient

    get = _soft("get", _default)
    get_many = _soft("get_many", {})
    set = _soft("set", None)
    set_many = _soft("set_many", [])
    add = _soft("add", True)
    touch = _soft("touch", False)
    delete = _soft("delete", False)
    delete_many = _soft("delete_many", None)
    has_key = _soft("has_key", False)
    clear = _soft("clear", False)
    # A version bump (sern_portal.versions) on every save: with Redis down the save must go on.
    incr = _soft("incr", None)
    decr = _soft("decr", None)
