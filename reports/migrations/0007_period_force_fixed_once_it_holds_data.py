"""Database trigger: a period keeps its force once it holds that force's data (assessments,
departures, its paper, issued papers, actions raised in it), so none of it, nor the citations
of its texts, can pass to another force by moving the period.

The rule reads tables of the assessments, evidence and reports apps, so this top app installs
it. On SQLite a later migration that rebuilds any of those tables or the period table must drop
this trigger first and install it again after (as evidence 0007 does for the citation rule).
"""

from django.db import migrations

from sprcompliance.dbtriggers import Invariant, install_invariants

HOLDINGS = {
    "threats_threatassessment": "period_id",
    "threats_departure": "period_id",
    "reports_boardpaper": "period_id",
    "reports_issuedpaper": "period_id",
    "evidence_action": "raised_in_id",
}
HOLDS_DATA = " OR ".join(
    f"EXISTS (SELECT 1 FROM {table} WHERE {column} = NEW.id)" for table, column in HOLDINGS.items()
)
INVARIANTS = [
    Invariant(
        name="reportingperiod_force_fixed_once_it_holds_data",
        table="threats_reportingperiod",
        violation=f"NEW.force_id <> OLD.force_id AND ({HOLDS_DATA})",
        message="a period that holds its force's data cannot change force",
        on_insert=False,
    ),
]


class Migration(migrations.Migration):
    dependencies = [
        ("assessments", "0002_departure_approval_is_an_act"),
        ("evidence", "0008_renumber_citations_lists_join_lead_in"),
        ("reports", "0006_issued_paper_wording_fingerprint"),
        ("threats", "0007_forces_move_to_accounts"),
    ]

    operations = [install_invariants(*INVARIANTS)]
