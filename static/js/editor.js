// The assessment editor's "Insert citation": with JavaScript the marker goes where the cursor
// is in the narrative; without it the form posts and the server adds it (threats/views).

const REFERENCE = /^[A-Za-z0-9][A-Za-z0-9._/-]{0,19}$/;

function marker(reference, locator) {
  const pages = locator.trim().replace(/\s+/g, " ");
  return pages ? `[@${reference}, ${pages}]` : `[@${reference}]`;
}

function insertAt(textarea, text) {
  const start = textarea.selectionStart ?? textarea.value.length;
  const end = textarea.selectionEnd ?? start;
  const before = textarea.value.slice(0, start);
  const after = textarea.value.slice(end);
  const spacer = before && !/\s$/.test(before) ? " " : "";
  // Keep the marker apart from a following word, but next to punctuation.
  const trailer = after && !/^[\s.,;:)]/.test(after) ? " " : "";
  textarea.setRangeText(spacer + text + trailer, start, end, "end");
  if (trailer) textarea.setSelectionRange(textarea.selectionEnd - 1, textarea.selectionEnd - 1);
  textarea.focus();
}

function enhance(picker) {
  const form = picker.closest("form");
  const textarea = form && form.querySelector("textarea[data-cite-target]");
  const button = picker.querySelector("[data-cite-button]");
  const select = picker.querySelector("select[name='cite-evidence']");
  const locator = picker.querySelector("input[name='cite-locator']");
  const paragraph = picker.querySelector("input[name='cite-paragraph']");
  if (!textarea || !button || !select || !locator) return;
  // The cursor decides where the citation goes, so the paragraph number is not needed.
  const paragraphGroup = paragraph && paragraph.closest(".govuk-form-group");
  if (paragraphGroup) paragraphGroup.hidden = true;
  const status = document.createElement("p");
  status.className = "govuk-body govuk-visually-hidden";
  status.setAttribute("role", "status");
  picker.append(status);
  button.addEventListener("click", (event) => {
    // No choice or a bad locator: let the server say what is wrong.
    if (!REFERENCE.test(select.value) || /[[\]]/.test(locator.value)) return;
    event.preventDefault();
    const text = marker(select.value, locator.value);
    insertAt(textarea, text);
    status.textContent = `${text} is inserted at the cursor. Save to keep it.`;
  });
}

document.querySelectorAll("[data-module='app-cite']").forEach(enhance);
