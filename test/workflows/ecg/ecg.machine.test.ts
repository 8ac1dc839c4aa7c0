import { describe, expect, it } from 'vitest';
import { ARTEFACT_REMEDIES, ECG_ACTION_SAMPLES, ECG_ARTEFACTS, type EcgAction } from '../../../src/workflows/ecg/ecg.actions';
import { ecg } from '../../../src/workflows/ecg';
import type { EcgContext } from '../../../src/workflows/ecg/ecg.context';
import { checkBlocker, ecgAvailableActions, explainBlocker, finishBlocker, handOverBlocker, patientDataBlocker, placeBlocker, positionBlocker, recordBlocker, remedyBlocker, removeBlocker, settingsBlocker, skinPrepBlocker } from '../../../src/workflows/ecg/ecg.machine';
import { ecgDay, expertActions, messages, play, replay, send, slipsOn, start, verdicts } from './ecg-support';

const DAY = ecgDay();
const PLAIN = expertActions(DAY, 'plain');

/** The actions with the first of `type` changed by `change` (null: dropped). */
function changed<T extends EcgAction['type']>(actions: readonly EcgAction[], type: T, change: (action: Extract<EcgAction, { type: T }>) => EcgAction | null): EcgAction[] {
  const index = actions.findIndex((action) => action.type === type);
  if (index < 0) throw new Error(`no ${type} action`);
  const replaced = change(actions[index] as Extract<EcgAction, { type: T }>);
  return [...actions.slice(0, index), ...(replaced === null ? [] : [replaced]), ...actions.slice(index + 1)];
}

/** The actions with `inserted` put just before the first of `type`. */
function before(actions: readonly EcgAction[], type: EcgAction['type'], ...inserted: EcgAction[]): EcgAction[] {
  const index = actions.findIndex((action) => action.type === type);
  return [...actions.slice(0, index), ...inserted, ...actions.slice(index)];
}

function played(patientId: string, actions: readonly EcgAction[]) {
  const started = start(DAY, patientId);
  replay(started, actions);
  return { started, ...verdicts(started.journal) };
}

const context = (started: ReturnType<typeof start>) => started.actor.getSnapshot().context as EcgContext;

