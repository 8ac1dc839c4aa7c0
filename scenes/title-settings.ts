/**
 * The settings on the title screen, as form controls: the speed timed days start at, sound,
 * reduced motion, text size and the trainee's name for result files. Each change goes to
 * the settings store at once, and is kept between visits. Practice or assessment and the
 * timer are not here: they belong to one day and are chosen on its briefing
 * (`briefing-panel.ts`), starting from the scenario's own.
 */
import { element } from './dom';
import { SPEEDS, type SettingsStore, TEXT_SIZES, type TextSize } from './settings';

/** The settings controls. */
export interface TitleSettings {
  readonly root: HTMLElement;
  /** Opens the settings, brings them into view and puts keyboard focus on them (the title's "Settings" button). */
  reveal(): void;
  /** Stops following the store (the title closes). */
  close(): void;
}

/** The nearest ancestor of `node` that scrolls vertically, or null. */
function scrollingAncestor(node: HTMLElement): HTMLElement | null {
  for (let parent = node.parentElement; parent !== null; parent = parent.parentElement) {
    if (parent.scrollHeight > parent.clientHeight && /auto|scroll/.test(getComputedStyle(parent).overflowY)) return parent;
  }
  return null;
}

/**
 * Runs `change` (which lays the page out anew, as the text size does) and scrolls `control`'s
 * scrolling ancestor so the control stays where it was on screen, under the pointer (or moves
 * the least that keeps it whole in view): with the
 * larger text the list above it grew, and the setting jumped away (issue 19's second playtest).
 */
function keepInPlace(control: HTMLElement, change: () => void): void {
  const before = control.getBoundingClientRect().top;
  change();
  const scroller = scrollingAncestor(control);
  if (scroller) scroller.scrollTop += control.getBoundingClientRect().top - before;
  // Grown with the text, it may pass the list's edge: moved the least that shows it whole.
  control.scrollIntoView({ block: 'nearest' });
}

const TEXT_SIZE_LABELS: Readonly<Record<TextSize, string>> = { normal: 'Normal', large: 'Large', larger: 'Larger' };

/** Builds the settings controls bound to `store`. */
export function buildTitleSettings(store: SettingsStore): TitleSettings {
  const root = element('details', 'settings-details');
  const summary = element('summary', 'settings-summary');
  const fieldset = element('fieldset', 'settings');
  fieldset.append(element('legend', 'visually-hidden', 'Settings'));
  root.append(summary, fieldset);

  const speed = radioGroup('Speed of timed days', 'speed', SPEEDS.map((value) => ({ value: String(value), label: speedLabel(value) })), String(store.value.speed), (value) =>
    store.update({ speed: Number(value) as (typeof SPEEDS)[number] }),
  );
  const sound = checkbox('Sound', store.value.sound, (checked) => store.update({ sound: checked }));
  const motion = checkbox('Reduced motion', store.value.reducedMotion, (checked) => store.update({ reducedMotion: checked }));

  const textLabel = element('label', 'setting-select');
  textLabel.append(element('span', 'setting-name', 'Text size'));
  const textSelect = element('select');
  for (const size of TEXT_SIZES) {
    const option = element('option', undefined, TEXT_SIZE_LABELS[size]);
    option.value = size;
    textSelect.append(option);
  }
  textSelect.value = store.value.textSize;
  textSelect.addEventListener('change', () => keepInPlace(textSelect, () => store.update({ textSize: textSelect.value as TextSize })));
  textLabel.append(textSelect);

  const nameLabel = element('label', 'setting-select');
  nameLabel.append(element('span', 'setting-name', 'Your name (on result files)'));
  const nameInput = element('input');
  nameInput.type = 'text';
  nameInput.maxLength = 120;
  nameInput.autocomplete = 'name';
  nameInput.value = store.value.playerName;
  nameInput.addEventListener('change', () => store.update({ playerName: nameInput.value.trim() }));
  nameLabel.append(nameInput);

  fieldset.append(speed.root, sound.root, motion.root, textLabel, nameLabel);

  const unsubscribe = store.subscribe((value) => {
    // The chooser shows the speed the next day starts at, whoever set it last (the briefing sets it too).
    for (const input of speed.inputs) input.checked = input.value === String(value.speed);
    summary.textContent = `Settings: ${speedLabel(value.speed)} speed, sound ${value.sound ? 'on' : 'off'}, ${TEXT_SIZE_LABELS[value.textSize].toLowerCase()} text${value.reducedMotion ? ', reduced motion' : ''}`;
  });
  return {
    root,
    reveal() {
      root.open = true;
      root.scrollIntoView({ block: 'nearest' });
      summary.focus();
    },
    close: unsubscribe,
  };
}

/** "1×", "0.5×". */
export function speedLabel(speed: number): string {
  return `${speed}×`;
}

/** A group of radio chips under a legend, as the settings show them. */
export function radioGroup(
  legend: string,
  name: string,
  options: readonly { value: string; label: string }[],
  checked: string,
  onChange: (value: string) => void,
): { root: HTMLElement; inputs: HTMLInputElement[] } {
  const root = element('fieldset', 'setting-group');
  root.append(element('legend', 'setting-name', legend));
  const inputs = options.map(({ value, label }) => {
    const wrapper = element('label', 'setting-chip');
    const input = element('input');
    input.type = 'radio';
    input.name = name;
    input.value = value;
    input.checked = value === checked;
    input.addEventListener('change', () => {
      if (input.checked) onChange(value);
    });
    wrapper.append(input, element('span', undefined, label));
    root.append(wrapper);
    return input;
  });
  return { root, inputs };
}

/** A labelled checkbox, as the settings show it. */
export function checkbox(label: string, checked: boolean, onChange: (checked: boolean) => void): { root: HTMLElement; input: HTMLInputElement } {
  const root = element('label', 'setting-check');
  const input = element('input');
  input.type = 'checkbox';
  input.checked = checked;
  input.addEventListener('change', () => onChange(input.checked));
  root.append(input, element('span', undefined, label));
  return { root, input };
}
