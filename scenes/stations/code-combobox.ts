/**
 * A code field with search: an editable combobox (WAI-ARIA APG "editable combobox with list
 * autocomplete") over a listbox of codes. Typing searches by code or words; Down and Up
 * move through the list, Enter or a click puts the code in the field, Escape closes the
 * list (a second Escape reaches the panel). The trainee may also just type a code.
 * Under the field, the description of the code it holds, so a code is never shown bare.
 */
import { element } from '../dom';
import type { CodeOption } from './code-search';
import { formatDollars } from '../../src/domain/money';

/** Options for `codeCombobox`. */
export interface CodeComboboxOptions {
  readonly id: string;
  /** The accessible name of the field. */
  readonly label: string;
  readonly value: string;
  readonly readOnly: boolean;
  readonly placeholder?: string;
  readonly search: (query: string) => CodeOption[];
  /** The option describing a code as typed, for the line under the field. */
  readonly describe: (code: string) => CodeOption | null;
  /** Called after every change of the field's value. */
  readonly onChange: (value: string) => void;
}

/** A code field and its list. */
export interface CodeCombobox {
  readonly root: HTMLElement;
  readonly input: HTMLInputElement;
}

function optionText(option: CodeOption): string {
  const charge = option.chargeCents === undefined ? '' : ` · ${formatDollars(option.chargeCents)}`;
  return `${option.status}${charge}`;
}

/** Builds a code field with its search list. */
export function codeCombobox(options: CodeComboboxOptions): CodeCombobox {
  const root = element('div', 'code-field');
  const input = element('input', 'code-input');
  input.id = options.id;
  input.type = 'text';
  input.value = options.value;
  input.autocomplete = 'off';
  input.spellcheck = false;
  input.readOnly = options.readOnly;
  input.setAttribute('aria-label', options.label);
  if (options.placeholder) input.placeholder = options.placeholder;
  const described = element('span', 'code-description');
  described.id = `${options.id}-description`;
  input.setAttribute('aria-describedby', described.id);
  root.append(input);

  // `settled`: the trainee has left the field or picked from the list. While they are still typing
  // (the list open), words that are not yet a code are a search, not a mistake: no warning under them.
  const describe = (settled = true) => {
    const option = input.value.trim() === '' ? null : options.describe(input.value);
    const unknown = input.value.trim() !== '' && option === null && settled;
    described.textContent = option ? `${option.description} — ${option.status}` : unknown ? 'Not a code in the practice’s code set' : '';
    // Where the form keeps it to two lines, the whole of a longer one on hover.
    described.title = described.textContent;
    described.classList.toggle('code-description-unknown', unknown);
    described.classList.toggle('code-description-invalid', option !== null && !option.validOnDate);
  };
  describe();

  if (options.readOnly) {
    root.append(described);
    return { root, input };
  }

  const listbox = element('ul', 'code-listbox');
  listbox.id = `${options.id}-listbox`;
  listbox.setAttribute('role', 'listbox');
  listbox.setAttribute('aria-label', `Codes matching the ${options.label}`);
  listbox.hidden = true;
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', listbox.id);
  root.append(listbox, described);

  let results: CodeOption[] = [];
  let active = -1;

  const setActive = (index: number) => {
    active = index;
    listbox.querySelectorAll<HTMLElement>('[role="option"]').forEach((node, i) => {
      const selected = i === index;
      node.setAttribute('aria-selected', String(selected));
      node.classList.toggle('code-option-active', selected);
      if (selected) node.scrollIntoView({ block: 'nearest' });
    });
    if (index >= 0) input.setAttribute('aria-activedescendant', `${listbox.id}-${index}`);
    else input.removeAttribute('aria-activedescendant');
  };

  const close = () => {
    listbox.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    setActive(-1);
  };

  const choose = (index: number) => {
    const option = results[index];
    if (!option) return;
    input.value = option.code;
    close();
    describe();
    options.onChange(input.value);
  };

  const open = () => {
    results = options.search(input.value);
    listbox.replaceChildren();
    results.forEach((option, index) => {
      const item = element('li', `code-option${option.validOnDate ? '' : ' code-option-invalid'}`);
      item.id = `${listbox.id}-${index}`;
      item.setAttribute('role', 'option');
      item.setAttribute('aria-selected', 'false');
      const code = element('span', 'code-option-code', option.code);
      const text = element('span', 'code-option-text', option.description);
      const status = element('span', 'code-option-status', optionText(option));
      status.title = option.dates;
      item.append(code, text, status);
      item.addEventListener('mousedown', (event) => event.preventDefault());
      item.addEventListener('click', () => choose(index));
      listbox.append(item);
    });
    if (results.length === 0) {
      const none = element('li', 'code-option-none', 'No code in the practice’s code set matches. Try a word of the description (fever, chest pain) or the first characters of the code, and code what the provider’s note documents.');
      none.setAttribute('role', 'option');
      none.setAttribute('aria-disabled', 'true');
      none.setAttribute('aria-selected', 'false');
      listbox.append(none);
    }
    listbox.hidden = input.value.trim() === '';
    input.setAttribute('aria-expanded', String(!listbox.hidden));
    setActive(-1);
  };

  input.addEventListener('input', () => {
    open();
    describe(false);
    options.onChange(input.value);
  });
  input.addEventListener('blur', () => {
    close();
    describe();
  });
  input.addEventListener('keydown', (event) => {
    const expanded = !listbox.hidden;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!expanded) open();
        if (results.length > 0) setActive(Math.min(results.length - 1, active + 1));
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (expanded && results.length > 0) setActive(Math.max(0, active - 1));
        break;
      case 'Enter':
        if (expanded && active >= 0) {
          event.preventDefault();
          choose(active);
        } else if (expanded) {
          event.preventDefault();
          close();
        }
        break;
      case 'Escape':
        if (expanded) {
          event.preventDefault();
          event.stopPropagation();
          close();
        }
        break;
      default:
        break;
    }
  });
  return { root, input };
}
