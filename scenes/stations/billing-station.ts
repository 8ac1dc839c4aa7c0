/**
 * The billing station: one visit's claim, from coding to the posted payment.
 *
 * Coding and review: the chart the coder reads (note, services done today, registration,
 * insurance card) beside the CMS-1500 with code search; save, run the scrubber and see its
 * edits on the boxes they concern, correct, submit (or bill the patient directly). Then
 * "awaiting payer" until the payer's answer comes on the clinic clock, announced when it
 * does: a denial with its reason code to work (correct and resubmit, bill the patient,
 * write off), or a remittance to post, amount by amount.
 *
 * The station sends what the trainee chose; every judgement is the billing workflow's.
 */
import type { TraineeAction } from '../../src/clinic/trainee-action';
import { claimCoverageType, payerFullName } from '../../src/reference/payers';
import { formatMinutesOfDay } from '../../src/scenario/clock-time';
import type { BillingContext } from '../../src/workflows/billing/billing.machine';
import { DENIAL_CARC, payerResponseMinutes, type Remittance } from '../../src/workflows/billing/payer-adjudication';
import type { PaymentPosting } from '../../src/workflows/billing/billing.actions';
import { button, element } from '../dom';
import { doneTodayCard, noteCard, registrationCard } from './billing-chart';
import { claimForm, type ClaimForm } from './claim-form';
import {
  actionKey,
  CLAIM_STATE_TEXT,
  claimBadge,
  type ClaimState,
  isResubmission,
  codingFromDraft,
  correctionFromDraft,
  draftFrom,
  type ClaimDraft,
  POSTING_FIELDS,
  postingFromInputs,
  scrubEditBox,
  scrubEditField,
} from './claim-form-model';
import { isListed, openWhen } from './kit/controls';
import { patientCard } from './patient-card';
import type { Station, StationContext, StationHost, StationInstance } from './station';
import './billing-station.css';
import { displayName } from '../../src/domain/patient';
import { formatDollars, parseDollars } from '../../src/domain/money';

/** What the station reads of the billing workflow. */
interface ClaimView {
  readonly state: ClaimState;
  readonly context: BillingContext;
}

function claimView(context: StationContext): ClaimView | null {
  const snapshot = context.snapshot;
  if (!snapshot || snapshot.machine.id !== 'billing' || typeof snapshot.value !== 'string') return null;
  return { state: snapshot.value as ClaimState, context: snapshot.context as BillingContext };
}

/** Changes when what the station shows changes (not with every tick of the clock). */
function signature(view: ClaimView | null): string {
  if (!view) return 'none';
  const { context } = view;
  return [view.state, context.version, context.scrubbedVersion ?? '-', context.submissions.length, context.denial?.carc ?? '-', context.remittance ? 'r' : '-', context.correcting ? 'c' : '-', context.outcome?.outcome ?? '-'].join('|');
}

function section(title: string, className: string): HTMLElement {
  const node = element('section', `billing-section ${className}`);
  node.append(element('h3', 'billing-heading', title));
  return node;
}

function amountInput(id: string, label: string): { field: HTMLElement; input: HTMLInputElement } {
  const field = element('div', 'billing-amount');
  const labelNode = element('label', 'billing-amount-label', label);
  labelNode.htmlFor = id;
  const wrap = element('span', 'billing-amount-input');
  const input = element('input');
  input.id = id;
  input.type = 'text';
  input.inputMode = 'decimal';
  input.autocomplete = 'off';
  input.placeholder = '0.00';
  wrap.append(element('span', 'billing-amount-sign', '$'), input);
  field.append(labelNode, wrap);
  return { field, input };
}

