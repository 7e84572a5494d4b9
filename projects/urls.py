from django.urls import path

from .views import ideas, outcomes, suggestions, workflow

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
    path("members-area/project-records/<int:pk>/verify/", outcomes.verify, name="record_verify"),
    path("members-area/project-records/<int:pk>/correct/", outcomes.correct, name="record_correct"),
    path("members-area/project-history/", outcomes.ProjectHistoryView.as_view(), name="project_history"),
    path(
        "members-area/ideas/<int:pk>/suggestions/<int:organisation_pk>/invite/",
        suggestions.invite,
        name="suggestion_invite",
    ),
    path(
        "members-area/ideas/<int:pk>/suggestions/<int:organisation_pk>/dismiss/",
        suggestions.dismiss,
        name="suggestion_dismiss",
    ),
    path(
        "members-area/ideas/<int:pk>/suggestions/recompute/",
        suggestions.recompute,
        name="suggestions_recompute",
    ),
    path("members-area/matching/", suggestions.MatchingOverviewView.as_view(), name="matching_overview"),
    path("members-area/matching/runs/", suggestions.start_run, name="matching_start_run"),
    path("members-area/matching/runs/<int:pk>/", suggestions.MatchingRunView.as_view(), name="matching_run"),
]
