"""Downloading an evidence file: only for people of the item's force who may read evidence."""

import logging

from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_safe

from accounts.access import READERS, role_required
from evidence.models import EvidenceFile
from sprcompliance.downloads import attachment

logger = logging.getLogger(__name__)


@require_safe
@role_required(*READERS)
def download(request, pk: int):
    record = get_object_or_404(
        EvidenceFile.objects.select_related("item"), pk=pk, item__force=request.user.force
    )
    try:
        handle = record.file.open("rb")
    except FileNotFoundError:
        logger.error("Evidence file %s (%s) is missing from storage", record.pk, record.file.name)
        raise Http404("The file is missing from storage.") from None
    # The stored content type came from our own check of the content; the browser must not
    # guess another, and the file is always a download, never shown in the page.
    response = FileResponse(handle, content_type=record.content_type)
    response["X-Content-Type-Options"] = "nosniff"
    return attachment(response, record.original_name)
