"""Narratives that made Markdown's work grow with the square of their length, timed
(`python -m bench.narratives`, a step of `make bench`).

For each text: the time to number and render it as the paper and the editor's preview do
(evidence/numbering.py, through sprcompliance/richtext.py's bounds), against a target of 1 s;
for the brackets, also Python-Markdown by itself on the same text, the work the pages did
before the bounds, and the ratio of the two.
"""

import argparse
import json
import os
import time
from pathlib import Path

TARGET_S = 1.0
BRACKETS = (1_000, 2_000, 19_990)
# Other shapes within the 20,000-character cap, each once slow in its own way.
SHAPES = {
    'links: "[a](" x 4,997': "[a](" * 4_997,
    "a heading line with 19,990 spaces inside": "# a" + " " * 19_990 + "b",
    "19,990 spaces before a citation": " " * 19_990 + "[@EV-1]",
    'unclosed notes: "[^" x 9,995': "[^" * 9_995,
    'raw HTML: "<a " x 6,600': "<a " * 6_600,
}


def timed(function, text: str) -> float:
    start = time.perf_counter()
    function(text)
    return round(time.perf_counter() - start, 3)


def run(brackets=BRACKETS, shapes=SHAPES, library=True) -> list[dict]:
    import markdown

    from evidence.numbering import number_narrative

    def numbered(text):
        return number_narrative(text, {})

    results = []
    for count in brackets:
        text = "[" * count + "]("
        result = {"text": f'{count:,} "[" then "]("', "bounded_s": timed(numbered, text)}
        if library:
            result["library_s"] = timed(markdown.markdown, text)
            result["ratio"] = round(result["library_s"] / max(result["bounded_s"], 0.001))
        results.append(result)
    results += [
        {"text": label, "bounded_s": timed(numbered, text)} for label, text in shapes.items()
    ]
    for result in results:
        result["meets_target"] = result["bounded_s"] < TARGET_S
    return results


def table(results: list[dict]) -> list[str]:
    lines = [f"{'text':44} {'bounded':>8} {'Markdown alone':>15} {'ratio':>8}  target < 1 s"]
    for r in results:
        alone = f"{r['library_s']:.3f} s" if "library_s" in r else "-"
        ratio = f"{r['ratio']:,}x" if "ratio" in r else "-"
        verdict = "met" if r["meets_target"] else "MISSED"
        lines.append(f"{r['text']:44} {r['bounded_s']:>6.3f} s {alone:>15} {ratio:>8}  {verdict}")
    return lines


def main(argv=None):
    parser = argparse.ArgumentParser(description="Pathological narratives, timed.")
    parser.add_argument("--json", type=Path, help="write the results here")
    args = parser.parse_args(argv)
    os.environ["DJANGO_SETTINGS_MODULE"] = "sprcompliance.settings"
    os.environ["DJANGO_DEBUG"] = "1"  # no database is used: the settings need no secret
    import django

    django.setup()
    results = run()
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n")
    print("\n".join(table(results)))


if __name__ == "__main__":
    main()
