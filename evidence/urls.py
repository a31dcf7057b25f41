from django.urls import path

from evidence.views import actions, files, items, register

app_name = "evidence"

urlpatterns = [
    path("evidence/", register.register, name="register"),
    path("evidence/export.csv", register.export, {"fmt": "csv"}, name="export_csv"),
    path("evidence/export.xlsx", register.export, {"fmt": "xlsx"}, name="export_xlsx"),
    path("evidence/new/", items.create, name="create"),
    path("evidence/<int:pk>/", items.detail, name="detail"),
    path("evidence/<int:pk>/edit/", items.edit, name="edit"),
    path("evidence/files/<int:pk>/download/", files.download, name="file_download"),
]

urlpatterns += [
    path("actions/", actions.action_list, name="action_list"),
    path("actions/new/", actions.action_create_view, name="action_create"),
    path("actions/<int:pk>/edit/", actions.action_edit, name="action_edit"),
]
