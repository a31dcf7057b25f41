"""Every narrative cites through Citation rows: a C's gaps, a departure's justification and the
board paper's own texts now get rows too (they printed their markers, but nothing recorded or
protected the items they cite). Each row names the text of its target that cites (`field`).

SQLite rebuilds the citation table to add the new columns, which drops its triggers: the
force rule is dropped first and installed again after, now covering departures and papers.
"""

import importlib
import re

import django.db.models.deletion
from django.db import migrations, models

from sprcompliance.dbtriggers import Invariant, install_invariants

OLD_RULES = install_invariants(
    *importlib.import_module("evidence.migrations.0003_citation_force_invariant").INVARIANTS
)

EVIDENCE_FORCE = "(SELECT force_id FROM evidence_evidenceitem WHERE id = NEW.evidence_id)"
PERIOD_FORCE = "(SELECT p.force_id FROM {table} x JOIN threats_reportingperiod p ON p.id = x.period_id WHERE x.id = NEW.{column})"
DIMENSION_FORCE = (
    "(SELECT p.force_id FROM threats_dimensionassessment d "
    "JOIN threats_threatassessment t ON t.id = d.threat_assessment_id "
    "JOIN threats_reportingperiod p ON p.id = t.period_id WHERE d.id = NEW.dimension_assessment_id)"
)
TARGET_FORCES = {
    "threat_assessment_id": PERIOD_FORCE.format(
        table="threats_threatassessment", column="threat_assessment_id"
    ),
    "dimension_assessment_id": DIMENSION_FORCE,
    "departure_id": PERIOD_FORCE.format(table="threats_departure", column="departure_id"),
    "board_paper_id": PERIOD_FORCE.format(table="reports_boardpaper", column="board_paper_id"),
}
INVARIANTS = [
    Invariant(
        name="citation_evidence_of_same_force",
        table="evidence_citation",
        violation=" OR ".join(
            f"(NEW.{column} IS NOT NULL AND {EVIDENCE_FORCE} <> {force})"
            for column, force in TARGET_FORCES.items()
        ),
        message="a narrative may only cite evidence of its own force",
    ),
]
NEW_RULES = install_invariants(*INVARIANTS)

# The paragraph rule as it stood when this migration was written (evidence/citations.py may
# change it later; a later migration then renumbers).
CITATION_RE = re.compile(
    r"\[@(?P<ref>[A-Za-z0-9][A-Za-z0-9._/-]{0,19})(?:\s*,\s*(?P<locator>[^\]\[]{1,60}?))?\s*\]"
)
HEADING_RE = re.compile(r"^#{1,6}\s+(?P<text>.+?)\s*#*\s*$")
BLANK_LINES_RE = re.compile(r"\n[ \t]*\n+")


def _citations_in(text):
    """(paragraph, reference, locator) of every citation marker, in order."""
    found, number = [], 0
    normalised = (text or "").replace("\r\n", "\n").replace("\r", "\n").strip()
    for chunk in BLANK_LINES_RE.split(normalised):
        chunk = chunk.strip("\n")
        if not chunk.strip():
            continue
        lines = chunk.split("\n")
        if HEADING_RE.match(lines[0].strip()):
            chunk = "\n".join(lines[1:]).strip("\n")
            if not chunk.strip():
                continue
        number += 1
        for match in CITATION_RE.finditer(chunk):
            found.append((number, match.group("ref"), (match.group("locator") or "").strip()))
    return found


# The texts that had no rows, with their link and the lookup to their force.
NEW_TEXTS = [
    (
        "assessments",
        "DimensionAssessment",
        "dimension_assessment",
        ["gaps"],
        "threat_assessment__period__force_id",
    ),
    ("assessments", "Departure", "departure", ["justification"], "period__force_id"),
    (
        "reports",
        "BoardPaper",
        "board_paper",
        ["purpose", "background", "recommendation", "conclusion"],
        "period__force_id",
    ),
]


def name_existing_texts(apps, schema_editor):
    citation = apps.get_model("evidence", "Citation")
    rows = citation.objects.using(schema_editor.connection.alias)
    rows.filter(threat_assessment__isnull=False).update(field="context")
    rows.filter(dimension_assessment__isnull=False).update(field="narrative")


def cite_from_new_texts(apps, schema_editor):
    db = schema_editor.connection.alias
    citation = apps.get_model("evidence", "Citation")
    item = apps.get_model("evidence", "EvidenceItem")
    references = {
        (force_id, reference): pk
        for pk, force_id, reference in item.objects.using(db).values_list(
            "pk", "force_id", "reference"
        )
    }
    rows = []
    for app_label, model_name, link, fields, force in NEW_TEXTS:
        model = apps.get_model(app_label, model_name)
        for values in model.objects.using(db).values("pk", force, *fields):
            for name in fields:
                cited = _citations_in(values[name])
                for position, (paragraph, reference, locator) in enumerate(cited, start=1):
                    # A marker naming evidence the register lacks has nothing to link to; the
                    # paper prints it as not found, and the next save of the text refuses it.
                    evidence_id = references.get((values[force], reference))
                    if evidence_id is not None:
                        rows.append(
                            citation(
                                evidence_id=evidence_id,
                                field=name,
                                paragraph=paragraph,
                                position=position,
                                locator=locator,
                                **{f"{link}_id": values["pk"]},
                            )
                        )
    citation.objects.using(db).bulk_create(rows)


