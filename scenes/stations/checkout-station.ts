/**
 * Checkout (the scheduling workflow's station): the provider's follow-up order as written
 * in the note, the appointment book as a grid (days across, the provider's slots down,
 * blocked time, booked slots, working days), the visit type and provider to book, the
 * referral the provider ordered (specialty, authorisation request), and completing
 * checkout. Arrow keys move in the book; Enter books the slot with the chosen visit type.
 */
import type { TraineeAction } from '../../src/clinic/trainee-action';
import { payerName, planTypeName } from '../../src/reference/payers';
import type { ScenarioPatient, ScenarioProvider } from '../../src/scenario/scenario.schema';
import { addDays } from '../../src/workflows/shared/appointment-book';
import { followUpAsk, type SchedulingContext } from '../../src/workflows/scheduling/scheduling.machine';
import { element } from '../dom';
import { appointmentBookGrid, type BookGridState } from './appointment-book-grid';
import { buttonRow, checkbox, doneMark, factList, isListed, keyedButton, openWhen, section, selectField, speech, textField } from './kit/controls';
import { formStation, selectedSlotButton } from './kit/form-station';
import { availabilityText, followUpOrderText, longDate, mondayOf } from './front-desk-text';
import { patientCard } from './patient-card';
import type { Station, StationContext, StationHost } from './station';
import { displayName } from '../../src/domain/patient';
import './front-desk.css';

/** What the trainee has picked on the panel and not sent yet. */
interface CheckoutDraft {
  providerId: string;
  visitTypeId: string;
  book: BookGridState;
  specialty: string;
  authorizationRequested: boolean;
}

function schedulingContext(context: StationContext): SchedulingContext | null {
  const snapshot = context.snapshot;
  if (!snapshot || snapshot.machine.id !== 'scheduling') return null;
  return snapshot.context as SchedulingContext;
}

function draftFor(context: StationContext): CheckoutDraft | null {
  const patient = context.patient;
  if (!patient) return null;
  const today = context.session.scenario.day.date;
  return {
    providerId: patient.arrival.providerId,
    visitTypeId: patient.arrival.visitTypeId,
    book: { firstDate: mondayOf(addDays(today, 7)), selected: null },
    specialty: '',
    authorizationRequested: false,
  };
}

function signature(context: StationContext, draft: CheckoutDraft): string {
  const checkout = schedulingContext(context);
  return JSON.stringify([context.snapshot?.value ?? null, checkout?.followUp ?? null, checkout?.referral ?? null, draft.providerId, context.hints]);
}

function providerOf(context: StationContext, id: string): ScenarioProvider | undefined {
  return context.session.scenario.providers.find((p) => p.id === id);
}

function ordersSection(context: StationContext, patient: ScenarioPatient): HTMLElement {
  const part = section('The provider’s orders');
  const provider = providerOf(context, patient.arrival.providerId);
  const note = element('blockquote', 'fd-note');
  const lines: string[] = [];
  if (patient.followUp) lines.push(followUpOrderText(patient.followUp, provider));
  if (patient.referral) lines.push(`Refer to ${patient.referral.specialty}: ${patient.referral.reason}.`);
  if (lines.length === 0) lines.push('No follow-up or referral ordered.');
  for (const line of lines) note.append(element('p', undefined, line));
  note.append(element('p', 'fd-note-sign', `— ${provider?.name ?? 'The provider'}`));
  part.body.append(note);
  const availability = patient.followUp ? availabilityText(patient.followUp) : null;
  if (availability) part.body.append(speech('them', patient.name.given, availability));
  return part.root;
}

