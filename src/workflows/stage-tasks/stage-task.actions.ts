/**
 * The one action of each stage task, and the schema that reads it at the edge. Apart from
 * the machine so that reading a saved log does not load XState.
 */
import { schemaOf, z } from '../../scenario/zod';

/** The one action that completes a stage task. */
export type StageTaskAction =
  | { type: 'check-in.completed' }
  | { type: 'vitals.recorded' }
  | { type: 'specimen.sent' }
  | { type: 'checkout.completed' }
  | { type: 'claim.submitted' };

/** The stage tasks' actions, checked at the edge like every other action. */
export const stageTaskActionSchema = schemaOf<StageTaskAction>()(
  z.discriminatedUnion('type', [
    z.strictObject({ type: z.literal('check-in.completed') }),
    z.strictObject({ type: z.literal('vitals.recorded') }),
    z.strictObject({ type: z.literal('specimen.sent') }),
    z.strictObject({ type: z.literal('checkout.completed') }),
    z.strictObject({ type: z.literal('claim.submitted') }),
  ]),
);

