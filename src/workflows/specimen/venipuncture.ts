/**
 * Venipuncture at the lab station: the tourniquet, the needle (a multi-sample needle or a
 * butterfly), the tubes in order of draw, their inversions, and the needle withdrawn after
 * the tourniquet is released (CLSI GP41). idle → tourniquetOn → needleIn → needleOut → idle.
 */
import { type TubeId, TUBES } from '../../reference/order-of-draw';
import type { OrderableTest } from '../../reference/tests';
import { NO_CHANGE } from '../workflow-steps';
import { record, type SpecimenGuard, type SpecimenStep, subject } from './specimen.context';
import { TOURNIQUET_SECONDS } from './specimen.kits';
import { inversionsCheck, orderOfDrawCheck, skinAntisepsisCheck, tourniquetCheck, tubeChoiceCheck } from './specimen.rules';

/** The venous tubes the orders need, in order of draw. */
export function tubesForOrders(tests: readonly OrderableTest[]): TubeId[] {
  const ids = new Set(tests.filter((t) => t.kind === 'venous-lab' && t.tubeId !== undefined).map((t) => t.tubeId!));
  return TUBES.filter((t) => ids.has(t.id)).map((t) => t.id);
}

/** `tourniquet.applied`: the tourniquet is on, and its time starts. */
export const applyTourniquet: SpecimenStep = () => ({ tourniquetOn: true, tourniquetSeconds: TOURNIQUET_SECONDS.applied });

/** `needle.inserted`: the site's antisepsis is judged, and the device the tubes are drawn through kept. */
export const insertNeedle: SpecimenStep = (context, event) => {
  if (event.type !== 'needle.inserted') return NO_CHANGE;
  record(context.env, skinAntisepsisCheck(subject(context, { disinfected: context.siteDisinfected, puncture: 'needle' })));
  return { device: event.device, siteDisinfected: null };
};

/** `tube.drawn`: a tube filled, to be inverted and labelled. */
export const drawTube: SpecimenStep = (context, event) => (event.type === 'tube.drawn' ? { drawn: [...context.drawn, { tube: event.tube, atMinute: context.env.now(), inversions: null }] } : NO_CHANGE);

/** `tube.inverted`: the inversions are judged against the tube's additive. */
export const invertTube: SpecimenStep = (context, event) => {
  if (event.type !== 'tube.inverted') return NO_CHANGE;
  record(context.env, inversionsCheck(subject(context, { tube: event.tube, times: event.times })));
  return { drawn: context.drawn.map((d) => (d.tube === event.tube && d.inversions === null ? { ...d, inversions: event.times } : d)) };
};

/** `tourniquet.released`. */
export const releaseTourniquet: SpecimenStep = () => ({ tourniquetOn: false });

/** `needle.withdrawn`: the tourniquet time, the order of draw and the tubes drawn are judged; the needle is a sharp to dispose of next. */
export const withdrawNeedle: SpecimenStep = (context) => {
  const drawn = context.drawn.map((d) => d.tube);
  record(context.env, [
    tourniquetCheck(subject(context, { seconds: context.tourniquetSeconds, releasedBeforeWithdrawal: !context.tourniquetOn })),
    orderOfDrawCheck(subject(context, { drawn, device: context.device ?? 'multi-sample-needle' })),
    tubeChoiceCheck(subject(context, { needed: context.tubesNeeded, drawn })),
  ]);
  return { tourniquetOn: false, venipunctures: context.venipunctures + 1, sharpsOpen: [...context.sharpsOpen, 'needle'], sharpPending: 'needle' };
};

/** When a venipuncture step fits. */
export const VENIPUNCTURE_GUARDS: Readonly<Record<'venipunctureDue' | 'isTube' | 'tourniquetOn' | 'canInvert', SpecimenGuard>> = {
  venipunctureDue: ({ context }) => context.tubesNeeded.some((id) => !context.accepted.includes(id)) && context.drawn.length === 0,
  isTube: ({ event }) => event.type === 'tube.drawn' && TUBES.some((t) => t.id === event.tube),
  tourniquetOn: ({ context }) => context.tourniquetOn,
  canInvert: ({ context, event }) =>
    event.type === 'tube.inverted' && context.drawn.some((d) => d.tube === event.tube && d.inversions === null && d.tube !== 'discard'),
};
