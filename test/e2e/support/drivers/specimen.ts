/**
 * The lab's driver: the tray stocked from the supply drawer and put in draw order with the
 * keyboard, the needle, the tubes filled and mixed, the labels written, the capillary, urine,
 * swab, point-of-care and procedure steps, and sending the specimens.
 */
import { tubeName } from '../../../../scenes/stations/specimen-choices';
import type { TubeId } from '../../../../src/reference/order-of-draw';
import { formatMinutesOfDay } from '../../../../src/scenario/clock-time';
import type { SpecimenContext } from '../../../../src/workflows/specimen/specimen.machine';
import { CARE_BUTTONS, identifyPatient } from './shared';
import { activate, quoted, type StationDriver, type StationHands, type StationLook } from './station-driver';

/** `date` plus `days`, both ISO dates. */
function addDays(date: string, days: number): string {
  const at = new Date(`${date}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
}

/**
 * Puts the tubes the orders need on the tray from the supply drawer (a discard tube first
 * when a citrate tube is among them), if the tray is still empty and nothing is drawn.
 */
async function stockTray(hands: StationHands, seen: StationLook): Promise<void> {
  if (hands.patientId === null) return;
  const keys = [...seen.keys];
  // The drawer is open only before the first tube is drawn; a stocked tray is left as it is.
  if (!keys.some((name) => name.startsWith('supply:')) || keys.some((name) => name.startsWith('order:'))) return;
  const context = hands.day.workflowSnapshot(hands.patientId)?.context as SpecimenContext | undefined;
  const needed = context?.tubesNeeded ?? [];
  const tubes: TubeId[] = needed.includes('light-blue-citrate') ? ['discard', ...needed.filter((t) => t !== 'discard')] : [...needed];
  for (const tube of tubes) {
    if (seen.checked.get(`supply:${tube}`) !== true) await hands.station.locator(`[data-key=${quoted(`supply:${tube}`)}]`).press('Space');
  }
}

/** Moves `tube` up the draw order with the keyboard (Space, arrow up, Space) until it is the next to fill. */
async function bringToFront(hands: StationHands, tube: TubeId): Promise<void> {
  const fill = hands.key('fill');
  const wanted = `Fill the next tube: ${tubeName(tube)}`;
  if ((await fill.count()) > 0 && (await fill.innerText()) === wanted) return;
  const handle = hands.key(`order:${tube}`);
  if ((await handle.count()) === 0) throw new Error(`the ${tubeName(tube)} is not on the tray`);
  await handle.press('Space');
  for (let step = 0; step < 12 && (await fill.innerText()) !== wanted; step += 1) await hands.page.keyboard.press('ArrowUp');
  await hands.page.keyboard.press('Space');
  if ((await fill.innerText()) !== wanted) throw new Error(`the ${tubeName(tube)} could not be brought to the front of the tray`);
}

export const specimenDriver: StationDriver = {
  plain: {
    ...CARE_BUTTONS,
    'requisition.checked': 'requisition',
    'gloves.donned': 'gloves',
    'tourniquet.released': 'tourniquet-off',
    'needle.withdrawn': 'needle-out',
    'sharps.disposed': 'sharps',
    'site.bandaged': 'bandage',
    'capillary.punctured': 'capillary',
    'specimen.sent': 'send',
  },
  async express(hands, action) {
    const { type, press } = hands;
    switch (action.type) {
      case 'patient.identified':
        return identifyPatient(hands, action);
      case 'site.disinfected': {
        const choice = action.airDried ? 'dry' : 'wet';
        // Set out the tubes first, as the expert does: the drawer closes with nothing to lose.
        await stockTray(hands, hands.seen);
        return press(hands.seen.keys.has(`venous-antisepsis:${choice}`) ? `venous-antisepsis:${choice}` : `capillary-antisepsis:${choice}`);
      }
      case 'tourniquet.applied':
        await stockTray(hands, hands.seen);
        return press('tourniquet-on');
      case 'needle.inserted':
        await hands.choose(`device:${action.device}`);
        return press('needle-in');
      case 'tube.drawn':
        await bringToFront(hands, action.tube);
        return press('fill');
      case 'tube.inverted':
        for (let count = 0; count < action.times; count += 1) await activate(hands.key(`invert:${action.tube}`));
        return press(`mixed:${action.tube}`);
      case 'specimen.labeled': {
        const { container, label } = action;
        if (!hands.seen.keys.has(`label:${container}:write`)) {
          await stockTray(hands, hands.seen);
          Object.assign(hands.seen, await hands.lookAgain());
        }
        const minute = label.collectedAtMinute;
        const day = Math.floor(minute / 1440);
        await type(`label:${container}:name`, label.fullName);
        await hands.select(`label:${container}:kind`, label.secondIdentifier.kind);
        await type(`label:${container}:second`, label.secondIdentifier.value);
        await type(`label:${container}:date`, addDays(hands.scenario.day.date, day));
        await type(`label:${container}:time`, formatMinutesOfDay(minute - day * 1440));
        await type(`label:${container}:initials`, label.initials);
        return press(`label:${container}:write`);
      }
      case 'microtube.filled':
        return press(`microtube:${action.tubeId}`);
      case 'urine.instructed':
        return press(action.cleanCatch ? 'urine-clean' : 'urine-plain');
      case 'swab.collected':
        return press(`swab:${action.testId}`);
      case 'poct.control-run':
        return press(`control:${action.lot}`);
      case 'poct.test-run':
        return press(`run:${action.lot}`);
      case 'poct.result-recorded':
        await type(`result:${action.testId}`, String(action.result));
        return press(`record:${action.testId}`);
      case 'procedure.performed':
        return press(`procedure:${action.testId}`);
      default:
        return null;
    }
  },
};
