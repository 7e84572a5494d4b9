from .calls import DEADLINE_TIME_ZONES, EuCall
from .digests import DigestSend
from .news import NewsItem

__all__ = ["DEADLINE_TIME_ZONES", "DigestSend", "EuCall", "NewsItem"]
