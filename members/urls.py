from django.urls import path

from . import views
from .views import area, directory

urlpatterns = [
    path("account/", views.AccountView.as_view(), name="account"),
    path("members-area/", area.MembersAreaView.as_view(), name="members_area"),
    path("members-area/directory/", directory.DirectoryView.as_view(), name="member_directory"),
    path(
        "members-area/directory/<slug:slug>/",
        directory.OrganisationProfileView.as_view(),
        name="organisation_profile",
    ),
    path("members-area/directory/<slug:slug>/edit/", directory.edit_profile_view, name="organisation_edit"),
]
