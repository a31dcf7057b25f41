"""Database triggers: an assessment's threat area, dimension and rating must come from its
period's edition and rating scale, and a period cannot change edition or scale once assessed."""

from django.db import migrations

from sprcompliance.dbtriggers import Invariant, install_invariants

PERIOD_EDITION = "(SELECT edition_id FROM threats_reportingperiod WHERE id = NEW.period_id)"
ASSESSMENT_PERIOD = (
    "(SELECT p.{column} FROM threats_threatassessment t "
    "JOIN threats_reportingperiod p ON p.id = t.period_id WHERE t.id = NEW.threat_assessment_id)"
)

INVARIANTS = [
    Invariant(
        name="threatassessment_area_in_edition",
        table="threats_threatassessment",
        violation=(
            "(SELECT edition_id FROM threats_threatarea WHERE id = NEW.threat_area_id) "
            f"<> {PERIOD_EDITION}"
        ),
        message="threat area is not in the period's SPR edition",
    ),
    Invariant(
        name="dimensionassessment_dimension_in_edition",
        table="threats_dimensionassessment",
        violation=(
            "(SELECT edition_id FROM threats_dimension WHERE id = NEW.dimension_id) "
            f"<> {ASSESSMENT_PERIOD.format(column='edition_id')}"
        ),
        message="dimension is not in the period's SPR edition",
    ),
    Invariant(
        name="dimensionassessment_rating_on_scale",
        table="threats_dimensionassessment",
        violation=(
            "(SELECT scale_id FROM threats_ratinglevel WHERE id = NEW.rating_id) "
            f"<> {ASSESSMENT_PERIOD.format(column='rating_scale_id')}"
        ),
        message="rating is not on the period's rating scale",
    ),
    Invariant(
        name="reportingperiod_framework_fixed_once_assessed",
        table="threats_reportingperiod",
        violation=(
            "(NEW.edition_id <> OLD.edition_id OR NEW.rating_scale_id <> OLD.rating_scale_id) "
            "AND EXISTS (SELECT 1 FROM threats_threatassessment WHERE period_id = NEW.id)"
        ),
        message="a period with assessments cannot change its SPR edition or rating scale",
        on_insert=False,
    ),
]


class Migration(migrations.Migration):
    dependencies = [("threats", "0003_fill_rating_scales")]

    operations = [install_invariants(*INVARIANTS)]
