from django.urls import path

from assessments.views import assessments, departures, metrics

app_name = "assessments"

urlpatterns = [
    path("periods/<int:period_pk>/threats/", assessments.threat_list, name="threat_list"),
    path(
        "periods/<int:period_pk>/threats/<slug:threat_key>/",
        assessments.assessment,
        name="assessment",
    ),
    path(
        "periods/<int:period_pk>/threats/<slug:threat_key>/<slug:dimension_key>/",
        assessments.dimension,
        name="dimension",
    ),
]

urlpatterns += [
    path("periods/<int:period_pk>/departures/", departures.departure_list, name="departure_list"),
    path(
        "periods/<int:period_pk>/departures/new/",
        departures.departure_create_view,
        name="departure_create",
    ),
    path(
        "periods/<int:period_pk>/departures/<int:pk>/edit/",
        departures.departure_edit,
        name="departure_edit",
    ),
]

urlpatterns += [
    path(
        "periods/<int:period_pk>/threats/<slug:threat_key>/measures/new/",
        metrics.metric_create,
        name="metric_create",
    ),
    path(
        "periods/<int:period_pk>/threats/<slug:threat_key>/measures/<int:pk>/edit/",
        metrics.metric_edit,
        name="metric_edit",
    ),
]
