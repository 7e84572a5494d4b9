from django.urls import path

from . import views

urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path("strategy/", views.StrategyView.as_view(), name="strategy"),
    path("become-a-member/", views.BecomeMemberView.as_view(), name="become_member"),
    path("contact/", views.ContactView.as_view(), name="contact"),
    path("privacy/", views.PrivacyView.as_view(), name="privacy"),
    path("legal-notice/", views.LegalNoticeView.as_view(), name="legal_notice"),
    path("accessibility/", views.AccessibilityView.as_view(), name="accessibility"),
]
