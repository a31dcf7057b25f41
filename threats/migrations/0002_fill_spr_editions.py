"""Load the 2012, 2015 and 2023 editions of the SPR: threat areas in each edition's own order,
and each edition's requirement headings (2012 joined capacity and contribution)."""

import datetime

from django.db import migrations

FIVE_CS = [
    (
        "capacity",
        "Capacity",
        "The aggregate national capacity needed, expressed as outcomes drawn from national "
        "strategies; a force must have regard to it.",
    ),
    ("contribution", "Contribution", "What this force contributes to that national capacity."),
    (
        "capability",
        "Capability",
        "What the force, often with others, must maintain to achieve the outcomes.",
    ),
    (
        "consistency",
        "Consistency",
        "Key specialist capabilities kept consistent between forces, and sometimes other "
        "emergency services, so that resources can be integrated.",
    ),
    (
        "connectivity",
        "Connectivity",
        "The arrangements by which resources from several forces and agencies are coordinated "
        "and mobilised.",
    ),
]

EDITIONS = [
    {
        "key": "spr-2012",
        "title": "The Strategic Policing Requirement (2012)",
        "short_title": "SPR 2012",
        "published_on": datetime.date(2012, 7, 31),
        "summary": "The first edition: five national threats.",
        "threats": [
            ("terrorism", "Terrorism", "", []),
            ("civil-emergencies", "Civil emergencies", "", []),
            (
                "serious-organised-crime",
                "Organised crime",
                "",
                ["Serious and organised crime", "SOC"],
            ),
            ("public-order", "Public order", "", ["Public disorder"]),
            (
                "cyber",
                "Large-scale cyber incident",
                "",
                ["National cyber security incident", "National cyber event"],
            ),
        ],
        "dimensions": [
            (
                "capacity-contribution",
                "Capacity and contribution",
                "The national capacity needed and this force's contribution to it.",
            ),
            *FIVE_CS[2:],
        ],
    },
    {
        "key": "spr-2015",
        "title": "The Strategic Policing Requirement (March 2015)",
        "short_title": "SPR 2015",
        "published_on": datetime.date(2015, 3, 1),
        "summary": "Six national threats: adds child sexual abuse to the 2012 edition.",
        "threats": [
            ("terrorism", "Terrorism", "", []),
            ("public-order", "Public order", "", ["Public disorder"]),
            ("serious-organised-crime", "Serious and organised crime", "SOC", ["Organised crime"]),
            (
                "cyber",
                "National cyber security incident",
                "NCSI",
                ["Large-scale cyber incident", "National cyber event"],
            ),
            ("civil-emergencies", "Civil emergencies", "", []),
            (
                "child-sexual-abuse",
                "Child sexual exploitation and abuse",
                "CSE/A",
                ["Child sexual abuse"],
            ),
        ],
        "dimensions": FIVE_CS,
    },
    {
        "key": "spr-2023",
        "title": "The Strategic Policing Requirement (February 2023)",
        "short_title": "SPR 2023",
        "published_on": datetime.date(2023, 2, 1),
        "summary": (
            "Seven national threats: adds violence against women and girls. Also carries "
            "chapters on assurance and governance and on cross-cutting capabilities."
        ),
        "threats": [
            ("vawg", "Violence against women and girls", "VAWG", []),
            ("terrorism", "Terrorism", "", []),
            ("serious-organised-crime", "Serious and organised crime", "SOC", ["Organised crime"]),
            (
                "cyber",
                "National cyber event",
                "",
                ["National cyber security incident", "Large-scale cyber incident", "NCSI"],
            ),
            (
                "child-sexual-abuse",
                "Child sexual abuse",
                "",
                ["Child sexual exploitation and abuse", "CSE/A"],
            ),
            ("public-order", "Public disorder", "", ["Public order"]),
            ("civil-emergencies", "Civil emergencies", "", []),
        ],
        "dimensions": FIVE_CS,
    },
]


def fill_editions(apps, schema_editor):
    Edition = apps.get_model("threats", "Edition")
    ThreatArea = apps.get_model("threats", "ThreatArea")
    Dimension = apps.get_model("threats", "Dimension")
    db = schema_editor.connection.alias  # the database being migrated, not always "default"
    for spec in EDITIONS:
        edition = Edition.objects.using(db).create(
            key=spec["key"],
            title=spec["title"],
            short_title=spec["short_title"],
            published_on=spec["published_on"],
            summary=spec["summary"],
        )
        for order, (key, label, short, aliases) in enumerate(spec["threats"], start=1):
            ThreatArea.objects.using(db).create(
                edition=edition,
                key=key,
                label=label,
                short_label=short or label,
                aliases=aliases,
                order=order,
            )
        for order, (key, label, description) in enumerate(spec["dimensions"], start=1):
            Dimension.objects.using(db).create(
                edition=edition, key=key, label=label, order=order, description=description
            )


def remove_editions(apps, schema_editor):
    Edition = apps.get_model("threats", "Edition")
    Edition.objects.using(schema_editor.connection.alias).filter(
        key__in=[spec["key"] for spec in EDITIONS]
    ).delete()


class Migration(migrations.Migration):
    dependencies = [("threats", "0001_initial")]

    operations = [migrations.RunPython(fill_editions, remove_editions)]
