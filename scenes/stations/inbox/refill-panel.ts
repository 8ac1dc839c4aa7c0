/**
 * A refill request in the inbox station: the request as it came (who sent it, how, the
 * medication as prescribed, the requester's words), the chart's facts beside it with a
 * button to add each to the request, and the choices — send it to the provider, approve it
 * yourself, change the dose the patient asks for, tell the patient, book the visit. What
 * each choice is worth is the domain's (`src/clinic/inbox/refill-kind.ts`), never this panel's.
 */
import { type InboxItemContext, providerWait } from '../../../src/clinic/inbox/inbox-item.machine';
import type { RefillFact } from '../../../src/clinic/inbox/inbox.actions';
import { medicationLabel, neededFacts, REFILL_DECISION_WORDS } from '../../../src/clinic/inbox/refill-kind';
import type { ScenarioRefillRequest } from '../../../src/scenario/scenario.schema';
import { buttonRow, doneMark, factList, paragraph, section, speech } from '../kit/controls';
import { element } from '../../dom';
import type { StationContext } from '../station';
import { callLogBox, choices, identifiersGiven, identityButton, type InboxAct, questionButtons, questionReply, workButton } from './call-script';
import { usDate } from '../front-desk-text';

const CHANNEL_WORDS: Readonly<Record<ScenarioRefillRequest['channel'], string>> = { portal: 'through the portal', phone: 'by phone', electronic: 'electronically' };

function fullNameOf(item: InboxItemContext): string {
  return item.chart ? `${item.chart.name.given} ${item.chart.name.family}` : item.item.patientId;
}

/** The fact's name on the request, and what the chart says. */
function chartFact(data: ScenarioRefillRequest, fact: RefillFact): readonly [string, string] {
  const controlled = data.medication.controlled;
  switch (fact) {
    case 'medication':
      return ['Medication', `${medicationLabel(data)}: ${data.medication.directions}`];
    case 'last-visit':
      return ['Last visit', `${usDate(data.lastVisit)} (clinic policy: seen at least every ${data.seenWithinMonths} months)`];
    case 'pharmacy':
      return ['Pharmacy', `${data.pharmacy.name}, ${data.pharmacy.phone}`];
    case 'refill-history':
      return ['Prescription', controlled ? `Schedule ${controlled.schedule} controlled substance; issued ${usDate(controlled.issued)}; ${controlled.refillsUsed} of ${controlled.refillsAuthorized} refills used` : 'Not a controlled substance'];
    case 'last-result':
      return ['Last result', data.lastResult ? `${data.lastResult.test}: ${data.lastResult.value} (${usDate(data.lastResult.date)})` : 'None on file'];
  }
}

/** The request as it came, and the chart's facts beside it, each with its button to add it to the request. */
export function refillRequestSection(context: StationContext, item: InboxItemContext, act: InboxAct): HTMLElement {
  const data = item.item as ScenarioRefillRequest;
  const refill = item.work.refill;
  const provider = context.session.scenario.providers.find((p) => p.id === data.providerId);
  const part = section('The refill request', { className: 'inbox-note' });
  part.body.append(
    factList([
      ['From', `${data.requestedBy === 'pharmacy' ? `${data.pharmacy.name} (the pharmacy)` : `${fullNameOf(item)} (the patient)`}, ${CHANNEL_WORDS[data.channel]}`],
      ['Medication', medicationLabel(data)],
      ['Directions', data.medication.directions],
      ['Prescriber', provider?.name ?? data.providerId],
      ...(data.medication.controlled ? [['Controlled substance', `Schedule ${data.medication.controlled.schedule}`] as const] : []),
    ]),
    paragraph(data.message, 'inbox-message-text'),
  );
  const chart = element('div', 'inbox-refill-chart');
  chart.dataset.key = 'refill-chart';
  chart.append(element('p', 'kit-field-label', 'From the chart: add what the provider needs to the request'));
  const open = !refill.routed && !refill.approvedByMa;
  for (const fact of neededFacts(data)) {
    const [name, value] = chartFact(data, fact);
    chart.append(factList([[name, value]]));
    if (refill.gathered.includes(fact)) chart.append(doneMark(`${name} added to the request.`));
    else if (open) chart.append(buttonRow(workButton(`Add to the request: ${name.toLowerCase()}`, `refill-gather-${fact}`, 'quiet', act, { type: 'refill.gathered', itemId: data.id, fact })));
  }
  part.body.append(chart);
  return part.root;
}

