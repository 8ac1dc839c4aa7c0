/**
 * The settings on the title screen, as form controls: speed, sound, practice or
 * assessment, the untimed practice mode, reduced motion, text size and the trainee's name
 * for result files. Each change goes to
 * the settings store at once. When the chosen scenario locks its timer, the mode and timer
 * controls show the scenario's own values and cannot be changed.
 */
import type { Scenario } from '../src/scenario/scenario.schema';
import { element } from './dom';
import { canChooseMode, SPEEDS, type SettingsStore, TEXT_SIZES, type TextSize } from './settings';

/** The settings controls and a way to follow the chosen scenario. */
export interface TitleSettings {
  readonly root: HTMLElement;
  /** Shows what the scenario allows (its lock on mode and timer). */
  showScenario(scenario: Scenario | undefined): void;
}

const TEXT_SIZE_LABELS: Readonly<Record<TextSize, string>> = { normal: 'Normal', large: 'Large', larger: 'Larger' };

/** Builds the settings controls bound to `store`. */
export function buildTitleSettings(store: SettingsStore): TitleSettings {
  const root = element('details', 'settings-details');
  const summary = element('summary', 'settings-summary');
  const fieldset = element('fieldset', 'settings');
  fieldset.append(element('legend', 'visually-hidden', 'Settings'));
  root.append(summary, fieldset);

  const speed = radioGroup('Speed', 'speed', SPEEDS.map((value) => ({ value: String(value), label: `${value}×` })), String(store.value.speed), (value) =>
    store.update({ speed: Number(value) as (typeof SPEEDS)[number] }),
  );
  const mode = radioGroup(
    'Mode',
    'mode',
    [
      { value: 'practice', label: 'Practice' },
      { value: 'assessment', label: 'Assessment' },
    ],
    store.value.mode,
    (value) => {
      store.update({ mode: value === 'assessment' ? 'assessment' : 'practice' });
      sync();
    },
  );
  const untimed = checkbox('Untimed practice (the clock waits for you)', !store.value.timed, (checked) => store.update({ timed: !checked }));
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
  textSelect.addEventListener('change', () => store.update({ textSize: textSelect.value as TextSize }));
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

  const lockNote = element('p', 'settings-note');
  lockNote.id = 'settings-lock-note';

  fieldset.append(speed.root, mode.root, untimed.root, sound.root, motion.root, textLabel, nameLabel, lockNote);

  let locked: Scenario | undefined;
  function sync(): void {
    const value = store.value;
    const shownTimed = locked ? locked.timer.enabled : value.mode === 'assessment' || value.timed;
    summary.textContent = `Settings: ${locked?.mode ?? value.mode}${shownTimed ? '' : ', untimed'}, ${value.speed}×, sound ${value.sound ? 'on' : 'off'}${value.reducedMotion ? ', reduced motion' : ''}`;
    const lockedMode = locked !== undefined;
    for (const input of mode.inputs) {
      input.disabled = lockedMode;
      input.checked = input.value === (locked?.mode ?? value.mode);
    }
    const shownMode = locked?.mode ?? value.mode;
    untimed.input.disabled = lockedMode || shownMode === 'assessment';
    untimed.input.checked = locked ? !locked.timer.enabled : shownMode === 'practice' && !value.timed;
    lockNote.textContent = locked
      ? `Your instructor set this scenario to ${locked.mode}${locked.timer.enabled ? ', timed' : ', untimed'}.`
      : shownMode === 'assessment'
        ? 'Assessment is timed and shows no running score or hints.'
        : '';
  }

  store.subscribe(() => sync());
  return {
    root,
    showScenario(scenario) {
      locked = scenario && !canChooseMode(scenario) ? scenario : undefined;
      sync();
    },
  };
}

function radioGroup(
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

function checkbox(label: string, checked: boolean, onChange: (checked: boolean) => void): { root: HTMLElement; input: HTMLInputElement } {
  const root = element('label', 'setting-check');
  const input = element('input');
  input.type = 'checkbox';
  input.checked = checked;
  input.addEventListener('change', () => onChange(input.checked));
  root.append(input, element('span', undefined, label));
  return { root, input };
}