describe('ecgMachine', () => {
  it('records a clean ECG with every check passed and none missed when the expert plays it, and charts it', () => {
    const { started, passed, missed } = played('plain', PLAIN);
    expect(missed).toEqual([]);
    expect(new Set(passed)).toEqual(new Set(['ecg.hand-hygiene', 'ecg.patient-id', 'ecg.preparation', 'ecg.electrode-placement', 'ecg.limb-leads', 'ecg.artefact', 'ecg.settings', 'ecg.scope']));
    expect(started.actor.getSnapshot().status).toBe('done');
    expect(started.actor.getSnapshot().output).toEqual({ ecg: { recorded: true, handedOver: 'routine', artefactsOnFinal: [], interpretation: 'in-house' } });
  });

  it('takes the expert through the steps in order: preparation, ten electrodes, settings and data, tracing, check, hand-over, electrodes off', () => {
    expect(PLAIN.map((action) => action.type)).toEqual([
      'hands.cleaned',
      'patient.identified',
      'procedure.explained',
      'privacy.provided',
      'patient.positioned',
      'skin.prepared',
      ...Array<'electrode.placed'>(10).fill('electrode.placed'),
      'machine.set',
      'patient-data.entered',
      'tracing.recorded',
      'tracing.checked',
      'tracing.handed-over',
      'electrodes.removed',
      'ecg.finished',
    ]);
    expect(PLAIN).toContainEqual({ type: 'electrode.placed', electrode: 'V1', site: { space: 4, line: 'right-sternal-border' } });
    expect(PLAIN).toContainEqual({ type: 'electrode.placed', electrode: 'V4', site: { space: 5, line: 'midclavicular' } });
    expect(PLAIN).toContainEqual({ type: 'patient-data.entered', name: 'Walter James PLAIN', dateOfBirth: '1958-03-02', sex: 'male' });
  });

  it('lists what its guards accept at each step, and records only once all ten electrodes are on and the machine is set', () => {
    const started = start(DAY, 'plain');
    expect(ecgAvailableActions(started.actor.getSnapshot())).toEqual([
      'hands.cleaned',
      'patient.identified',
      'provider.alerted',
      'procedure.explained',
      'privacy.provided',
      'patient.positioned',
      'skin.prepared',
      'electrode.placed',
      'machine.set',
      'patient-data.entered',
      'ecg.finished',
    ]);
    const upToTheLastElectrode = PLAIN.slice(0, PLAIN.findIndex((action) => action.type === 'machine.set') - 1);
    replay(started, upToTheLastElectrode);
    expect(started.actor.getSnapshot().can({ type: 'tracing.recorded' })).toBe(false);
    expect(ecgAvailableActions(started.actor.getSnapshot())).not.toContain('skin.prepared');
    expect(ecgAvailableActions(started.actor.getSnapshot())).not.toContain('ecg.finished');
    replay(started, [PLAIN[PLAIN.findIndex((action) => action.type === 'machine.set') - 1]!, { type: 'machine.set', paperSpeed: 25, gain: 10 }]);
    expect(ecgAvailableActions(started.actor.getSnapshot())).toContain('tracing.recorded');
    replay(started, [{ type: 'tracing.recorded' }]);
    expect(ecgAvailableActions(started.actor.getSnapshot())).toEqual(expect.arrayContaining(['tracing.checked', 'tracing.handed-over', 'electrodes.removed']));
    expect(ecgAvailableActions(started.actor.getSnapshot())).not.toContain('tracing.recorded');
    expect(ecg.outstandingOrders!(started.actor.getSnapshot())).toEqual(['ecg']);
    replay(started, [{ type: 'tracing.checked', artefact: 'none' }, { type: 'tracing.handed-over', urgency: 'routine' }]);
    expect(ecg.outstandingOrders!(started.actor.getSnapshot())).toEqual([]);
    expect(ecg.hint(started.actor.getSnapshot())).toBe('Take the electrodes off, wipe off the gel and help the patient dress.');
  });

  it('says why it cannot record at each step, and says nothing exactly when it can', () => {
    const started = start(DAY, 'plain');
    const why = () => recordBlocker(context(started));
    const can = () => started.actor.getSnapshot().can({ type: 'tracing.recorded' });
    expect(why()).toBe('Place RA, LA, RL, LL, V1, V2, V3, V4, V5 and V6 first: the machine records with all ten lead wires on.');
    const lastElectrode = PLAIN.findIndex((action) => action.type === 'machine.set') - 1;
    replay(started, PLAIN.slice(0, lastElectrode));
    expect(why()).toBe('Place V6 first: the machine records with all ten lead wires on.');
    expect(can()).toBe(false);
    replay(started, [PLAIN[lastElectrode]!]);
    expect(why()).toBe('Set the paper speed and the gain first.');
    replay(started, [{ type: 'machine.set', paperSpeed: 25, gain: 10 }]);
    expect([why(), can()]).toEqual([null, true]);
    replay(started, [{ type: 'tracing.recorded' }]);
    expect(why()).toBe('Nothing has changed since this tracing: record again after a change (a remedy, an electrode moved, the settings).');
    replay(started, [{ type: 'tracing.checked', artefact: 'none' }]);
    expect(why()).toBe('You found no artefact on this tracing: nothing to record again.');
    expect(can()).toBe(false);
    replay(started, [{ type: 'tracing.handed-over', urgency: 'routine' }]);
    expect(why()).toBe('The tracing is with the provider: nothing more to record.');
  });

  it('says why each greyed step at the bed is closed, exactly when the machine refuses it, all the way through the cold patient’s ECG', () => {
    const started = start(DAY, 'cold');
    const steps = [
      { why: skinPrepBlocker, action: { type: 'skin.prepared', steps: ['cleaned'] } },
      { why: placeBlocker, action: { type: 'electrode.placed', electrode: 'V1', site: { space: 4, line: 'right-sternal-border' } } },
      { why: positionBlocker, action: { type: 'patient.positioned', position: 'supine' } },
      { why: settingsBlocker, action: { type: 'machine.set', paperSpeed: 25, gain: 10 } },
      { why: patientDataBlocker, action: { type: 'patient-data.entered', name: 'Test Patient', dateOfBirth: '01/01/1960', sex: 'male' } },
      { why: checkBlocker, action: { type: 'tracing.checked', artefact: 'none' } },
      { why: remedyBlocker, action: { type: 'artefact.remedied', remedy: 'warm-and-reassure-patient' } },
      { why: handOverBlocker, action: { type: 'tracing.handed-over', urgency: 'routine' } },
      { why: explainBlocker, action: { type: 'tracing.explained-to-patient' } },
      { why: removeBlocker, action: { type: 'electrodes.removed' } },
      { why: finishBlocker, action: { type: 'ecg.finished' } },
    ] as const satisfies readonly { why: (context: EcgContext) => string | null; action: EcgAction }[];
    const said = new Map<string, Set<string>>();
    const agree = () => {
      const snapshot = started.actor.getSnapshot();
      for (const { why, action } of steps) {
        const reason = why(snapshot.context as EcgContext);
        expect({ action: action.type, open: reason === null }).toEqual({ action: action.type, open: snapshot.can(action) });
        if (reason !== null) said.set(action.type, (said.get(action.type) ?? new Set()).add(reason));
      }
    };
    const actions = expertActions(DAY, 'cold');
    agree();
    for (const action of actions.slice(0, -1)) {
      replay(started, [action]);
      agree();
    }
    expect(Object.fromEntries([...said].map(([type, reasons]) => [type, [...reasons]]))).toEqual({
      'skin.prepared': ['The electrodes are on: the skin is prepared before they go on (again, only as a remedy after a tracing).', 'The tracing is with the provider: no skin to prepare now.', 'The electrodes are off: no skin to prepare now.'],
      'electrode.placed': ['The tracing is with the provider: the electrodes stay as they are.', 'The electrodes are off: nothing more to put on.'],
      'patient.positioned': ['The tracing is with the provider: no position to change now.'],
      'machine.set': ['The tracing is with the provider: the settings it was recorded with stay.'],
      'patient-data.entered': ['The tracing is with the provider, printed with the data it has.'],
      'tracing.checked': [
        'Record a tracing first.',
        'You have said what you see on this tracing: a new tracing asks again.',
        'Something changed since this tracing: record again, then say what you see on the new one.',
        'The tracing is with the provider: nothing more to check.',
      ],
      'artefact.remedied': ['Record a tracing first.', 'Say what you see on the tracing first (“That is what I see”).', 'The tracing is with the provider: nothing more to do about the tracing.'],
      'tracing.handed-over': ['Record a tracing first: there is nothing to hand over yet.', 'The tracing is with the provider already.'],
      'tracing.explained-to-patient': ['Record a tracing first.'],
      'electrodes.removed': ['No electrode is on yet.', 'The electrodes are off already.'],
      'ecg.finished': ['Take the electrodes off first.'],
    });
    // Told the patient, the button says so when greyed (a scope finding, judged at once; the reason gives nothing away).
    const told = start(DAY, 'plain');
    replay(told, PLAIN.slice(0, PLAIN.findIndex((action) => action.type === 'tracing.recorded') + 1));
    send(told, { type: 'tracing.explained-to-patient' });
    expect(explainBlocker(context(told))).toBe('You have told the patient already.');
    expect(told.actor.getSnapshot().can({ type: 'tracing.explained-to-patient' })).toBe(false);
  });

  it('takes each event twice without harm: a second explanation is refused, the same electrode on the same site leaves the tracing current', () => {
    const started = start(DAY, 'plain');
    const recorded = PLAIN.findIndex((action) => action.type === 'tracing.recorded');
    replay(started, PLAIN.slice(0, recorded + 1));
    expect(started.actor.getSnapshot().can({ type: 'procedure.explained' })).toBe(false);
    expect(started.actor.getSnapshot().can({ type: 'patient.identified', question: 'open', identifiers: ['full-name', 'date-of-birth'] })).toBe(false);
    send(started, { type: 'electrode.placed', electrode: 'V1', site: { space: 4, line: 'right-sternal-border' } });
    send(started, { type: 'machine.set', paperSpeed: 25, gain: 10 });
    expect(context(started).tracingStale).toBe(false);
    expect(started.actor.getSnapshot().can({ type: 'tracing.recorded' })).toBe(false);
    send(started, { type: 'tracing.checked', artefact: 'none' });
    expect(started.actor.getSnapshot().can({ type: 'tracing.checked', artefact: 'none' })).toBe(false);
    send(started, { type: 'tracing.handed-over', urgency: 'routine' });
    expect(started.actor.getSnapshot().can({ type: 'tracing.handed-over', urgency: 'at-once' })).toBe(false);
    expect(verdicts(started.journal).missed).toEqual([]);
  });

  it('shows the cold patient’s tremor, the device’s interference and the unprepared skin, and the expert clears each before handing over', () => {
    const started = start(DAY, 'cold');
    const actions = play(started);
    expect(actions).toContainEqual({ type: 'skin.prepared', steps: ['cleaned', 'dried', 'hair-clipped', 'lotion-removed'] });
    const tracings = context(started).tracings;
    expect(tracings.map((t) => t.tracing.artefacts)).toEqual([['somatic-tremor', 'ac-interference'], ['ac-interference'], []]);
    expect(actions.filter((action) => action.type === 'artefact.remedied')).toEqual([
      { type: 'artefact.remedied', remedy: 'warm-and-reassure-patient' },
      { type: 'artefact.remedied', remedy: 'unplug-nearby-devices' },
    ]);
    expect(verdicts(started.journal).missed).toEqual([]);
    expect(started.actor.getSnapshot().output).toEqual({ ecg: { recorded: true, handedOver: 'routine', artefactsOnFinal: [], interpretation: 'in-house' } });
  });

  it('judges an urgent tracing that has not reached the provider when the day ends as never handed over (critical), and a routine one not at all', () => {
    const started = start(DAY, 'urgent');
    const actions = expertActions(DAY, 'urgent');
    replay(started, actions.slice(0, actions.findIndex((action) => action.type === 'tracing.recorded') + 1));
    const atEnd = ecg.atDayEnd!(started.actor.getSnapshot());
    expect(atEnd.map((check) => [check.ruleId, check.finding?.severity])).toEqual([['ecg.urgent-tracing', 'critical']]);
    expect(atEnd[0]!.finding?.message).toMatch(/never reached the provider/);
    replay(started, actions.slice(actions.findIndex((action) => action.type === 'tracing.recorded') + 1, actions.findIndex((action) => action.type === 'tracing.handed-over') + 1));
    expect(ecg.atDayEnd!(started.actor.getSnapshot())).toEqual([]);

    const routine = start(DAY, 'plain');
    const routineActions = expertActions(DAY, 'plain');
    replay(routine, routineActions.slice(0, routineActions.findIndex((action) => action.type === 'tracing.recorded') + 1));
    expect(ecg.atDayEnd!(routine.actor.getSnapshot())).toEqual([]);
  });

  it('takes a date of birth written as the chart shows it (3/2/1958) for the same birthday as 1958-03-02', () => {
    const started = start(DAY, 'plain');
    replay(started, changed(PLAIN, 'patient-data.entered', (action) => ({ ...action, dateOfBirth: '3/2/1958' })));
    expect(verdicts(started.journal).missed).toEqual([]);
  });

  it('calls an urgent recorded tracing urgent until it is in the provider’s hands, and the expert hands it over at once', () => {
    const started = start(DAY, 'urgent');
    const actions = expertActions(DAY, 'urgent');
    replay(started, actions.slice(0, actions.findIndex((action) => action.type === 'tracing.recorded') + 1));
    expect(ecg.urgent!(started.actor.getSnapshot())).toEqual(['tracing.handed-over']);
    expect(ecg.hint(started.actor.getSnapshot())).toBe('This tracing is urgent: check it for artefacts and get it to the provider now.');
    replay(started, [{ type: 'tracing.checked', artefact: 'somatic-tremor' }]);
    expect(ecg.hint(started.actor.getSnapshot())).toBe('The provider is waiting for this tracing: remedy the artefact and record again at once.');
    expect(ecg.urgent!(started.actor.getSnapshot())).toEqual(['tracing.handed-over']);
    replay(started, actions.slice(actions.findIndex((action) => action.type === 'tracing.checked') + 1));
    expect(actions).toContainEqual({ type: 'tracing.handed-over', urgency: 'at-once' });
    expect(verdicts(started.journal).passed).toContain('ecg.urgent-tracing');
    expect(verdicts(started.journal).missed).toEqual([]);
  });

  it('charts a tracing sent out to be read as sent-out, for the claim to bill the tracing only', () => {
    const started = start(DAY, 'sent');
    play(started);
    expect(started.actor.getSnapshot().output).toEqual({ ecg: { recorded: true, handedOver: 'routine', artefactsOnFinal: [], interpretation: 'sent-out' } });
  });

  it.each<{ name: string; patient?: string; actions: () => EcgAction[]; rule: string; message?: RegExp }>([
    { name: 'no hand hygiene', actions: () => changed(PLAIN, 'hands.cleaned', () => null), rule: 'ecg.hand-hygiene' },
    {
      name: 'a yes/no question for the identity',
      actions: () => changed(PLAIN, 'patient.identified', (action) => ({ ...action, question: 'yes-no' })),
      rule: 'ecg.patient-id',
      message: /yes\/no question/,
    },
    { name: 'no explanation', actions: () => changed(PLAIN, 'procedure.explained', () => null), rule: 'ecg.preparation', message: /not explained/ },
    { name: 'no privacy', actions: () => changed(PLAIN, 'privacy.provided', () => null), rule: 'ecg.preparation', message: /no privacy/ },
    { name: 'the patient seated', actions: () => changed(PLAIN, 'patient.positioned', () => ({ type: 'patient.positioned', position: 'seated' })), rule: 'ecg.preparation', message: /seated instead of supine/ },
    {
      name: 'the skin not dried',
      actions: () => changed(PLAIN, 'skin.prepared', () => ({ type: 'skin.prepared', steps: ['cleaned'] })),
      rule: 'ecg.preparation',
      message: /the skin was not dried/,
    },
    {
      name: 'V1 a space too high',
      actions: () => PLAIN.map((action) => (action.type === 'electrode.placed' && action.electrode === 'V1' ? { ...action, site: { space: 3, line: 'right-sternal-border' } } : action)),
      rule: 'ecg.electrode-placement',
      message: /V1 was on the 3rd intercostal space at the right sternal border instead of the 4th intercostal space at the right sternal border \(V1 placed too high/,
    },
    {
      name: 'the arm electrodes swapped',
      actions: () =>
        PLAIN.map((action) =>
          action.type === 'electrode.placed' && action.electrode === 'RA'
            ? { ...action, site: { limb: 'left-arm' } }
            : action.type === 'electrode.placed' && action.electrode === 'LA'
              ? { ...action, site: { limb: 'right-arm' } }
              : action,
        ),
      rule: 'ecg.limb-leads',
      message: /\(RA on the left arm, LA on the right arm\): right and left arm electrodes swapped: lead I is inverted/,
    },
    { name: 'recorded at 50 mm/s', actions: () => changed(PLAIN, 'machine.set', () => ({ type: 'machine.set', paperSpeed: 50, gain: 10 })), rule: 'ecg.settings', message: /50 mm\/s instead of 25/ },
    { name: 'no patient data', actions: () => changed(PLAIN, 'patient-data.entered', () => null), rule: 'ecg.settings', message: /no patient data was entered/ },
    {
      name: 'a date of birth typed wrong',
      actions: () => changed(PLAIN, 'patient-data.entered', (action) => ({ ...action, dateOfBirth: '1958-02-03' })),
      rule: 'ecg.settings',
      message: /entered as “1958-02-03” \(the chart has 3\/2\/1958\)/,
    },
    {
      name: 'an artefact named that the tracing does not show',
      actions: () => changed(PLAIN, 'tracing.checked', () => ({ type: 'tracing.checked', artefact: 'ac-interference' })).filter((action) => action.type !== 'tracing.handed-over'),
      rule: 'ecg.artefact',
      message: /read as showing AC interference, but the tracing was clean/,
    },
    {
      name: 'a remedy for a clean tracing',
      actions: () => before(PLAIN, 'tracing.handed-over', { type: 'artefact.remedied', remedy: 'unplug-nearby-devices' }, { type: 'tracing.recorded' }, { type: 'tracing.checked', artefact: 'none' }),
      rule: 'ecg.artefact',
      message: /“unplug nearby devices” was done, but the tracing was clean/,
    },
    {
      name: 'the tremor missed and handed over',
      patient: 'urgent',
      actions: () => [
        ...PLAIN.slice(0, PLAIN.findIndex((action) => action.type === 'patient-data.entered')),
        { type: 'patient-data.entered', name: 'Walter James URGENT', dateOfBirth: '1958-03-02', sex: 'male' },
        { type: 'tracing.recorded' },
        { type: 'tracing.checked', artefact: 'none' },
        { type: 'tracing.handed-over', urgency: 'at-once' },
      ],
      rule: 'ecg.artefact',
      message: /handed to the provider still showed somatic tremor/,
    },
    {
      name: 'an urgent tracing in the review queue',
      patient: 'urgent',
      actions: () => changed(expertActions(DAY, 'urgent'), 'tracing.handed-over', () => ({ type: 'tracing.handed-over', urgency: 'routine' })),
      rule: 'ecg.urgent-tracing',
      message: /went into the review queue/,
    },
    {
      name: 'an urgent tracing never handed over',
      patient: 'urgent',
      actions: () => expertActions(DAY, 'urgent').filter((action) => action.type !== 'tracing.handed-over'),
      rule: 'ecg.urgent-tracing',
      message: /never reached the provider/,
    },
    {
      name: 'the tracing explained to the patient',
      actions: () => before(PLAIN, 'electrodes.removed', { type: 'tracing.explained-to-patient' }),
      rule: 'ecg.scope',
      message: /explained to the patient/,
    },
    { name: 'the provider called for a routine tracing', actions: () => before(PLAIN, 'tracing.handed-over', { type: 'provider.alerted' }), rule: 'escalation.unneeded-alert', message: /no urgent tracing/ },
  ])('misses $rule for $name', ({ patient, actions, rule, message }) => {
    const { started, missed } = played(patient ?? 'plain', actions());
    expect(missed).toContain(rule);
    if (message) expect(messages(started.journal, rule).join(' ')).toMatch(message);
  });

  it('does not call the provider needless when the urgent tracing is waiting for them', () => {
    const actions = expertActions(DAY, 'urgent');
    const { missed } = played('urgent', before(actions, 'tracing.handed-over', { type: 'provider.alerted' }));
    expect(missed).toEqual([]);
  });

  it('lists exactly the action types its machine accepts, in every state the players reach on the ECG day', () => {
    // Payloads for every type: the samples, every artefact named, every remedy, both urgencies, the players' own choices.
    const probes: EcgAction[] = [
      ...ECG_ACTION_SAMPLES,
      ...ECG_ARTEFACTS.map((artefact): EcgAction => ({ type: 'tracing.checked', artefact })),
      ...ARTEFACT_REMEDIES.map((remedy): EcgAction => ({ type: 'artefact.remedied', remedy })),
      { type: 'tracing.handed-over', urgency: 'at-once' },
    ];
    const disagreements: string[] = [];
    for (const patientId of ['plain', 'cold', 'urgent']) {
      for (const dice of [undefined, slipsOn(1, 3, 4, 5, 8, 9, 10, 11), slipsOn(2, 6, 7)]) {
        const started = start(DAY, patientId);
        const choices = play(started, dice);
        const walk = start(DAY, patientId);
        for (const choice of [...choices, null]) {
          const snapshot = walk.actor.getSnapshot();
          const listed = new Set(ecgAvailableActions(snapshot));
          for (const type of Object.keys(ecg.costs) as EcgAction['type'][]) {
            const accepted = [...probes, ...choices].some((payload) => payload.type === type && snapshot.can(payload));
            if (accepted !== listed.has(type)) disagreements.push(`${patientId} after ${walk.actor.getSnapshot().context.tracings.length} tracings: ${type} ${accepted ? 'accepted but not listed' : 'listed but refused'}`);
          }
          if (choice !== null) send(walk, choice);
        }
      }
    }
    expect(disagreements).toEqual([]);
  });

  it('leaves the ECG owed when the trainee finishes without a tracing, and charts nothing recorded', () => {
    const started = start(DAY, 'plain');
    expect(started.actor.getSnapshot().can({ type: 'ecg.finished' })).toBe(true);
    send(started, { type: 'ecg.finished' });
    expect(started.actor.getSnapshot().output).toEqual({ ecg: { recorded: false, handedOver: null, artefactsOnFinal: [], interpretation: 'in-house' } });
    expect(verdicts(started.journal)).toEqual({ passed: [], missed: [] });
  });
});
