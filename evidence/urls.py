from django.urls import path

from evidence.views import files, items, register

app_name = "evidence"

urlpatterns = [
    path("", register.register, name="register"),
    path("export.csv", register.export, {"fmt": "csv"}, name="export_csv"),
    path("export.xlsx", register.export, {"fmt": "xlsx"}, name="export_xlsx"),
    path("new/", items.create, name="create"),
    path("<int:pk>/", items.detail, name="detail"),
    path("<int:pk>/edit/", items.edit, name="edit"),
    path("files/<int:pk>/download/", files.download, name="file_download"),
]
