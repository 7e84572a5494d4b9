from django.urls import path

from . import feeds
from .views import calls, digest, news

urlpatterns = [
    path("news/", news.NewsListView.as_view(), name="news_list"),
    path("news/new/", news.NewsCreateView.as_view(), name="news_create"),
    path("news/<slug:slug>/", news.NewsDetailView.as_view(), name="news_detail"),
    path("news/<slug:slug>/edit/", news.NewsUpdateView.as_view(), name="news_edit"),
    path("calls/", calls.CallListView.as_view(), name="call_list"),
    path("calls/archive/", calls.CallArchiveView.as_view(), name="call_archive"),
    path("calls/new/", calls.CallCreateView.as_view(), name="call_create"),
    path("calls/<slug:slug>/", calls.CallDetailView.as_view(), name="call_detail"),
    path("calls/<slug:slug>/edit/", calls.CallUpdateView.as_view(), name="call_edit"),
    path("feeds/news.rss", feeds.NewsFeed(), name="news_feed_rss"),
    path("feeds/news.atom", feeds.NewsAtomFeed(), name="news_feed_atom"),
    path("feeds/calls.rss", feeds.CallsFeed(), name="call_feed_rss"),
    path("feeds/calls.atom", feeds.CallsAtomFeed(), name="call_feed_atom"),
    path("feeds/deadlines.ics", feeds.deadlines_ical, name="call_deadlines_ical"),
    path("digest/stop/<str:token>/", digest.stop_digest, name="digest_stop"),
]
