from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from accounts.models import Force
from reports.paper import build_paper
from reports.pdf import PaperRenderError
from reports.selectors import paper_data
from reports.services import paper_pdf, paper_print_html
from threats.models import ReportingPeriod


class Command(BaseCommand):
    help = "Render a period's board paper to PDF (or HTML) without the web server."

    def add_arguments(self, parser):
        parser.add_argument("--period", required=True, help='Period label, e.g. "2019/20".')
        parser.add_argument("--force", help="Force slug; needed when several forces exist.")
        parser.add_argument("--output", required=True, help="File to write.")
        parser.add_argument("--html", action="store_true", help="Write the HTML, not a PDF.")

    def handle(self, *args, period, force, output, html, **options):
        chosen = self._period(period, force)
        paper = build_paper(paper_data(chosen))
        document = paper_print_html(paper)
        target = Path(output)
        try:
            if html:
                target.write_text(document, encoding="utf-8")
            else:
                target.write_bytes(paper_pdf(document).pdf)
        except PaperRenderError as error:
            raise CommandError(str(error)) from None
        except OSError as error:
            raise CommandError(f"Could not write {target}: {error.strerror}.") from None
        self.stdout.write(
            f"Wrote {target} ({chosen.force.name} {chosen.label}: {paper.paragraph_count} "
            f"paragraphs, {len(paper.footnotes)} notes, marked {paper.classification})."
        )
        if paper.unknown_references:
            self.stderr.write(
                "Warning: cited but not in the register: " + ", ".join(paper.unknown_references)
            )

    def _period(self, label, force_slug) -> ReportingPeriod:
        periods = ReportingPeriod.objects.with_framework()
        periods = periods.filter(label=label)
        if force_slug:
            if not Force.objects.filter(slug=force_slug).exists():
                raise CommandError(f'No force has the slug "{force_slug}".')
            periods = periods.filter(force__slug=force_slug)
        found = list(periods[:2])
        if not found:
            raise CommandError(f'No reporting period is labelled "{label}".')
        if len(found) > 1:
            raise CommandError(f'Several forces have a period "{label}": choose one with --force.')
        return found[0]
