/**
 * The procedures of the lab station done in one step: a urine cup handed over (with the
 * clean-catch instructions where the test needs them), a swab collected, and a procedure
 * such as a pulse oximetry (the ECG is its own workflow).
 */
import { NO_CHANGE } from '../workflow-steps';
import { orderedTests, record, type SpecimenGuard, type SpecimenStep, subject, testOrdered } from './specimen.context';
import { cleanCatchCheck } from './specimen.rules';

/** `urine.instructed`: the cup is handed over; clean-catch instructions are judged where the test needs them. */
export const instructUrine: SpecimenStep = (context, event) => {
  if (event.type !== 'urine.instructed') return NO_CHANGE;
  const needed = orderedTests(context).some((t) => t.specimen === 'urine-clean-catch');
  record(context.env, cleanCatchCheck(subject(context, { needed, instructed: event.cleanCatch === true })));
  return { urineCollectedAt: context.env.now() };
};

/** `swab.collected`. */
export const collectSwab: SpecimenStep = (context, event) => (event.type === 'swab.collected' ? { swabs: [...context.swabs, event.testId] } : NO_CHANGE);

/** `procedure.performed`. */
export const performProcedure: SpecimenStep = (context, event) => (event.type === 'procedure.performed' ? { proceduresDone: [...context.proceduresDone, event.testId] } : NO_CHANGE);

/** When a one-step procedure fits: ordered, and not done yet. */
export const ONE_STEP_GUARDS: Readonly<Record<'urineDue' | 'swabDue' | 'procedureDue', SpecimenGuard>> = {
  urineDue: ({ context }) => context.urineCollectedAt === null && orderedTests(context).some((t) => t.kind === 'urine'),
  swabDue: ({ context, event }) => event.type === 'swab.collected' && !context.swabs.includes(event.testId) && testOrdered(context, event.testId, (t) => t.kind === 'swab') !== null,
  procedureDue: ({ context, event }) =>
    event.type === 'procedure.performed' && !context.proceduresDone.includes(event.testId) && testOrdered(context, event.testId, (t) => t.kind === 'procedure') !== null,
};
