/**
 * Capillary (skin) puncture at the lab station: the lancet, the microtubes filled from the
 * open puncture in the capillary order of draw (CLSI GP42), and the bandage that closes it.
 * A point-of-care test on capillary blood runs from the same puncture.
 */
import { isMicrotubeId } from '../../reference/order-of-draw';
import { NO_CHANGE } from '../workflow-steps';
import { ordersKind, record, type SpecimenGuard, type SpecimenStep, subject } from './specimen.context';
import { capillaryOrderCheck, skinAntisepsisCheck } from './specimen.rules';

/** `capillary.punctured`: the site's antisepsis is judged; the puncture is open, and the lancet is a sharp to dispose of next. */
export const punctureCapillary: SpecimenStep = (context) => {
  record(context.env, skinAntisepsisCheck(subject(context, { disinfected: context.siteDisinfected, puncture: 'lancet' })));
  return {
    siteDisinfected: null,
    capillaryOpen: true,
    capillaryPunctured: true,
    capillaryPunctures: context.capillaryPunctures + 1,
    sharpsOpen: [...context.sharpsOpen, 'lancet'],
    sharpPending: 'lancet',
  };
};

/** `microtube.filled`: a microtube filled from the open puncture, in the order filled. */
export const fillMicrotube: SpecimenStep = (context, event) =>
  event.type === 'microtube.filled' ? { microtubes: [...context.microtubes, { tubeId: event.tubeId, atMinute: context.env.now() }] } : NO_CHANGE;

/** Bandaging closes the puncture: the microtubes filled from it are judged against the capillary order. */
export const bandageSite: SpecimenStep = (context) => {
  if (context.capillaryOpen && context.microtubes.length > 0) {
    record(context.env, capillaryOrderCheck(subject(context, { filled: context.microtubes.map((m) => m.tubeId) })));
  }
  return { capillaryOpen: false };
};

/** When a capillary-puncture step fits. */
export const CAPILLARY_GUARDS: Readonly<Record<'capillaryDue' | 'canFillMicrotube' | 'capillaryOpen', SpecimenGuard>> = {
  capillaryDue: ({ context }) => !context.capillaryPunctured && (ordersKind(context, 'capillary-poc') || ordersKind(context, 'capillary-lab')),
  /** Any microtube on the tray may be filled once from an open puncture; a citrate "microtube" does not exist. */
  canFillMicrotube: ({ context, event }) =>
    event.type === 'microtube.filled' &&
    context.capillaryOpen &&
    ordersKind(context, 'capillary-lab') &&
    isMicrotubeId(event.tubeId) &&
    !context.microtubes.some((m) => m.tubeId === event.tubeId) &&
    !context.accepted.includes(event.tubeId),
  capillaryOpen: ({ context }) => context.capillaryOpen,
};
