"""axe-core, injected into pages to check them against WCAG 2.2 AA."""

from pathlib import Path

import pytest

AXE_JS = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
# The rules for WCAG 2.0, 2.1 and 2.2 success criteria at levels A and AA.
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]

RUN = """async (tags) => {
  const results = await axe.run(document, {runOnly: {type: "tag", values: tags}});
  return {
    version: axe.version,
    violations: results.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({target: n.target.join(" "), summary: n.failureSummary})),
    })),
  };
}"""


def source() -> str:
    """axe.min.js from node_modules. Missing is a failure, never a skip: the checks must run."""
    if not AXE_JS.is_file():
        pytest.fail(
            f"{AXE_JS} is missing: run `make test` (or `npm ci`) to install axe-core at the "
            "version package-lock.json pins.",
            pytrace=False,
        )
    return AXE_JS.read_text(encoding="utf-8")


def check(page, axe_source: str) -> dict:
    """Run axe on the page as it is now; the page's context must bypass the CSP (see callers)."""
    page.add_script_tag(content=axe_source)
    return page.evaluate(RUN, TAGS)


def describe(violations: list[dict]) -> str:
    lines = []
    for violation in violations:
        lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']}")
        lines.extend(f"    {node['target']}: {node['summary']}" for node in violation["nodes"])
    return "\n".join(lines)