/** Our own icon outlines, on a 24-unit grid: an hourglass (waiting on the payer) and a bell (the payer answered). */
const HOURGLASS = 'M6 2h12v2c0 3.2-2.2 5.6-4.6 8 2.4 2.4 4.6 4.8 4.6 8v2H6v-2c0-3.2 2.2-5.6 4.6-8C8.2 9.6 6 7.2 6 4zm2 2c0 2.4 1.8 4.4 4 6.6 2.2-2.2 4-4.2 4-6.6zm4 9.4c-2.2 2.2-4 4.2-4 6.6h8c0-2.4-1.8-4.4-4-6.6z';
const BELL = 'M12 2a2 2 0 0 1 2 2v.6A6.5 6.5 0 0 1 18.5 11v4.5L21 18v1H3v-1l2.5-2.5V11A6.5 6.5 0 0 1 10 4.6V4a2 2 0 0 1 2-2zm-2.5 18h5a2.5 2.5 0 0 1-5 0z';

function icon(path: string, className: string): SVGSVGElement {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('class', className);
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const shape = document.createElementNS('http://www.w3.org/2000/svg', 'path');
  shape.setAttribute('d', path);
  shape.setAttribute('fill', 'currentColor');
  shape.setAttribute('fill-rule', 'evenodd');
  svg.append(shape);
  return svg;
}

function preventFloorClick(event: Event): void {
  event.preventDefault();
}

/**
 * The claim forms left with changes not yet saved, per day and patient, with the version of
 * the claim they were edited from: closing the station (a second Escape from a code field, in
 * the playtest) or a redraw must not throw the trainee's coding away. A kept draft is shown
 * again only on the claim version it was made on, and is dropped once saved.
 */
const UNSAVED_CLAIMS = new WeakMap<StationContext['session'], Map<string, { readonly version: number; readonly draft: ClaimDraft }>>();

function unsavedClaims(context: StationContext): Map<string, { readonly version: number; readonly draft: ClaimDraft }> {
  const kept = UNSAVED_CLAIMS.get(context.session) ?? new Map<string, { readonly version: number; readonly draft: ClaimDraft }>();
  UNSAVED_CLAIMS.set(context.session, kept);
  return kept;
}

/** One open billing panel. */
class BillingPanel implements StationInstance {
  readonly #host: StationHost;
  #context: StationContext;
  #shown = '';
  #previousState: ClaimState | null = null;
  #arrival: { text: string; denied: boolean } | null = null;
  #form: ClaimForm | null = null;
  #dirtyNote: HTMLElement | null = null;
  #lastAccepted: string | null = null;
  #focusAfter: string | null = null;
  #awaitingNote: HTMLElement | null = null;

  constructor(host: StationHost, context: StationContext) {
    this.#host = host;
    this.#context = context;
    const panel = host.body.closest('.station');
    panel?.classList.add('station-billing');
    // Phaser hit-tests a mouse-up anywhere on the page against the floor under it, unless it is default-prevented:
    // a click in this wide panel must not open the station of the floor zone beneath it.
    panel?.addEventListener('mouseup', preventFloorClick);
    this.#render();
    // The floor focuses the panel's first field once it is open; start at the claim's status instead, at the top.
    queueMicrotask(() => {
      if (host.body.contains(document.activeElement)) document.getElementById('billing-status')?.focus();
    });
  }

