/**
 * The no-show station: a patient who did not come to their appointment. The trainee marks
 * the no-show in the book and says whether they called the patient to offer a new
 * appointment (the clinic's policy); a patient who has already rebooked by phone is shown
 * with her new slot, and only marking is offered. The no-show machine judges it.
 */
import type { TraineeAction } from '../../src/clinic/trainee-action';
import { element } from '../dom';
import { buttonRow, checkbox, doneMark, factList, isListed, keyedButton, openWhen, section } from './kit/controls';
import { claimPanel } from './kit/form-station';
import { redraw } from './kit/redraw';
import { patientCard } from './patient-card';
import type { Station, StationContext, StationHost, StationInstance } from './station';
import { displayName } from '../../src/domain/patient';
import { type NoShowContext, type PhoneRebooking, phoneRebooking } from '../../src/workflows/scheduling/no-show.machine';
import { formatMinutesOfDay } from '../../src/scenario/clock-time';
import { longDate } from './front-desk-text';
import './front-desk.css';

/** The no-show machine's context as the panel reads it. */
type NoShowFacts = NoShowContext;

/** The appointment the patient rebooked by phone, as the panel says it: "Brianna called at 10:40 and rebooked: Tuesday … at 09:15, Follow-up with Dr. …". */
function rebookingWords(scenario: StationContext['session']['scenario'], given: string, rebooked: PhoneRebooking): string {
  const provider = scenario.providers.find((p) => p.id === rebooked.providerId);
  const visitType = provider?.template.visitTypes.find((v) => v.id === rebooked.visitTypeId);
  return `${given} called at ${formatMinutesOfDay(rebooked.atMinute)} and rebooked: ${longDate(rebooked.date)} at ${rebooked.time}, ${visitType?.name ?? rebooked.visitTypeId} with ${provider?.name ?? rebooked.providerId}.`;
}

/** The rebooking the panel shows: the one the no-show was marked with, or, while it is unmarked, the one the book holds now. */
function rebookingOf(context: StationContext): PhoneRebooking | null {
  const facts = context.snapshot?.context as NoShowFacts | undefined;
  if (!facts) return null;
  return context.snapshot?.value === 'unmarked' ? phoneRebooking(facts) : facts.rebooked;
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
  const rebooked = rebookingOf(context);
  if (rebooked) {
    const note = element('p', 'station-note', rebookingWords(scenario, patient.name.given, rebooked));
    note.dataset.key = 'rebooked-by-phone';
    part.body.append(note);
  }
  host.body.append(part.root);
  const state = typeof context.snapshot?.value === 'string' ? context.snapshot.value : '';
  const facts = context.snapshot?.context as NoShowFacts | undefined;
  if (state === 'unmarked') {
    const act = section('Mark the book');
    // A patient who has rebooked has nothing left to be offered: only the no-show is left to document.
    if (rebooked) act.body.append(element('p', 'station-note', `${patient.name.given} already has a new appointment: no call is needed. Mark the missed one as a no-show, so the book and the chart show it.`));
    else act.body.append(checkbox({ label: `Called ${patient.name.given} at ${patient.phone} and offered a new appointment`, key: 'offer', checked: draft.offered, onChange: (v) => (draft.offered = v) }));
    act.body.append(buttonRow(openWhen(keyedButton('Mark as a no-show', 'mark-no-show', 'primary', () => send({ type: 'no-show.marked', rescheduleOffered: rebooked ? false : draft.offered })), isListed(context, 'no-show.marked'))));
    host.body.append(act.root);
  } else if (state === 'marked') {
    host.body.append(doneMark(`Marked as a no-show${facts?.rebooked ? `; ${patient.name.given} had already rebooked by phone` : facts?.rescheduleOffered ? '; a new appointment was offered' : '; no new appointment offered'}.`));
  } else if (state === 'unmarkedAtClose') {
    host.body.append(element('p', 'station-note', 'The book was reconciled at closing with this no-show still unmarked.'));
  } else {
    host.body.append(element('p', 'station-note', 'Another member of staff keeps the book today.'));
  }
}

function signature(context: StationContext): string {
  return JSON.stringify([context.snapshot?.value ?? null, (context.snapshot?.context as NoShowFacts | undefined)?.rescheduleOffered ?? null, rebookingOf(context), context.hints]);
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