def forget_new_texts(apps, schema_editor):
    citation = apps.get_model("evidence", "Citation")
    rows = citation.objects.using(schema_editor.connection.alias)
    rows.filter(departure__isnull=False).delete()
    rows.filter(board_paper__isnull=False).delete()
    rows.filter(dimension_assessment__isnull=False, field="gaps").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("assessments", "0001_initial"),
        ("evidence", "0006_evidence_force_from_accounts"),
        ("reports", "0005_issued_paper_fingerprint"),
    ]

    operations = [
        migrations.RunPython(OLD_RULES.reverse_code, OLD_RULES.code, elidable=False),
        migrations.RemoveConstraint(
            model_name="citation",
            name="citation_has_one_narrative",
        ),
        migrations.RemoveConstraint(
            model_name="citation",
            name="citation_context_position_unique",
        ),
        migrations.RemoveConstraint(
            model_name="citation",
            name="citation_dimension_position_unique",
        ),
        migrations.AddField(
            model_name="citation",
            name="board_paper",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.CASCADE,
                related_name="citations",
                to="reports.boardpaper",
            ),
        ),
        migrations.AddField(
            model_name="citation",
            name="departure",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.CASCADE,
                related_name="citations",
                to="assessments.departure",
            ),
        ),
        migrations.AddField(
            model_name="citation",
            name="field",
            field=models.CharField(
                default="narrative",
                help_text='The text of its target that cites, e.g. "narrative" or "gaps".',
                max_length=40,
            ),
            preserve_default=False,
        ),
        migrations.RunPython(name_existing_texts, migrations.RunPython.noop, elidable=False),
        migrations.AlterField(
            model_name="citation",
            name="paragraph",
            field=models.PositiveSmallIntegerField(
                help_text="1-based number of the paragraph within its text."
            ),
        ),
        migrations.AlterField(
            model_name="citation",
            name="position",
            field=models.PositiveSmallIntegerField(
                help_text="1-based order of the citation within its text."
            ),
        ),
        migrations.AddConstraint(
            model_name="citation",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    models.Q(
                        ("board_paper__isnull", True),
                        ("departure__isnull", True),
                        ("dimension_assessment__isnull", True),
                        ("threat_assessment__isnull", False),
                    ),
                    models.Q(
                        ("board_paper__isnull", True),
                        ("departure__isnull", True),
                        ("dimension_assessment__isnull", False),
                        ("threat_assessment__isnull", True),
                    ),
                    models.Q(
                        ("board_paper__isnull", True),
                        ("departure__isnull", False),
                        ("dimension_assessment__isnull", True),
                        ("threat_assessment__isnull", True),
                    ),
                    models.Q(
                        ("board_paper__isnull", False),
                        ("departure__isnull", True),
                        ("dimension_assessment__isnull", True),
                        ("threat_assessment__isnull", True),
                    ),
                    _connector="OR",
                ),
                name="citation_has_one_narrative",
            ),
        ),
        migrations.AddConstraint(
            model_name="citation",
            constraint=models.CheckConstraint(
                condition=models.Q(("field", ""), _negated=True), name="citation_names_its_text"
            ),
        ),
        migrations.AddConstraint(
            model_name="citation",
            constraint=models.UniqueConstraint(
                condition=models.Q(("threat_assessment__isnull", False)),
                fields=("threat_assessment", "field", "position"),
                name="citation_threat_assessment_position_unique",
            ),
        ),
        migrations.AddConstraint(
            model_name="citation",
            constraint=models.UniqueConstraint(
                condition=models.Q(("dimension_assessment__isnull", False)),
                fields=("dimension_assessment", "field", "position"),
                name="citation_dimension_assessment_position_unique",
            ),
        ),
        migrations.AddConstraint(
            model_name="citation",
            constraint=models.UniqueConstraint(
                condition=models.Q(("departure__isnull", False)),
                fields=("departure", "field", "position"),
                name="citation_departure_position_unique",
            ),
        ),
        migrations.AddConstraint(
            model_name="citation",
            constraint=models.UniqueConstraint(
                condition=models.Q(("board_paper__isnull", False)),
                fields=("board_paper", "field", "position"),
                name="citation_board_paper_position_unique",
            ),
        ),
        migrations.RunPython(NEW_RULES.code, NEW_RULES.reverse_code, elidable=False),
        migrations.RunPython(cite_from_new_texts, forget_new_texts, elidable=False),
    ]