  update(context: StationContext): void {
    this.#context = context;
    const view = claimView(context);
    if (signature(view) !== this.#shown) this.#render();
    else this.#refreshClock(view);
  }

  dispose(): void {
    const panel = this.#host.body.closest('.station');
    panel?.classList.remove('station-billing');
    panel?.removeEventListener('mouseup', preventFloorClick);
  }

  /** Sends one action, once: the same action again on an unchanged claim (a double click) is not sent. */
  #send(action: TraineeAction, focusAfter: string | null = null): boolean {
    const before = signature(claimView(this.#context));
    if (this.#lastAccepted === actionKey(action, before)) return false;
    this.#focusAfter = focusAfter;
    const outcome = this.#context.send(action);
    if (!outcome.accepted) return false;
    const patientId = this.#context.target.kind === 'patient' ? this.#context.target.patientId : null;
    const after = patientId === null ? undefined : this.#context.session.workflowSnapshot(patientId);
    this.#lastAccepted = actionKey(action, signature(after && after.machine.id === 'billing' && typeof after.value === 'string' ? { state: after.value as ClaimState, context: after.context as BillingContext } : null));
    return true;
  }

  #render(): void {
    const context = this.#context;
    const { patient } = context;
    const body = this.#host.body;
    const hadFocus = body.contains(document.activeElement);
    const view = claimView(context);
    this.#shown = signature(view);
    body.replaceChildren();
    this.#form = null;
    this.#dirtyNote = null;
    this.#awaitingNote = null;
    if (!patient || !view) {
      body.append(element('p', 'station-note', 'No claim to work here now.'));
      return;
    }
    if (this.#previousState === 'awaitingPayer' && (view.state === 'paid' || view.state === 'denied')) {
      this.#arrival =
        view.state === 'denied'
          ? { text: `The payer has answered: claim denied (CARC ${view.context.denial?.carc ?? '?'}).`, denied: true }
          : { text: `The payer has answered: claim paid, ${formatDollars(view.context.remittance?.paidCents ?? 0)}. Post the remittance.`, denied: false };
    } else if (view.state !== this.#previousState) {
      this.#arrival = null;
    }
    this.#previousState = view.state;
    this.#host.setSubtitle(`${displayName(patient)} · ${CLAIM_STATE_TEXT[view.state]}`);

    body.append(patientCard(context.session.scenario, patient, context.patientView, claimBadge(view.state)));
    const status = element('p', `billing-status billing-status-${view.state}`);
    status.id = 'billing-status';
    status.tabIndex = -1;
    status.append(element('span', 'billing-status-label', 'Claim status: '), document.createTextNode(CLAIM_STATE_TEXT[view.state]));
    body.append(status);
    if (this.#arrival) {
      const alert = element('p', `billing-arrival${this.#arrival.denied ? ' billing-arrival-denied' : ''}`);
      alert.append(icon(BELL, 'billing-bell'), document.createTextNode(this.#arrival.text));
      alert.setAttribute('role', 'alert');
      body.append(alert);
    }

    switch (view.state) {
      case 'coding':
      case 'reviewing':
        body.append(this.#chart(view), this.#claim(view, true), this.#review(view));
        break;
      case 'awaitingPayer':
        body.append(this.#awaiting(view), this.#claim(view, false));
        break;
      case 'denied':
        body.append(this.#denied(view), this.#claim(view, false));
        break;
      case 'billingPatient':
        body.append(this.#statement(view, false), this.#claim(view, false));
        break;
      case 'paid':
        body.append(this.#remittance(view), this.#claim(view, false));
        break;
      case 'done':
        body.append(this.#finished(view));
        break;
    }
    if (hadFocus && !body.contains(document.activeElement)) {
      const wanted = this.#focusAfter === null ? null : document.getElementById(this.#focusAfter);
      (wanted && body.contains(wanted) ? wanted : status).focus();
    }
    this.#focusAfter = null;
  }

  #refreshClock(view: ClaimView | null): void {
    if (!view || view.state !== 'awaitingPayer' || !this.#awaitingNote) return;
    this.#awaitingNote.textContent = this.#awaitingText(view);
  }

  #chart(view: ClaimView): HTMLElement {
    const { patient, session } = this.#context;
    const node = section('Chart', 'billing-chart');
    if (!patient) return node;
    const provider = session.scenario.providers.find((entry) => entry.id === patient.arrival.providerId)?.name ?? 'The provider';
    const cards = element('div', 'billing-cards');
    cards.append(noteCard(patient, provider, session.scenario.day.date), doneTodayCard(view.context.chart), registrationCard(view.context.chart, patient));
    node.append(cards);
    return node;
  }

  #claim(view: ClaimView, editableState: boolean): HTMLElement {
    const { context, state } = view;
    const node = section('Claim — CMS-1500', 'billing-claim');
    const editable = editableState && (state === 'coding' || state === 'reviewing');
    const flags = new Map<string, string[]>();
    if (state === 'reviewing' && context.scrubbedVersion === context.version) {
      for (const edit of context.edits) {
        const field = scrubEditField(edit);
        if (field) flags.set(field, [...(flags.get(field) ?? []), edit.message]);
      }
    }
    const clinic = this.#context.session.scenario.clinic;
    const patientId = this.#patientId();
    const kept = patientId === null ? undefined : unsavedClaims(this.#context).get(patientId);
    const unsaved = editable && kept !== undefined && kept.version === context.version ? kept.draft : null;
    const form = claimForm({
      header: context.header,
      draft: unsaved ?? draftFrom(context.coding, context.header),
      editable,
      payerName: payerFullName(context.header.payerId),
      coverageType: claimCoverageType(context.header.payerId),
      billingProviderName: clinic.name,
      resubmission: isResubmission(context),
      flags,
      onChange: () => this.#markDirty(),
    });
    node.append(form.root);
    if (editable) {
      this.#form = form;
      const dirty = element('p', 'billing-dirty');
      dirty.setAttribute('aria-live', 'polite');
      node.append(dirty);
      this.#dirtyNote = dirty;
      if (unsaved !== null) queueMicrotask(() => this.#markDirty());
    }
    return node;
  }

  #patientId(): string | null {
    return this.#context.target.kind === 'patient' ? this.#context.target.patientId : null;
  }

  #markDirty(): void {
    const view = claimView(this.#context);
    if (!view || !this.#form || !this.#dirtyNote) return;
    const draft = this.#form.read();
    const unsaved = view.state === 'coding' || correctionFromDraft(draft, this.#saved(view)) !== null;
    this.#dirtyNote.textContent = unsaved ? '✎ Changes not saved yet: saving, scrubbing or sending saves them.' : '';
    const patientId = this.#patientId();
    if (patientId === null) return;
    if (unsaved) unsavedClaims(this.#context).set(patientId, { version: view.context.version, draft });
    else unsavedClaims(this.#context).delete(patientId);
  }

  #saved(view: ClaimView) {
    return { coding: view.context.coding, memberId: view.context.header.memberId, priorAuthorizationNumber: view.context.header.priorAuthorizationNumber };
  }

  /** Saves the form: the first coding, or a correction of what changed. True when the claim on file is now the form. */
  #save(view: ClaimView, focusAfter: string): boolean {
    const form = this.#form;
    if (!form) return true;
    const draft = form.read();
    if (view.state === 'coding') {
      if (!this.#send({ type: 'claim.coded', coding: codingFromDraft(draft) }, focusAfter)) return false;
      const next = claimView(this.#context);
      const header = next?.context.header;
      if (!next || !header) return true;
      const rest = correctionFromDraft(draft, { coding: codingFromDraft(draft), memberId: header.memberId, priorAuthorizationNumber: header.priorAuthorizationNumber });
      return rest === null || this.#send(rest, focusAfter);
    }
    const correction = correctionFromDraft(draft, this.#saved(view));
    return correction === null || this.#send(correction, focusAfter);
  }

  #review(view: ClaimView): HTMLElement {
    const { context, state } = view;
    const node = section('Scrub and send', 'billing-review');
    const scrubber = element('div', 'billing-scrubber');
    scrubber.setAttribute('aria-live', 'polite');
    if (state === 'coding' || context.scrubbedVersion === null) {
      scrubber.append(element('p', 'station-note', 'The scrubber has not checked this claim yet.'));
    } else if (context.scrubbedVersion !== context.version) {
      scrubber.append(element('p', 'billing-stale', '↻ The claim has changed since the last scrub.'));
    } else if (context.edits.length === 0) {
      scrubber.append(element('p', 'billing-clean', '✓ Scrubber: no edits. The claim is clean.'));
    } else {
      scrubber.append(element('p', 'billing-edits-title', `⚠ Scrubber: ${context.edits.length} edit${context.edits.length === 1 ? '' : 's'} to correct`));
      const list = element('ul', 'billing-edits');
      list.setAttribute('aria-label', 'Scrubber edits');
      for (const edit of context.edits) {
        const item = element('li', 'billing-edit');
        item.append(element('span', 'billing-edit-box', scrubEditBox(edit)), element('span', 'billing-edit-text', edit.message));
        const field = scrubEditField(edit);
        if (field) {
          const go = button('Go to box', 'button-quiet billing-edit-go', () => document.getElementById(field)?.focus());
          go.setAttribute('aria-label', `Go to ${scrubEditBox(edit)}`);
          item.append(go);
        }
        list.append(item);
      }
      scrubber.append(list);
    }
    node.append(scrubber);

    const actions = element('div', 'billing-buttons');
    const save = button(state === 'coding' ? 'Save the coding' : 'Save corrections', 'button-quiet', () => {
      const current = claimView(this.#context);
      if (current && this.#save(current, 'billing-scrub')) this.#markDirty();
    });
    save.id = 'billing-save';
    const scrub = button('Run the scrubber', 'button-quiet', () => {
      const current = claimView(this.#context);
      if (!current || !this.#save(current, 'billing-scrub')) return;
      this.#send({ type: 'claim.scrubbed' }, 'billing-submit');
    });
    scrub.id = 'billing-scrub';
    actions.append(save, scrub);
    if (state === 'reviewing') {
      const submit = openWhen(button('Submit the claim', 'button-primary', () => {
        const current = claimView(this.#context);
        if (!current || !this.#save(current, 'billing-submit')) return;
        this.#send({ type: 'claim.submitted' }, 'billing-status');
      }), isListed(this.#context, 'claim.submitted'));
      submit.id = 'billing-submit';
      actions.append(submit);
    }
    node.append(actions);
    if (state === 'reviewing') node.append(this.#statement(view, true));
    return node;
  }

  #awaitingText(view: ClaimView): string {
    const { session, target } = this.#context;
    const patientId = target.kind === 'patient' ? target.patientId : null;
    const sent = session.log.findLast((entry) => entry.patientId === patientId && entry.action.type === 'claim.submitted');
    const sentAt = sent ? formatMinutesOfDay(sent.minute) : 'earlier';
    const due = sent ? formatMinutesOfDay(sent.minute + payerResponseMinutes(view.context.header.payerId)) : null;
    return `Sent to ${payerFullName(view.context.header.payerId)} at ${sentAt}${due ? `; answers usually come by about ${due}` : ''}. Clinic time now ${formatMinutesOfDay(session.minute)}.`;
  }

  #awaiting(view: ClaimView): HTMLElement {
    const node = section('Awaiting payer', 'billing-awaiting');
    const pulse = icon(HOURGLASS, 'billing-hourglass');
    const note = element('p', 'billing-awaiting-text', this.#awaitingText(view));
    this.#awaitingNote = note;
    node.append(pulse, note, element('p', 'station-note', 'You can close this panel and work on: the claim comes back to the queue when the payer answers.'));
    return node;
  }

  #denied(view: ClaimView): HTMLElement {
    const node = section('Denial', 'billing-denial');
    const denial = view.context.denial;
    if (!denial) return node;
    const code = element('p', 'billing-carc');
    code.append(element('span', 'billing-carc-code', `CARC ${denial.carc}`), document.createTextNode(` ${DENIAL_CARC[denial.reason].meaning}`));
    node.append(code, element('p', 'billing-denial-detail', `Payer’s note: ${denial.detail}`));
    const group = element('div', 'billing-buttons');
    group.setAttribute('role', 'group');
    group.setAttribute('aria-label', 'Work the denial');
    const resubmit = button('Correct and resubmit', 'button-primary', () => this.#send({ type: 'denial.worked', resolution: 'resubmit' }, 'claim-dx-0'));
    const bill = button('Bill the patient', 'button-quiet', () => this.#send({ type: 'denial.worked', resolution: 'bill-patient' }, 'billing-statement-amount'));
    const writeOff = button('Write it off', 'button-quiet', () => this.#send({ type: 'denial.worked', resolution: 'write-off' }, 'billing-status'));
    group.append(...[resubmit, bill, writeOff].map((choice) => openWhen(choice, isListed(this.#context, 'denial.worked'))));
    node.append(group);
    return node;
  }

  /** The patient statement: from a denial, or in place of a claim (`instead`). */
  #statement(view: ClaimView, instead: boolean): HTMLElement {
    const node = instead ? element('details', 'billing-self-pay') : section('Patient statement', 'billing-statement');
    if (node instanceof HTMLDetailsElement) node.append(element('summary', 'billing-summary', 'Bill the patient instead of a payer'));
    const collected = view.context.expected.registered.copayCollectedCents;
    const charges = view.context.claim?.totalChargeCents ?? 0;
    node.append(element('p', 'station-note', `Charges on the claim: ${formatDollars(charges)}. Paid at check-in: ${formatDollars(collected)}.`));
    const { field, input } = amountInput(instead ? 'billing-statement-instead' : 'billing-statement-amount', 'Statement amount');
    const error = element('p', 'billing-error');
    error.setAttribute('aria-live', 'polite');
    const send = button('Send the statement', instead ? 'button-quiet' : 'button-primary', () => {
      const cents = parseDollars(input.value);
      if (cents === null) {
        error.textContent = 'Enter the amount in dollars, for example 105.00.';
        input.focus();
        return;
      }
      error.textContent = '';
      this.#send({ type: 'patient.billed', amountCents: cents }, 'billing-status');
    });
    node.append(field, error, openWhen(send, isListed(this.#context, 'patient.billed')));
    return node;
  }

  #remittance(view: ClaimView): HTMLElement {
    const node = section('Remittance and payment posting', 'billing-remittance');
    const remittance = view.context.remittance;
    if (!remittance) return node;
    node.append(remittanceTable(remittance, payerFullName(view.context.header.payerId)));
    node.append(element('p', 'station-note', `Paid at check-in: ${formatDollars(view.context.expected.registered.copayCollectedCents)}.`));
    const form = element('form', 'billing-posting');
    form.noValidate = true;
    const inputs = new Map<keyof PaymentPosting, HTMLInputElement>();
    const fields = element('div', 'billing-posting-fields');
    for (const { key, label } of POSTING_FIELDS) {
      const { field, input } = amountInput(`billing-post-${key}`, label);
      inputs.set(key, input);
      fields.append(field);
    }
    const error = element('p', 'billing-error');
    error.setAttribute('aria-live', 'polite');
    const open = isListed(this.#context, 'payment.posted');
    const check = element('button', 'button-primary', 'Review the posting');
    check.type = 'submit';
    // Posting closes the claim: as at a real posting screen, what will be posted is shown first and confirmed, so a slip is corrected before it is final (issue 19's playtest).
    const review = element('div', 'billing-posting-review');
    review.id = 'billing-posting-review';
    review.hidden = true;
    form.append(element('p', 'billing-posting-title', 'Post to the patient’s account'), fields, error, openWhen(check, open), review);
    const change = () => {
      review.hidden = true;
      review.replaceChildren();
      check.hidden = false;
    };
    // An amount changed after the review makes it stale: the trainee reviews again.
    form.addEventListener('input', () => {
      if (!review.hidden) change();
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const typed = Object.fromEntries(POSTING_FIELDS.map(({ key }) => [key, inputs.get(key)?.value ?? ''])) as Record<keyof PaymentPosting, string>;
      const result = postingFromInputs(typed);
      if ('invalid' in result) {
        error.textContent = `Enter an amount in dollars (0.00 when none) for: ${result.invalid.join(', ')}.`;
        const first = POSTING_FIELDS.find(({ label }) => result.invalid.includes(label));
        if (first) inputs.get(first.key)?.focus();
        return;
      }
      error.textContent = '';
      review.replaceChildren(...postingReview(result.posting, remittance));
      const confirm = button('Confirm and post the payment', 'button-primary', () => void this.#send({ type: 'payment.posted', posting: result.posting }, 'billing-status'));
      confirm.id = 'billing-posting-confirm';
      const back = button('Change the amounts', 'button-quiet', () => {
        change();
        inputs.get(POSTING_FIELDS[0]!.key)?.focus();
      });
      const actions = element('div', 'billing-posting-actions');
      actions.append(openWhen(confirm, open), back);
      review.append(actions);
      review.hidden = false;
      check.hidden = true;
      confirm.focus();
    });
    node.append(form);
    return node;
  }

  #finished(view: ClaimView): HTMLElement {
    const node = section('Claim finished', 'billing-finished');
    const outcome = view.context.outcome;
    if (!outcome) return node;
    const how = { paid: 'Paid and posted', 'patient-billed': 'Billed to the patient', 'written-off': 'Written off' }[outcome.outcome];
    const list = element('dl', 'billing-facts');
    const rows: [string, string][] = [
      ['Outcome', how],
      ['Charges', formatDollars(outcome.chargeCents)],
      ['Paid by the payer', formatDollars(outcome.payerPaidCents)],
      ['Patient balance', formatDollars(outcome.patientBalanceCents)],
      ['Submissions', String(outcome.submissions)],
    ];
    for (const [term, value] of rows) list.append(element('dt', undefined, term), element('dd', undefined, value));
    node.append(list);
    return node;
  }
}

/**
 * What a posting will put on the patient's account, to read before it is final: the allowed
 * amount, what the payer paid (the remittance's, not typed), the adjustment, the patient's
 * share and the balance left, with the one thing to check before confirming.
 */
function postingReview(posting: PaymentPosting, remittance: Remittance): HTMLElement[] {
  const heading = element('p', 'billing-posting-title', 'Review before posting: once posted, the claim closes');
  const list = element('dl', 'billing-facts billing-posting-facts');
  const rows: [string, number][] = [
    ['Allowed amount', posting.allowedCents],
    ['Paid by the payer (from the remittance)', remittance.paidCents],
    ['Contractual adjustment', posting.adjustmentCents],
    ['Copay', posting.copayCents],
    ['Coinsurance', posting.coinsuranceCents],
    ['Deductible', posting.deductibleCents],
    ['Patient balance', posting.patientBalanceCents],
  ];
  for (const [term, cents] of rows) list.append(element('dt', undefined, term), element('dd', undefined, formatDollars(cents)));
  const hint = element('p', 'station-note', 'Check each amount against the remittance advice above, and the patient balance against what was paid at check-in; then confirm, or change the amounts.');
  return [heading, list, hint];
}

/** The remittance advice as the 835 summarises it. */
function remittanceTable(remittance: Remittance, payer: string): HTMLElement {
  const table = element('table', 'billing-remit');
  table.append(element('caption', 'billing-remit-caption', `Remittance advice (835) from ${payer}`));
  const rows: [string, number][] = [
    ['Billed charges', remittance.chargeCents],
    ['Allowed amount', remittance.allowedCents],
    ['Paid by the payer', remittance.paidCents],
    ['Contractual adjustment (CO-45)', remittance.adjustmentCents],
    ['Copay (PR-3)', remittance.copayCents],
    ['Deductible (PR-1)', remittance.deductibleCents],
    ['Coinsurance (PR-2)', remittance.coinsuranceCents],
    ['Patient responsibility', remittance.patientResponsibilityCents],
  ];
  const body = element('tbody');
  for (const [label, cents] of rows) {
    const tr = element('tr');
    const th = element('th', undefined, label);
    th.scope = 'row';
    tr.append(th, element('td', undefined, formatDollars(cents)));
    body.append(tr);
  }
  table.append(body);
  return table;
}

/** The billing station, keyed by the billing workflow's machine id. */
export const billingStation: Station = {
  machineId: 'billing',
  title: 'Billing',
  open(host, context): StationInstance {
    return new BillingPanel(host, context);
  },
};