/** The choices on a refill request: route it or approve it, change the dose or not, tell the patient, book the visit. */
export function refillWork(context: StationContext, item: InboxItemContext, act: InboxAct, bookVisit: () => HTMLElement): HTMLElement {
  const data = item.item as ScenarioRefillRequest;
  const itemId = data.id;
  const { refill } = item.work;
  const provider = context.session.scenario.providers.find((p) => p.id === data.providerId)?.name ?? 'the provider';
  const given = item.chart?.name.given ?? 'the patient';
  const part = section('The refill');
  if (data.asks === 'double-dose') {
    part.body.append(speech('them', given, `Can I take two a day instead of one? ${medicationLabel(data)} does not seem to be enough.`));
    const reply = questionReply(item.work, 'dose-change');
    if (reply === null) part.body.append(choices('Their question', 'asked', ...questionButtons(itemId, act, item.work.question)));
    else part.body.append(speech('you', 'You', reply));
  }
  if (!refill.routed && !refill.approvedByMa) {
    part.body.append(
      choices(
        'What to do with the request',
        'request',
        workButton(`Send the request to ${provider}`, 'refill-routed', 'quiet', act, { type: 'refill.routed', itemId }),
        workButton('Approve it yourself: tell the pharmacy to fill it', 'refill-approved-by-ma', 'quiet', act, { type: 'refill.approved-by-ma', itemId }),
        data.asks === 'double-dose' && !refill.doseChanged ? workButton('Change the request to the doubled dose', 'refill-dose-changed', 'quiet', act, { type: 'refill.dose-changed', itemId }) : null,
      ),
    );
    if (refill.doseChanged) part.body.append(doneMark('The request now asks for the doubled dose.'));
    return part.root;
  }
  if (refill.approvedByMa) part.body.append(doneMark(`You told ${data.pharmacy.name} to fill it: the refill went out without ${provider}.`));
  const wait = providerWait(item);
  if (wait) part.body.append(doneMark(`Sent to ${wait.provider} at ${wait.sentAt}; the answer is expected by ${wait.answerBy}. Set the item aside and work on: it comes back to Needs you when the answer arrives.`));
  // The call back: two identifiers before anything about the prescription.
  const calling = buttonRow();
  if (item.work.identified) {
    const log = callLogBox();
    identifiersGiven(log, { name: given, isPatient: true }, item.chart);
    part.body.append(log);
  }
  // Only a patient who asked is told to wait for the answer; a pharmacy hears from the prescriber.
  if (data.requestedBy === 'patient' && refill.routed && !refill.answered && !refill.toldWhen) calling.append(workButton(`Tell ${given}: the provider will answer, and we will let you know`, 'refill-told-when', 'quiet', act, { type: 'refill.patient-told', itemId, news: 'when-to-expect' }));
  if (refill.toldWhen) part.body.append(speech('you', 'You', `Your request is with ${provider}. We will let you know the answer.`));
  if (refill.answered) {
    part.body.append(factList([[`${provider}’s answer`, `${REFILL_DECISION_WORDS[data.decision.kind]}: ${data.decision.words}`]], 'inbox-refill-answer'));
    if (refill.toldAnswer) part.body.append(speech('you', 'You', data.decision.words));
    else calling.append(workButton(data.requestedBy === 'pharmacy' ? `Call ${given}, the patient, with ${provider}’s answer` : `Call ${given} back with ${provider}’s answer`, 'refill-told-answer', 'quiet', act, { type: 'refill.patient-told', itemId, news: 'provider-answer' }));
    if (data.visitTypeId !== undefined && refill.toldAnswer) part.body.append(bookVisit());
  }
  // Any call back asks for the two identifiers first: the call is the MA's, placed to the patient, whoever sent the request.
  const callBack = data.requestedBy === 'pharmacy' ? `Call ${given}, the patient (${item.chart?.phone ?? ''}): ask for the full name and date of birth` : `Call ${given} back (${item.chart?.phone ?? ''}): ask for the full name and date of birth`;
  if (calling.childElementCount > 0 && !item.work.identified) calling.prepend(...identityButton(itemId, act, false, callBack));
  if (calling.childElementCount > 0) part.body.append(calling);
  return part.root;
}
