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

// A long register makes a long list: a search box above it keeps only the items whose
// reference or title holds every word typed (the chosen item always stays).
const FILTER_FROM = 12;

function addFilter(select) {
  const all = [...select.options].map((option) => ({
    option,
    words: option.text.toLowerCase(),
  }));
  const items = all.filter(({ option }) => option.value);
  if (items.length < FILTER_FROM) return;
  const id = `${select.id || "cite-evidence"}-filter`;
  const group = document.createElement("div");
  group.className = "govuk-form-group";
  group.innerHTML = `
    <label class="govuk-label govuk-label--s" for="${id}">Find evidence</label>
    <div class="govuk-hint" id="${id}-hint">Type part of a reference or title to shorten the list of evidence below, then press Enter to go to the list.</div>
    <input class="govuk-input govuk-!-width-two-thirds" id="${id}" type="search"
      autocomplete="off" spellcheck="false" aria-describedby="${id}-hint">
    <p class="govuk-body-s govuk-!-margin-top-2 govuk-!-margin-bottom-0" id="${id}-count"
      aria-live="polite"></p>`;
  select.closest(".govuk-form-group").before(group);
  const input = group.querySelector("input");
  const count = group.querySelector(`#${CSS.escape(id)}-count`);
  let timer;
  const apply = () => {
    const terms = input.value.toLowerCase().split(/\s+/).filter(Boolean);
    const chosen = select.value;
    const matches = (words) => terms.every((term) => words.includes(term));
    const shown = all.filter(
      ({ option, words }) => !option.value || option.value === chosen || matches(words),
    );
    select.replaceChildren(...shown.map(({ option }) => option));
    select.value = chosen;
    const number = items.filter(({ words }) => matches(words)).length;
    const keptAnyway = chosen && !matches(all.find(({ option }) => option.value === chosen).words);
    clearTimeout(timer);
    // Announced once typing pauses, not at every key.
    timer = setTimeout(() => {
      if (!terms.length) {
        count.textContent = `All ${items.length} items are listed.`;
      } else {
        const found = number ? `${number} of ${items.length} items match.` : "No items match.";
        count.textContent = keptAnyway ? `${found} The item you chose is still listed.` : found;
      }
    }, 400);
  };
  input.addEventListener("input", apply);
  input.addEventListener("keydown", (event) => {
    // Enter would submit the whole editor form (saving it); here it moves on to the list.
    // While an input method is composing a word, Enter belongs to it.
    if (event.key === "Enter" && !event.isComposing) {
      event.preventDefault();
      select.focus();
    }
  });
}

function enhance(picker) {
  const form = picker.closest("form");
  const textarea = form && form.querySelector("textarea[data-cite-target]");
  const button = picker.querySelector("[data-cite-button]");
  const select = picker.querySelector("select[name='cite-evidence']");
  const locator = picker.querySelector("input[name='cite-locator']");
  const paragraph = picker.querySelector("input[name='cite-paragraph']");
  if (!textarea || !button || !select || !locator) return;
  addFilter(select);
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
