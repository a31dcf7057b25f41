"""Database trigger: a narrative may only cite evidence of its own force, so one force's
evidence can never surface in another force's paper."""

from django.db import migrations

from sprcompliance.dbtriggers import Invariant, install_invariants

EVIDENCE_FORCE = "(SELECT force_id FROM evidence_evidenceitem WHERE id = NEW.evidence_id)"
CONTEXT_FORCE = (
    "(SELECT p.force_id FROM threats_threatassessment t "
    "JOIN threats_reportingperiod p ON p.id = t.period_id WHERE t.id = NEW.threat_assessment_id)"
)
DIMENSION_FORCE = (
    "(SELECT p.force_id FROM threats_dimensionassessment d "
    "JOIN threats_threatassessment t ON t.id = d.threat_assessment_id "
    "JOIN threats_reportingperiod p ON p.id = t.period_id WHERE d.id = NEW.dimension_assessment_id)"
)

INVARIANTS = [
    Invariant(
        name="citation_evidence_of_same_force",
        table="evidence_citation",
        violation=(
            f"(NEW.threat_assessment_id IS NOT NULL AND {EVIDENCE_FORCE} <> {CONTEXT_FORCE}) OR "
            f"(NEW.dimension_assessment_id IS NOT NULL AND {EVIDENCE_FORCE} <> {DIMENSION_FORCE})"
        ),
        message="a narrative may only cite evidence of its own force",
    ),
]


class Migration(migrations.Migration):
    dependencies = [
        ("evidence", "0002_initial"),
        ("threats", "0004_assessment_edition_invariants"),
    ]

    operations = [install_invariants(*INVARIANTS)]
