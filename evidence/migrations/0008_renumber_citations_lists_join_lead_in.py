"""Renumber citation rows now that a list belongs to the paragraph that introduces it.

A Citation row keeps the number of the paragraph of its text that it stands in
(evidence.services.citations_sync). A list directly after a paragraph used to be a numbered
paragraph of its own; it now joins that paragraph (evidence.citations.split_blocks), so the
rows of texts with such lists get the numbers the paper now prints. Only the paragraph numbers
change: a text's citations, their order and locators stay as they are.

The rule is copied here, both as it was (for the reverse) and as it is now, instead of being
imported: a migration must do the same thing whenever it runs, and the app's rule may change or
move later (a later change of rule renumbers in a migration of its own); the rule as it was
exists nowhere else any more. tests/evidence/test_renumber_migration.py checks that this copy
numbers as the app does today.
"""

import re
from collections import defaultdict

from django.db import migrations

REFERENCE = r"[A-Za-z0-9][A-Za-z0-9._/-]{0,19}"
CITATION_RE = re.compile(
    r"\[@(?P<ref>" + REFERENCE + r")(?:\s*,\s*(?P<locator>[^\]\[]{1,60}?))?\s*\]"
)
HEADING_RE = re.compile(r"^#{1,6}\s+(?P<text>.+?)\s*#*\s*$")
BLANK_LINES_RE = re.compile(r"\n[ \t]*\n+")
LIST_RE = re.compile(r"^ {0,3}(?:[*+-]|\d+\.) +\S")

# The texts that cite through Citation rows, as evidence 0007 left them: (app, model, the
# row's link to it, its text fields).
NARRATIVES = (
    ("assessments", "ThreatAssessment", "threat_assessment", ("context",)),
    ("assessments", "DimensionAssessment", "dimension_assessment", ("narrative", "gaps")),
    ("assessments", "Departure", "departure", ("justification",)),
    (
        "reports",
        "BoardPaper",
        "board_paper",
        ("purpose", "background", "recommendation", "conclusion"),
    ),
)


def cited(text: str, *, lists_join: bool) -> list[tuple[int, str]]:
    """(paragraph, reference) of each citation in a narrative, in order.

    Blocks between blank lines are numbered paragraphs; a heading line at the top of a block
    stands alone and is not numbered. With `lists_join`, a block that is a Markdown list and
    comes directly after a paragraph (not at the start, not after a heading) belongs to it.
    """
    found = []
    number = 0
    after_paragraph = False
    normalised = (text or "").replace("\r\n", "\n").replace("\r", "\n").strip()
    for chunk in BLANK_LINES_RE.split(normalised):
        chunk = chunk.strip("\n")
        if not chunk.strip():
            continue
        lines = chunk.split("\n")
        if HEADING_RE.match(lines[0].strip()):
            after_paragraph = False
            chunk = "\n".join(lines[1:]).strip("\n")
            if not chunk.strip():
                continue
        if not (lists_join and after_paragraph and LIST_RE.match(chunk)):
            number += 1
        after_paragraph = True
        found += [(number, match.group("ref")) for match in CITATION_RE.finditer(chunk)]
    return found


def renumber(apps, schema_editor, *, lists_join: bool) -> None:
    db = schema_editor.connection.alias
    Citation = apps.get_model("evidence", "Citation")
    changed = []
    for app_label, model_name, link, fields in NARRATIVES:
        model = apps.get_model(app_label, model_name)
        texts = {values["pk"]: values for values in model.objects.using(db).values("pk", *fields)}
        rows = defaultdict(list)  # by (target, field), in order
        citations = (
            Citation.objects.using(db)
            .filter(**{f"{link}__isnull": False})
            .select_related("evidence")
            .order_by(f"{link}_id", "field", "position")
        )
        for citation in citations:
            rows[getattr(citation, f"{link}_id"), citation.field].append(citation)
        for (pk, field), text_rows in rows.items():
            found = cited(texts[pk].get(field, ""), lists_join=lists_join)
            # Rows out of step with their text are left for its next save to rewrite.
            if [row.evidence.reference for row in text_rows] != [ref for _, ref in found]:
                continue
            for row, (paragraph, _reference) in zip(text_rows, found, strict=True):
                if row.paragraph != paragraph:
                    row.paragraph = paragraph
                    changed.append(row)
    # Citation rows keep no history (the narrative's history holds the markers).
    Citation.objects.using(db).bulk_update(changed, ["paragraph"], batch_size=500)


def lists_join_their_paragraph(apps, schema_editor):
    renumber(apps, schema_editor, lists_join=True)


def lists_stand_alone(apps, schema_editor):
    renumber(apps, schema_editor, lists_join=False)


class Migration(migrations.Migration):
    dependencies = [("evidence", "0007_citations_of_every_narrative")]

    operations = [migrations.RunPython(lists_join_their_paragraph, lists_stand_alone)]
