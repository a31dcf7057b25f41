import os

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from demo.loader import DEMO_USERS, load_demo

# Documented in README.md. Only for the local demo: production refuses to seed without a flag.
DEFAULT_DEMO_PASSWORD = "midshire-demo-2019"


class Command(BaseCommand):
    help = (
        "Load the Midshire Police demo: two reporting periods under the 2015 SPR with every "
        "threat area and C assessed, evidence, citations, actions, departures, capacity "
        "metrics, the board paper's texts and one user per role. Safe to run again."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--allow-production",
            action="store_true",
            help="Load the demo even though DJANGO_DEBUG is off.",
        )
        parser.add_argument(
            "--no-issue",
            action="store_true",
            help="Skip issuing the 2018/19 paper (which renders its PDF).",
        )

    def handle(self, *args, allow_production=False, no_issue=False, **options):
        if not settings.DEBUG and not allow_production:
            raise CommandError(
                "Refusing to load demo data with DJANGO_DEBUG off: this looks like a production "
                "database. Pass --allow-production if you really mean it."
            )
        password = os.environ.get("DEMO_PASSWORD") or DEFAULT_DEMO_PASSWORD
        tally = load_demo(password=password, issue_papers=not no_issue)
        if tally.changed:
            for verb, counts in (("Created", tally.created), ("Updated", tally.updated)):
                if counts:
                    self.stdout.write(f"{verb}: {tally.describe(counts)}.")
            self.stdout.write(self.style.SUCCESS("Demo data loaded."))
        else:
            self.stdout.write("Demo data already present: nothing changed.")
        self.stdout.write("Demo sign-ins (username / password):")
        for username, _first, _last, title, role in DEMO_USERS:
            self.stdout.write(f"  {username:<9} / {password}   {role.label}: {title}")
