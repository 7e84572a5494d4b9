from django.urls import path

from .views import desk, groups

app_name = "workinggroups"

urlpatterns = [
    path("members-area/groups/", groups.group_list, name="group_list"),
    path("members-area/groups/<slug:slug>/", groups.group_detail, name="group_detail"),
    path("members-area/groups/<slug:slug>/join/", groups.join_view, name="join"),
    path("members-area/groups/<slug:slug>/leave/", groups.leave_view, name="leave"),
    path("members-area/groups/<slug:slug>/edit/", groups.edit_text, name="edit_text"),
    path("desk/working-groups/", desk.desk_groups, name="desk_groups"),
    path("desk/working-groups/<slug:slug>/", desk.desk_group, name="desk_group"),
    path("desk/working-groups/<slug:slug>/active/", desk.desk_toggle_active, name="desk_toggle_active"),
]
