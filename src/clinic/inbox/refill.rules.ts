/**
 * The refill request's rules: only a prescriber authorises a refill or changes a dose; the
 * request reaches the provider with the chart's facts they decide on; a controlled
 * substance goes to the prescriber under the DEA's rules; the patient hears where the
 * refill stands; and a patient overdue for a visit, or one the provider wants to see, is
 * booked one. Each rests on a confirmed source (`src/reference/source.ts`); how often a
 * patient must be seen is the game clinic's policy, which the rule says.
 */
import { checked, SOURCES } from '../../reference/source';
import { type Rule, defineRule } from '../../scoring/finding';

export const refillScopeRule = defineRule({
  id: 'refill.scope',
  competency: 'communication',
  severity: 'critical',
  title: 'Never approve a refill or change its dose yourself: only the prescriber decides',
  why: 'A refill is a prescription. A medical assistant may pass on, word for word, a refill the provider has authorised, but may not authorise, approve or sign one, nor change the dose a patient asks to change: that is the prescriber\'s judgment, and a medicine given without it can harm the patient.',
  source: SOURCES.aamaRefillTransmission,
});

export const refillGatheredRule = defineRule({
  id: 'refill.gathered',
  competency: 'documentation-privacy',
  severity: 'major',
  title: 'Send the provider what a refill decision rests on: the medication and dose, the last visit, the last relevant result, the pharmacy',
  why: 'The provider decides a refill on the chart: whether the patient has been seen recently enough, whether the monitoring result the medicine needs (an A1c, a lipid panel, a potassium) is up to date, what exactly is taken, and where to send it. A request without them comes back, or is decided blind.',
  source: SOURCES.refillDecisionFacts,
});

export const refillRoutedRule = defineRule({
  id: 'refill.routed',
  competency: 'escalation',
  severity: 'major',
  title: 'Route every refill request to the provider before closing the item',
  why: 'A refill request closed without reaching the provider is a patient left without their medicine, or a pharmacy left without an answer; only the prescriber can answer it.',
  source: checked(SOURCES.aamaRefillTransmission, 'Applied to the inbox: the MA\'s part is to pass the request to the prescriber and carry out the answer.'),
});

export const refillControlledRule = defineRule({
  id: 'refill.controlled',
  competency: 'escalation',
  severity: 'critical',
  title: 'A controlled-substance refill goes to the prescriber, with its schedule and refill history; never authorise or phone one in',
  why: 'Federal law limits controlled prescriptions: a Schedule II prescription is never refilled and is not phoned in except by the prescriber in an emergency; a Schedule III or IV prescription is refilled at most five times within six months of issue, and then only a new prescription from the prescriber will do. The MA routes the request with the schedule, the date issued and the refills used, and the prescriber decides.',
  source: checked(SOURCES.dea21Cfr1306_12, 'With 21 CFR 1306.11(a) and (d) (Schedule II: a signed prescription; oral authorisation only by the prescriber in an emergency) and 1306.22(a) (Schedules III and IV: six months, five refills).'),
});

export const refillPatientToldRule = defineRule({
  id: 'refill.patient-told',
  competency: 'communication',
  severity: 'major',
  title: "Tell the patient the provider's answer: always when they asked, when the answer is not a plain approval, or when they must come in",
  why: 'A patient who asked for a refill, or whose refill the provider declined or made wait for a visit, learns it only from the clinic; the pharmacy tells them only that an approved refill is ready. Told nothing, they run out of medicine or wait at the counter.',
  source: SOURCES.refillDecisionFacts,
});

export const refillOverdueVisitRule = defineRule({
  id: 'refill.overdue-visit',
  competency: 'scheduling',
  severity: 'major',
  title: 'Book a visit for a patient overdue by the clinic\'s policy, or one the provider wants to see',
  why: "A long-term medicine needs the patient seen: this clinic's policy is a visit at least every 12 months, and the provider may send only enough until then. When the chart shows the patient overdue, or the provider answers that the patient must come in, the MA books the visit while the patient is on the line.",
  source: SOURCES.refillDecisionFacts,
});

/** The refill rules, for the rule catalogue. */
export const REFILL_RULES: readonly Rule[] = [refillScopeRule, refillGatheredRule, refillRoutedRule, refillControlledRule, refillPatientToldRule, refillOverdueVisitRule];
