"""The product's URLs plus the floor: a trivial view, for the benchmarks only."""

from django.http import HttpResponse
from django.urls import path

from sprcompliance.urls import urlpatterns as product_urlpatterns


def floor(request):
    """The least a page can cost: the same middleware (session, user, CSP...), no work."""
    return HttpResponse("ok", content_type="text/plain")


urlpatterns = [path("bench/floor/", floor, name="bench_floor"), *product_urlpatterns]
