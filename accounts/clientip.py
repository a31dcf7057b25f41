"""The client's address, for sign-in throttling and the security log.

Behind reverse proxies the connection comes from the nearest proxy, and each proxy appends
the address it received the request from to X-Forwarded-For. Only the entries the trusted
proxies added can be believed (a client can send any X-Forwarded-For it likes), so with N
trusted proxies the client is the N-th entry from the right. With none configured, the header
is ignored.
"""

import ipaddress

from django.conf import settings
from django.http import HttpRequest


def client_ip(request: HttpRequest) -> str | None:
    remote_addr = request.META.get("REMOTE_ADDR") or None
    proxies = settings.TRUSTED_PROXY_COUNT
    if not proxies:
        return remote_addr
    hops = [hop.strip() for hop in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    hops = [hop for hop in hops if hop]
    if len(hops) < proxies:
        # The request did not come through every proxy we were told about.
        return remote_addr
    candidate = hops[-proxies]
    try:
        return str(ipaddress.ip_address(candidate))
    except ValueError:
        return remote_addr
