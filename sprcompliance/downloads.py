"""What a downloaded file is called: one way for every file the service sends.

A download's name is made of people's text (a period's label, the name an uploaded file came
with), which may hold quotes, slashes or line breaks. Every download is named by `attachment`,
so none of them can break its header or suggest a name in another folder.
"""

import re
import unicodedata

from django.utils.http import content_disposition_header

MAX_LENGTH = 255
LONGEST_EXTENSION = 20
SEPARATORS = re.compile(r"[/\\]")


def safe_file_name(name: str) -> str:
    """`name` as a file name: slashes read as hyphens ("2019/20" downloads as "2019-20"),
    without control characters (a line break would end the header), without spaces and dots
    at either end (a leading dot hides a file), and at most 255 characters, keeping the
    extension. Quotes and letters beyond ASCII stay: the header carries them safely."""
    name = SEPARATORS.sub("-", name or "")
    name = "".join(ch for ch in name if unicodedata.category(ch)[0] != "C").strip(" .")
    if len(name) > MAX_LENGTH:
        stem, dot, extension = name.rpartition(".")
        if dot and len(extension) < LONGEST_EXTENSION:
            name = f"{stem[: MAX_LENGTH - 1 - len(extension)]}.{extension}"
        else:
            name = name[:MAX_LENGTH]
    return name or "file"


def attachment(response, name: str):
    """Send the response as a download called `name`, made safe. Django's header quotes the
    name (escaping quotes) and gives a name beyond ASCII in the RFC 5987 form."""
    response["Content-Disposition"] = content_disposition_header(True, safe_file_name(name))
    return response
