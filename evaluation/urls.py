from django.urls import path

from .views import dashboard, exports, reports, risks

app_name = "evaluation"

urlpatterns = [
    path("", dashboard.DashboardView.as_view(), name="dashboard"),
    path("indicators/<slug:key>.csv", exports.indicator_csv, name="indicator_csv"),
    path("hit-rate.csv", exports.hit_rate_csv, name="hit_rate_csv"),
    path("reports/", reports.report_create, name="report_create"),
    path("reports/<int:pk>/", reports.ReportStatusView.as_view(), name="report_status"),
    path("reports/<int:pk>/download/", reports.report_download, name="report_download"),
    path("reports/<int:pk>/restart/", reports.report_restart, name="report_restart"),
    path("risks/", risks.RiskListView.as_view(), name="risk_list"),
    path("risks/new/", risks.RiskCreateView.as_view(), name="risk_create"),
    path("risks/<int:pk>/edit/", risks.RiskUpdateView.as_view(), name="risk_update"),
]
