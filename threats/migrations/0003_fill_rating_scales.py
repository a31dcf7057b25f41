"""Load the rating scales: the default SPR compliance scale, PEEL's five-point judgements and
PCC scrutiny's assurance scale. Each has one "not yet assessed" level, where new cells start."""

from django.db import migrations

NOT_ASSESSED = ("not-assessed", "Not yet assessed", "#505a5f", "#ffffff", False)

SCALES = [
    {
        "key": "spr-compliance",
        "name": "SPR compliance",
        "description": "Whether the force meets the requirement. The default scale.",
        "levels": [
            ("meets", "Meets", "#00703c", "#ffffff", True),
            ("partially-meets", "Partially meets", "#ffdd00", "#0b0c0c", True),
            ("does-not-meet", "Does not meet", "#d4351c", "#ffffff", True),
            NOT_ASSESSED,
        ],
    },
    {
        "key": "peel",
        "name": "PEEL judgement",
        "description": "The inspectorate's five-point scale.",
        "levels": [
            ("outstanding", "Outstanding", "#005a30", "#ffffff", True),
            ("good", "Good", "#00703c", "#ffffff", True),
            ("adequate", "Adequate", "#ffdd00", "#0b0c0c", True),
            ("requires-improvement", "Requires improvement", "#f47738", "#0b0c0c", True),
            ("inadequate", "Inadequate", "#d4351c", "#ffffff", True),
            NOT_ASSESSED,
        ],
    },
    {
        "key": "pcc-assurance",
        "name": "PCC assurance",
        "description": "The conclusion of PCC scrutiny.",
        "levels": [
            ("assured", "Assured", "#00703c", "#ffffff", True),
            ("partially-assured", "Partially assured", "#ffdd00", "#0b0c0c", True),
            ("not-assured", "Not assured", "#d4351c", "#ffffff", True),
            NOT_ASSESSED,
        ],
    },
]


def fill_scales(apps, schema_editor):
    RatingScale = apps.get_model("threats", "RatingScale")
    RatingLevel = apps.get_model("threats", "RatingLevel")
    db = schema_editor.connection.alias  # the database being migrated, not always "default"
    for spec in SCALES:
        scale = RatingScale.objects.using(db).create(
            key=spec["key"], name=spec["name"], description=spec["description"]
        )
        for rank, (key, label, colour, text_colour, assessed) in enumerate(spec["levels"], 1):
            RatingLevel.objects.using(db).create(
                scale=scale,
                key=key,
                label=label,
                rank=rank,
                colour=colour,
                text_colour=text_colour,
                is_assessed=assessed,
            )


def remove_scales(apps, schema_editor):
    RatingScale = apps.get_model("threats", "RatingScale")
    RatingScale.objects.using(schema_editor.connection.alias).filter(
        key__in=[spec["key"] for spec in SCALES]
    ).delete()


class Migration(migrations.Migration):
    dependencies = [("threats", "0002_fill_spr_editions")]

    operations = [migrations.RunPython(fill_scales, remove_scales)]
