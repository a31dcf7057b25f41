"""Checks axe-core cannot make: visible keyboard focus and the size of our own small targets."""

# Every element that can take focus, with the styles that show focus, as it looks unfocused.
SNAPSHOT = """() => {
  const selector = "a[href], button, input:not([type=hidden]), select, textarea, summary, "
    + "[tabindex]";
  window.__unfocused = new Map();
  for (const el of document.querySelectorAll(selector)) {
    const s = getComputedStyle(el);
    window.__unfocused.set(el, [s.outlineStyle + s.outlineWidth + s.outlineColor, s.boxShadow,
                                s.backgroundColor, s.color, s.textDecorationLine,
                                s.borderColor].join("|"));
  }
}"""

# Whether the focused element now looks different, in a way that is drawn: an outline that is
# not transparent, a box shadow, a background, colour, underline or border change.
FOCUSED = """() => {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const s = getComputedStyle(el);
  const outline = s.outlineStyle !== "none" && parseFloat(s.outlineWidth) > 0
    && !/rgba\\(.*, 0\\)$/.test(s.outlineColor) && s.outlineColor !== "transparent";
  const now = [s.outlineStyle + s.outlineWidth + s.outlineColor, s.boxShadow,
               s.backgroundColor, s.color, s.textDecorationLine, s.borderColor].join("|");
  const before = window.__unfocused.get(el);
  const label = el.tagName.toLowerCase() + (el.id ? "#" + el.id : "")
    + (el.className && typeof el.className === "string" ? "." + el.className.split(" ")[0] : "")
    + " \\"" + (el.innerText || el.value || el.name || "").trim().slice(0, 40) + "\\"";
  return {label, visible: outline || (before !== undefined && before !== now)};
}"""

# WCAG 2.2 2.5.8 Target Size (Minimum): at least 24 by 24 CSS pixels, or far enough from other
# targets that 24-pixel circles centred on each do not overlap. Only our own small controls are
# measured (links inside sentences are exempt, and GOV.UK Frontend's components are tested by
# GOV.UK).
OWN_SMALL_TARGETS = (
    ".app-link-button, .app-sort-link, .govuk-back-link, .govuk-footer__link, "
    ".govuk-pagination__link, .govuk-service-navigation__link, .govuk-skip-link, "
    "table a[href], table button, .govuk-summary-list__actions a, .govuk-details__summary"
)
TARGET_SIZE = """(selector) => {
  const all = [...document.querySelectorAll("a[href], button, input, select, textarea, summary")]
    .filter((el) => { const r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0; });
  const rect = (el) => el.getBoundingClientRect();
  const centre = (r) => [r.left + r.width / 2, r.top + r.height / 2];
  const distanceToRect = ([x, y], r) => Math.hypot(
    Math.max(r.left - x, 0, x - r.right), Math.max(r.top - y, 0, y - r.bottom));
  const problems = [];
  for (const el of document.querySelectorAll(selector)) {
    const r = rect(el);
    if (r.width === 0 || r.height === 0 || getComputedStyle(el).visibility === "hidden") continue;
    if (r.width >= 24 && r.height >= 24) continue;
    const c = centre(r);
    const crowded = all.some((other) => {
      if (other === el || other.contains(el) || el.contains(other)) return false;
      const o = rect(other);
      const small = o.width < 24 || o.height < 24;
      return small ? Math.hypot(c[0] - centre(o)[0], c[1] - centre(o)[1]) < 24
                   : distanceToRect(c, o) < 12;
    });
    if (crowded) {
      problems.push(`${el.tagName.toLowerCase()}.${el.className.split(" ")[0]} "`
        + `${el.innerText.trim().slice(0, 40)}": ${r.width.toFixed(0)}x${r.height.toFixed(0)}px`);
    }
  }
  return problems;
}"""


def tab_through(page, *, presses: int = 40) -> list[dict]:
    """Tab through the page from where focus is; each element reached, and whether its focus
    can be seen."""
    page.evaluate(SNAPSHOT)
    reached = []
    for _ in range(presses):
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUSED)
        if focused is None:
            break
        reached.append(focused)
    return reached


def small_targets(page) -> list[str]:
    return page.evaluate(TARGET_SIZE, OWN_SMALL_TARGETS)