function bookSection(context: StationContext, patient: ScenarioPatient, checkout: SchedulingContext, draft: CheckoutDraft, send: (action: TraineeAction) => void, redraw: () => void): HTMLElement {
  const part = section('Book the follow-up');
  const scenario = context.session.scenario;
  const provider = providerOf(context, draft.providerId) ?? scenario.providers[0];
  if (!provider) return part.root;
  const visitTypes = provider.template.visitTypes;
  if (!visitTypes.some((v) => v.id === draft.visitTypeId)) draft.visitTypeId = visitTypes[0]?.id ?? '';
  const fields = element('div', 'kit-grid checkout-book-fields');
  fields.append(
    selectField({
      label: 'Provider',
      key: 'provider',
      value: provider.id,
      choices: scenario.providers.map((p) => ({ value: p.id, label: p.name })),
      onChange: (value) => {
        draft.providerId = value;
        draft.book.selected = null;
        redraw();
      },
    }),
    selectField({
      label: 'Visit type',
      key: 'visit-type',
      value: draft.visitTypeId,
      choices: visitTypes.map((v) => ({ value: v.id, label: `${v.name} (${v.minutes} min)` })),
      onChange: (value) => {
        draft.visitTypeId = value;
        redraw();
      },
    }),
  );
  part.body.append(fields);
  const chosen = element('p', 'fd-preview');
  chosen.setAttribute('aria-live', 'polite');
  const book = (date: string, time: string) => send({ type: 'follow-up.booked', date, time, visitTypeId: draft.visitTypeId, providerId: provider.id });
  const slot = selectedSlotButton({ label: 'Book the selected slot', key: 'book-follow-up', variant: 'primary', selected: () => draft.book.selected, open: isListed(context, 'follow-up.booked'), act: book });
  const describe = () => {
    chosen.textContent = draft.book.selected ? `Selected: ${longDate(draft.book.selected.date)} at ${draft.book.selected.time}.` : 'Pick a slot: arrow keys move, Page Up and Page Down turn the week, Enter books.';
    slot.selectionChanged();
  };
  describe();
  const booked = checkout.followUp;
  const grid = appointmentBookGrid({
    scenario,
    provider,
    madeToday: context.session.bookingsMadeToday,
    ask: followUpAsk(checkout, provider.id, draft.visitTypeId),
    state: draft.book,
    days: 7,
    label: `Appointment book of ${provider.name}`,
    turnable: true,
    marked: booked && booked.providerId === provider.id ? { date: booked.date, time: booked.time, text: `Booked: ${displayName(patient)}` } : null,
    onSelect: describe,
    onChoose: (cell) => book(cell.date, cell.time),
  });
  part.body.append(grid.root, chosen, slot.root);
  if (booked) {
    const type = providerOf(context, booked.providerId)?.template.visitTypes.find((v) => v.id === booked.visitTypeId);
    part.body.append(doneMark(`Booked: ${longDate(booked.date)} at ${booked.time}, ${type?.name ?? booked.visitTypeId} with ${providerOf(context, booked.providerId)?.name ?? booked.providerId}. Reminder card handed to the patient.`));
  }
  return part.root;
}

function referralSection(context: StationContext, patient: ScenarioPatient, checkout: SchedulingContext, draft: CheckoutDraft, send: (action: TraineeAction) => void): HTMLElement {
  const part = section('Referral');
  const coverage = patient.coverage;
  part.body.append(
    factList([
      ['Plan', coverage ? `${payerName(coverage.payerId)} · ${planTypeName(coverage.planType)}${coverage.status === 'active' ? '' : ` (${coverage.status})`}` : 'Self-pay, no plan'],
    ]),
  );
  const fields = element('div', 'kit-grid');
  fields.append(textField({ label: 'Specialty', key: 'specialty', value: draft.specialty, onInput: (v) => (draft.specialty = v) }));
  part.body.append(fields, checkbox({ label: 'Request the plan’s referral authorisation', key: 'referral-authorization', checked: draft.authorizationRequested, onChange: (v) => (draft.authorizationRequested = v) }));
  part.body.append(buttonRow(openWhen(keyedButton('Send the referral', 'send-referral', 'quiet', () => send({ type: 'referral.made', specialty: draft.specialty.trim(), authorizationRequested: draft.authorizationRequested })), isListed(context, 'referral.made'))));
  if (checkout.referral) part.body.append(doneMark(`Referral sent to ${checkout.referral.specialty}${checkout.referral.authorizationRequested ? ', authorisation requested from the plan' : ', no authorisation requested'}.`));
  return part.root;
}

function render(host: StationHost, context: StationContext, draft: CheckoutDraft, send: (action: TraineeAction) => void, redraw: () => void): void {
  const patient = context.patient;
  const checkout = schedulingContext(context);
  if (!patient || !checkout) {
    host.body.append(element('p', 'station-note', 'Nobody is waiting at checkout.'));
    return;
  }
  host.setSubtitle(`Checkout · ${displayName(patient)}`);
  host.body.append(patientCard(context.session.scenario, patient, context.patientView));
  if (context.snapshot?.value !== 'atCheckout') {
    host.body.append(doneMark(`${patient.name.given} is checked out.`));
    return;
  }
  host.body.append(ordersSection(context, patient));
  if (patient.followUp) host.body.append(bookSection(context, patient, checkout, draft, send, redraw));
  if (patient.referral) host.body.append(referralSection(context, patient, checkout, draft, send));
  const finish = section('Finish');
  finish.body.append(buttonRow(openWhen(keyedButton('Complete checkout', 'complete-checkout', 'primary', () => send({ type: 'checkout.completed' })), isListed(context, 'checkout.completed'))));
  host.body.append(finish.root);
}

/** The checkout station, for patients in the scheduling workflow. */
export const checkoutStation: Station = formStation({ machineId: 'scheduling', title: 'Checkout', empty: 'Nobody is waiting at checkout.', draftFor, signature, render });
