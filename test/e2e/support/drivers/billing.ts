/**
 * The billing office's driver: the CMS-1500 typed (box 21 and the service lines of box 24),
 * the claim's buttons (found by their ids), the denial worked, the statement sent and the
 * remittance posted.
 */
import type { Locator } from 'playwright-core';
import type { ClaimCoding, PaymentPosting } from '../../../../src/workflows/billing/billing.actions';
import { activate, type PageState, type StationDriver, type StationHands } from './station-driver';

/** Dollars as a trainee types them: "25.00". */
function dollars(cents: number): string {
  return (cents / 100).toFixed(2);
}

/** Types a coding into the CMS-1500: box 21 A–L and the service lines of box 24. */
async function fillCoding(station: Locator, coding: ClaimCoding): Promise<void> {
  const rows = await station.locator('input[id^="claim-code-"]').count();
  if (coding.lines.length > rows) throw new Error(`the claim form has ${rows} service lines, the coding ${coding.lines.length}`);
  if (coding.diagnoses.length > 12) throw new Error(`box 21 takes 12 diagnoses, the coding has ${coding.diagnoses.length}`);
  const wanted = new Map<string, string>();
  for (let index = 0; index < 12; index += 1) wanted.set(`claim-dx-${index}`, coding.diagnoses[index] ?? '');
  for (let index = 0; index < rows; index += 1) {
    const line = coding.lines[index];
    if (line && line.modifiers.length > 4) throw new Error(`box 24D takes four modifiers, line ${index + 1} has ${line.modifiers.length}`);
    wanted.set(`claim-code-${index}`, line?.code ?? '');
    for (let m = 0; m < 4; m += 1) wanted.set(m === 0 ? `claim-modifier-${index}` : `claim-modifier-${index}-${m}`, line?.modifiers[m] ?? '');
    wanted.set(`claim-pointers-${index}`, line ? line.pointers.join('') : '');
    wanted.set(`claim-units-${index}`, line ? String(line.units) : '');
  }
  const current = await station.locator('.cms1500 input[id^="claim-"]').evaluateAll((nodes) => nodes.map((node) => [node.id, (node as HTMLInputElement).value] as const));
  const shown = new Map(current);
  for (const [id, value] of wanted) {
    if (shown.get(id) === value) continue;
    const field = station.locator(`#${id}`);
    await field.fill(value);
    // A code field opens its search list as it is typed in; Tab leaves it (and closes the list).
    if (id.startsWith('claim-dx-') || id.startsWith('claim-code-')) await field.press('Tab');
  }
}

/** Types the remittance's amounts into the posting form, reviews what will be posted, and confirms it. */
async function postPayment(hands: StationHands, posting: PaymentPosting): Promise<PageState> {
  for (const key of ['allowedCents', 'adjustmentCents', 'copayCents', 'coinsuranceCents', 'deductibleCents', 'patientBalanceCents'] as const) {
    await hands.station.locator(`#billing-post-${key}`).fill(dollars(posting[key]));
  }
  await activate(hands.station.getByRole('button', { name: 'Review the posting', exact: true }));
  return hands.commit(hands.station.getByRole('button', { name: 'Confirm and post the payment', exact: true }));
}

export const billingDriver: StationDriver = {
  plain: {},
  async express(hands, action) {
    const { station, commit } = hands;
    switch (action.type) {
      case 'claim.coded':
        await fillCoding(station, action.coding);
        return commit(station.locator('#billing-save'));
      case 'claim.corrected':
        if (action.coding) await fillCoding(station, action.coding);
        if (action.memberId !== undefined) await station.locator('#claim-member-0').fill(action.memberId);
        if (action.priorAuthorizationNumber !== undefined) await station.locator('#claim-auth-0').fill(action.priorAuthorizationNumber);
        return commit(station.locator('#billing-save'));
      case 'claim.scrubbed':
        return commit(station.locator('#billing-scrub'));
      case 'claim.submitted':
        return commit(station.locator('#billing-submit'));
      case 'denial.worked': {
        const names = { resubmit: 'Correct and resubmit', 'bill-patient': 'Bill the patient', 'write-off': 'Write it off' } as const;
        return commit(station.getByRole('group', { name: 'Work the denial' }).getByRole('button', { name: names[action.resolution], exact: true }));
      }
      case 'payment.posted':
        return postPayment(hands, action.posting);
      case 'patient.billed': {
        const instead = station.locator('details.billing-self-pay');
        const insteadShown = (await instead.count()) > 0;
        if (insteadShown && !(await instead.evaluate((node) => (node as HTMLDetailsElement).open))) await activate(instead.locator('summary'));
        await station.locator(insteadShown ? '#billing-statement-instead' : '#billing-statement-amount').fill(dollars(action.amountCents));
        const container = insteadShown ? instead : station.locator('.billing-statement');
        return commit(container.getByRole('button', { name: 'Send the statement', exact: true }));
      }
      default:
        return null;
    }
  },
};
