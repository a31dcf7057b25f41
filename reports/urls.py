from django.urls import path

from reports.views import dashboard, issued, paper

app_name = "reports"

urlpatterns = [
    path("periods/<int:period_pk>/paper/", paper.preview, name="paper"),
    path("periods/<int:period_pk>/paper.pdf", paper.draft_pdf, name="paper_pdf"),
    path("periods/<int:period_pk>/paper/issue/", paper.issue, name="paper_issue"),
    path("periods/<int:period_pk>/paper/reopen/", paper.reopen, name="period_reopen"),
    path("periods/<int:period_pk>/papers/", issued.issued_list, name="issued_list"),
    path("periods/<int:period_pk>/dashboard/", dashboard.dashboard_page, name="dashboard"),
    path("periods/<int:period_pk>/dashboard.pdf", dashboard.dashboard_pdf, name="dashboard_pdf"),
    path("periods/<int:period_pk>/compare/<int:other_pk>/", dashboard.compare, name="compare"),
    path("papers/<int:pk>/", issued.issued_detail, name="issued_detail"),
    path("papers/<int:pk>/download/", issued.issued_download, name="issued_download"),
]
