"""Nothing sent to a signed-in person is kept by a browser or a shared cache.

Everything a signed-in person is sent shows their force's data: OFFICIAL-SENSITIVE evidence,
draft and issued papers, the dashboard, the editors. Kept in a cache, a page could be read
again from a shared computer's history after signing out, or served by a proxy to someone
else. So every response to a signed-in user, pages, redirects, refusals and file downloads
alike, says `private, no-store`. Static files (WhiteNoise answers them before this runs) and
the pages anyone may read without signing in keep their caching.
"""

from django.utils.cache import patch_cache_control


class PrivateResponsesNotStoredMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        # Read after the view: signing in or out changes who the answer is for.
        if request.user.is_authenticated:
            patch_cache_control(response, private=True, no_store=True)
        return response
