from django.urls import path

from .views import ideas, outcomes, workflow

app_name = "projects"
urlpatterns = [
    path("members-area/ideas/", ideas.IdeaListView.as_view(), name="idea_list"),
    path("members-area/ideas/new/", ideas.IdeaCreateView.as_view(), name="idea_create"),
    path("members-area/ideas/<int:pk>/", ideas.IdeaDetailView.as_view(), name="idea_detail"),
    path("members-area/ideas/<int:pk>/edit/", ideas.IdeaUpdateView.as_view(), name="idea_edit"),
    path("members-area/ideas/<int:pk>/phase/", workflow.move_phase, name="idea_move_phase"),
    path("members-area/ideas/<int:pk>/interest/", workflow.express, name="idea_express_interest"),
    path("members-area/interests/<int:pk>/decide/", workflow.decide, name="interest_decide"),
    path("members-area/interests/<int:pk>/withdraw/", workflow.withdraw, name="interest_withdraw"),
    path("members-area/ideas/<int:pk>/submission/", outcomes.submission, name="idea_record_submission"),
    path("members-area/project-records/<int:pk>/outcome/", outcomes.outcome, name="record_outcome"),
    path("members-area/project-history/", outcomes.ProjectHistoryView.as_view(), name="project_history"),
]
