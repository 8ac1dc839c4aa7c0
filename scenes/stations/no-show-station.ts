/**
 * The no-show station: a patient who did not come to their appointment. The trainee marks
 * the no-show in the book and says whether they called the patient to offer a new
 * appointment (the clinic's policy); the no-show machine judges it.
 */
import type { TraineeAction } from '../../src/clinic/trainee-action';
import { element } from '../dom';
import { buttonRow, checkbox, doneMark, factList, isListed, keyedButton, openWhen, section } from './kit/controls';
import { claimPanel } from './kit/form-station';
import { redraw } from './kit/redraw';
import { patientCard } from './patient-card';
import type { Station, StationContext, StationHost, StationInstance } from './station';
import { displayName } from '../../src/domain/patient';
import './front-desk.css';

/** The no-show machine's context as the panel reads it. */
interface NoShowFacts {
  readonly rescheduleOffered: boolean;
}

function render(host: StationHost, context: StationContext, draft: { offered: boolean }, send: (action: TraineeAction) => void): void {
  const patient = context.patient;
  if (!patient) return;
  host.setSubtitle(`No-show · ${displayName(patient)}`);
  host.body.append(patientCard(context.session.scenario, patient, context.patientView));
  const scenario = context.session.scenario;
  const provider = scenario.providers.find((p) => p.id === patient.arrival.providerId);
  const visitType = provider?.template.visitTypes.find((v) => v.id === patient.arrival.visitTypeId);
  const part = section('The appointment');
  part.body.append(
    factList([
      ['Booked', `${patient.arrival.time} today, ${visitType?.name ?? patient.arrival.visitTypeId} with ${provider?.name ?? patient.arrival.providerId}`],
      ['Arrived', 'No: the grace period has passed'],
      ['Phone on file', patient.phone],
    ]),
  );
  host.body.append(part.root);
  const state = typeof context.snapshot?.value === 'string' ? context.snapshot.value : '';
  const facts = context.snapshot?.context as NoShowFacts | undefined;
  if (state === 'unmarked') {
    const act = section('Mark the book');
    act.body.append(
      checkbox({ label: `Called ${patient.name.given} at ${patient.phone} and offered a new appointment`, key: 'offer', checked: draft.offered, onChange: (v) => (draft.offered = v) }),
      buttonRow(openWhen(keyedButton('Mark as a no-show', 'mark-no-show', 'primary', () => send({ type: 'no-show.marked', rescheduleOffered: draft.offered })), isListed(context, 'no-show.marked'))),
    );
    host.body.append(act.root);
  } else if (state === 'marked') {
    host.body.append(doneMark(`Marked as a no-show${facts?.rescheduleOffered ? '; a new appointment was offered' : '; no new appointment offered'}.`));
  } else if (state === 'unmarkedAtClose') {
    host.body.append(element('p', 'station-note', 'The book was reconciled at closing with this no-show still unmarked.'));
  } else {
    host.body.append(element('p', 'station-note', 'Another member of staff keeps the book today.'));
  }
}

function signature(context: StationContext): string {
  return JSON.stringify([context.snapshot?.value ?? null, (context.snapshot?.context as NoShowFacts | undefined)?.rescheduleOffered ?? null, context.hints]);
}

/** The no-show station, for patients in the no-show workflow. */
export const noShowStation: Station = {
  machineId: 'no-show',
  title: 'No-show',
  open(host, context): StationInstance {
    const release = claimPanel(host, false);
    let current = context;
    const send = (action: TraineeAction) => current.send(action);
    const draft = { offered: false };
    let shown = signature(context);
    const draw = () => redraw(host.body, () => render(host, current, draft, (action) => void send(action)));
    draw();
    return {
      update(next) {
        current = next;
        const now = signature(next);
        if (now === shown) return;
        shown = now;
        draw();
      },
      dispose: release,
    };
  },
};
