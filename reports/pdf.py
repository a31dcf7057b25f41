"""HTML to PDF with WeasyPrint, safely and under a time limit.

WeasyPrint's default fetcher reads `file://` URLs and follows links marked
`rel=attachment` into the PDF, so it is never used: `StaticOnlyFetcher` serves our own static
files from disk and refuses everything else (no `file:`, no `http(s):` to other hosts, no
redirects, since nothing goes over the network).

Rendering runs in a child process that is killed when it exceeds the time limit, so a
pathological paper cannot hold a web worker for ever.

`reports.weasy_speedups` makes WeasyPrint 70's footnote layout incremental and its contents
leaders cheaper (the same pages, several times faster for a paper with hundreds of notes); it is
installed on import, so the forkserver and every renderer it forks have it, and it stays out
for any other WeasyPrint version. `reports.weasy_fixes` likewise keeps WeasyPrint 70 from leaving
out a footnote whose line it keeps at the foot of a page after moving earlier notes on.
"""

import logging
import mimetypes
import multiprocessing
import resource
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit

from weasyprint import HTML
from weasyprint.urls import FatalURLFetchingError, URLFetcher, URLFetcherResponse

from reports import weasy_fixes, weasy_speedups

weasy_fixes.install()
weasy_speedups.install()

# The base URL the paper HTML is rendered against. `.invalid` can never resolve (RFC 2606),
# so even a fetcher bug could not reach a real host.
BASE_URL = "https://paper.invalid/"
STATIC_PREFIX = "/static/"
OWN_STATIC = BASE_URL.rstrip("/") + STATIC_PREFIX


class PaperRenderError(Exception):
    """The PDF could not be made; the message says why in words a user can act on."""


class PaperRenderTimeout(PaperRenderError):
    pass


class StaticOnlyFetcher(URLFetcher):
    """Serve `https://paper.invalid/static/...` from our static folders; refuse the rest."""

    def __init__(self, static_dirs: list[Path], **kwargs):
        super().__init__(allowed_protocols={"https", "data"}, allow_redirects=False, **kwargs)
        self.static_dirs = [Path(d).resolve() for d in static_dirs]
        self.requested: list[str] = []
        self.refused: list[str] = []

    def fetch(self, url, headers=None):
        self.requested.append(url)
        if url.startswith("data:"):
            return super().fetch(url, headers)
        path = self._static_path(url)
        if path is None:
            self.refused.append(url)
            raise ValueError(f"Refused to fetch {url!r}: only our own static files are served.")
        content_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        return URLFetcherResponse(url, path.read_bytes(), {"Content-Type": content_type})

    def _static_path(self, url: str) -> Path | None:
        parts = urlsplit(url)
        if parts.scheme != "https" or parts.netloc != urlsplit(BASE_URL).netloc:
            return None
        if not parts.path.startswith(STATIC_PREFIX) or parts.query:
            return None
        relative = unquote(parts.path[len(STATIC_PREFIX) :])
        for directory in self.static_dirs:
            candidate = (directory / relative).resolve()
            # Resolve first, then check: "../" and symlinks cannot leave the static folder.
            if candidate.is_relative_to(directory) and candidate.is_file():
                return candidate
        return None


def html_to_pdf(html: str, *, static_dirs: list[Path], fetcher: StaticOnlyFetcher | None = None):
    """Render in this process. Returns the PDF bytes; the fetcher records what was asked."""
    fetcher = fetcher or StaticOnlyFetcher(static_dirs)
    try:
        # Tagged PDF: screen readers get headings, paragraphs and reading order (PSBAR/WCAG).
        return HTML(string=html, base_url=BASE_URL, url_fetcher=fetcher).write_pdf(pdf_tags=True)
    except FatalURLFetchingError as error:  # pragma: no cover - our fetcher never raises it
        raise PaperRenderError(str(error)) from error


@dataclass
class RenderResult:
    pdf: bytes
    requested: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)
    peak_rss_kib: int = 0  # the rendering process's peak memory
    cpu_seconds: float = 0.0  # the rendering process's CPU time (user and system)


# Children are forked from a small server process that has already imported WeasyPrint, so a
# render starts in milliseconds, and the web process itself (which may run threads) never forks.
_context = multiprocessing.get_context("forkserver")
_context.set_forkserver_preload(["reports.pdf"])


def _render_in_child(html: str, static_dirs: list[Path], connection) -> None:
    logging.getLogger("weasyprint").setLevel(logging.ERROR)  # refusals are reported instead
    fetcher = StaticOnlyFetcher(static_dirs)
    try:
        pdf = html_to_pdf(html, static_dirs=static_dirs, fetcher=fetcher)
    except Exception as error:  # report any failure to the parent rather than a traceback
        connection.send({"error": f"{type(error).__name__}: {error}"})
    else:
        usage = resource.getrusage(resource.RUSAGE_SELF)
        connection.send(
            {
                "pdf": pdf,
                "requested": fetcher.requested,
                "refused": fetcher.refused,
                "peak_rss_kib": usage.ru_maxrss,
                # CPU rather than wall time: on a busy machine it still says what a render costs.
                "cpu_seconds": usage.ru_utime + usage.ru_stime,
            }
        )
    finally:
        connection.close()


def render_pdf(html: str, *, static_dirs: list[Path], timeout: float) -> RenderResult:
    """Render in a child process, stopped after `timeout` seconds."""
    receiver, sender = _context.Pipe(duplex=False)
    child = _context.Process(target=_render_in_child, args=(html, list(static_dirs), sender))
    child.start()
    sender.close()
    try:
        if not receiver.poll(timeout):
            raise PaperRenderTimeout(
                f"Making the PDF took longer than {timeout:g} seconds and was stopped. "
                "Try again; if it keeps happening, the paper may be unusually large."
            )
        try:
            report = receiver.recv()
        except EOFError:
            report = {"error": "the renderer stopped unexpectedly."}
    finally:
        if child.is_alive():
            child.kill()
        child.join()
        receiver.close()
    if "error" in report:
        raise PaperRenderError(f"The PDF could not be made: {report['error']}")
    # Our documents name only our own static files, and narratives are sanitised, so a refusal
    # under our own prefix means a file of ours is missing: WeasyPrint would carry on without
    # it (a paper with no page numbers or markings), which must never be issued.
    missing = [url for url in report["refused"] if url.startswith(OWN_STATIC)]
    if missing:
        raise PaperRenderError(
            f"The PDF could not be made: the file {missing[0]} it needs was not found."
        )
    return RenderResult(
        report["pdf"],
        report["requested"],
        report["refused"],
        report["peak_rss_kib"],
        report["cpu_seconds"],
    )
