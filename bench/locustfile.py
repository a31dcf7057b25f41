"""Locust users for `make load` (bench/load.py writes the targets file named by LOAD_TARGETS).

Three kinds of people, in the proportions a force has them at work:

- analysts (3 in 6): the evidence register, a filtered register, and an assessment edit:
  open a C's page, change its narrative, save (the save redirects back to the page);
- PCC office staff (2 in 6): the dashboard, the comparison with last year, the paper preview;
- board members (1 in 6): the issued papers list and the issued PDF.

Each simulated user signs in once through the sign-in form, with the CSRF token from the
form and the right password, as a person would. Each analyst edits a cell of its own, so two
simulated people never edit the same text at once (which would rightly answer 409).
"""

import itertools
import json
import os
import random
from html.parser import HTMLParser
from pathlib import Path

from locust import HttpUser, between, task

TARGETS = json.loads(Path(os.environ["LOAD_TARGETS"]).read_text())
ANALYST_SEATS = itertools.count()
NOTE = "Checked again during the quarterly review."


class Forms(HTMLParser):
    """The forms of a page, each as its action and the values it would submit."""

    def __init__(self):
        super().__init__()
        self.forms: list[dict] = []
        self._textarea: str | None = None
        self._select: str | None = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form":
            self.forms.append({"action": a.get("action") or "", "fields": {}})
        elif not self.forms:
            return
        fields = self.forms[-1]["fields"] if self.forms else {}
        if tag == "input" and a.get("name"):
            kind = a.get("type", "text")
            if kind in ("radio", "checkbox") and "checked" not in a:
                return
            if kind not in ("submit", "button", "file"):
                fields[a["name"]] = a.get("value", "")
        elif tag == "textarea" and a.get("name"):
            self._textarea = a["name"]
            fields[a["name"]] = ""
        elif tag == "select" and a.get("name"):
            self._select = a["name"]
            fields.setdefault(a["name"], "")
        elif tag == "option" and self._select and "selected" in a:
            fields[self._select] = a.get("value", "")

    def handle_endtag(self, tag):
        if tag == "textarea":
            self._textarea = None
        elif tag == "select":
            self._select = None

    def handle_data(self, data):
        if self._textarea and self.forms:
            self.forms[-1]["fields"][self._textarea] += data

    def form_with(self, field: str) -> dict | None:
        return next((f for f in self.forms if field in f["fields"]), None)


def forms_of(html: str) -> Forms:
    parser = Forms()
    parser.feed(html)
    return parser


class SignedInUser(HttpUser):
    abstract = True
    username = ""
    wait_time = between(1, 3)

    def on_start(self):
        page = self.client.get("/accounts/login/", name="sign-in form")
        form = forms_of(page.text).form_with("csrfmiddlewaretoken")
        with self.client.post(
            "/accounts/login/",
            data={
                "csrfmiddlewaretoken": form["fields"]["csrfmiddlewaretoken"] if form else "",
                "username": self.username,
                "password": TARGETS["password"],
            },
            headers={"Referer": f"{self.host}/accounts/login/"},
            name="sign in",
            catch_response=True,
        ) as response:
            # A successful sign-in redirects away from the form; a refusal shows it again.
            if response.url.rstrip("/").endswith("/accounts/login") or response.status_code != 200:
                response.failure(f"sign-in as {self.username} refused ({response.status_code})")


class Analyst(SignedInUser):
    weight = 3
    username = "analyst"

    def on_start(self):
        super().on_start()
        cells = TARGETS["cells"]
        self.cell = cells[next(ANALYST_SEATS) % len(cells)]

    @task(3)
    def register(self):
        self.client.get("/evidence/", name="register")

    @task(3)
    def register_filtered(self):
        params = {
            "period": TARGETS["period"],
            "threat_area": random.choice(TARGETS["threat_areas"]),
            "freshness": random.choice(["fresh", "stale", ""]),
            "q": random.choice(["", "report", "HMICFRS"]),
        }
        self.client.get("/evidence/", params=params, name="register, filtered")

    @task(2)
    def edit_assessment(self):
        page = self.client.get(self.cell, name="assessment editor")
        form = forms_of(page.text).form_with("narrative")
        if form is None:
            return  # the failed GET is already counted
        fields = dict(form["fields"])
        narrative = fields["narrative"].replace("\r\n", "\n").rstrip()
        if narrative.endswith(NOTE):
            fields["narrative"] = narrative[: -len(NOTE)].rstrip()
        else:
            fields["narrative"] = f"{narrative}\n\n{NOTE}"
        fields["action"] = "save"
        with self.client.post(
            self.cell,
            data=fields,
            headers={"Referer": f"{self.host}{self.cell}"},
            name="assessment save",
            catch_response=True,
        ) as response:
            if "Your changes are saved" not in response.text:
                response.failure(f"not saved (status {response.status_code})")


class PccStaff(SignedInUser):
    weight = 2
    username = "pccstaff"

    @task(3)
    def dashboard(self):
        self.client.get(f"/periods/{TARGETS['period']}/dashboard/", name="dashboard")

    @task(1)
    def compare(self):
        url = f"/periods/{TARGETS['period']}/compare/{TARGETS['previous']}/"
        self.client.get(url, name="compare with last year")

    @task(1)
    def paper_preview(self):
        self.client.get(f"/periods/{TARGETS['period']}/paper/", name="paper preview")


class BoardMember(SignedInUser):
    weight = 1
    username = "board"

    @task(2)
    def issued_list(self):
        self.client.get(f"/periods/{TARGETS['previous']}/papers/", name="issued papers")

    @task(1)
    def issued_pdf(self):
        for pk in TARGETS["issued"]:
            with self.client.get(
                f"/papers/{pk}/download/", name="issued paper PDF", catch_response=True
            ) as response:
                if not response.content.startswith(b"%PDF"):
                    response.failure("not a PDF")
