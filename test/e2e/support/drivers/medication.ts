/**
 * The medication station's driver: the order read or sent back, the allergies, the storage
 * logs, a vial taken from its unit and its label read, the needle and the dose drawn up, the
 * VIS handed over, the site, route, angle and aspiration, the sharps, a skin test's wheal,
 * the record form (a skin test's with its reading appointment), the registry and the
 * observation chair.
 */
import type { TraineeAction } from '../../../../src/clinic/trainee-action';
import type { MedicationContext } from '../../../../src/workflows/medication/medication.context';
import { CARE_BUTTONS, identifyPatient } from './shared';
import { activate, type PageState, type StationDriver, type StationHands } from './station-driver';

/** The vaccine a vial holds, from the stock the copy of the day keeps. */
function testOfVial(hands: StationHands, vialId: string): string {
  const context = hands.patientId === null ? undefined : (hands.day.workflowSnapshot(hands.patientId)?.context as MedicationContext | undefined);
  const vial = context?.stock.vials.find((v) => v.id === vialId);
  if (!vial) throw new Error(`no vial ${vialId} in the clinic's stock`);
  return vial.testId;
}

/** Takes the vial out of its unit (the station keeps it in hand), unless it is already drawn up from. */
async function takeVial(hands: StationHands, vialId: string): Promise<void> {
  if (!hands.seen.keys.has(`take:${vialId}`)) return;
  await activate(hands.key(`take:${vialId}`));
  Object.assign(hands.seen, await hands.lookAgain());
}

/** Fills the record form with what the trainee writes, and saves it. */
async function writeRecord(hands: StationHands, action: Extract<TraineeAction, { type: 'administration.recorded' }>): Promise<PageState> {
  const { testId, record } = action;
  const field = (name: string) => `record:${testId}:${name}`;
  await hands.type(field('date'), record.date);
  await hands.type(field('vaccine'), record.vaccine);
  await hands.type(field('manufacturer'), record.manufacturer);
  await hands.type(field('lot'), record.lot);
  await hands.select(field('site'), record.site);
  await hands.select(field('route'), record.route);
  await hands.type(field('dose'), String(record.doseMl));
  // A skin test's record asks for the reading appointment instead of the VIS.
  if (record.readingDue !== undefined) await hands.type(field('readingDue'), record.readingDue);
  else {
    await hands.type(field('visEdition'), record.visEdition);
    await hands.type(field('visGivenOn'), record.visGivenOn);
  }
  await hands.type(field('name'), record.administeredBy.name);
  await hands.type(field('title'), record.administeredBy.title);
  return hands.press(field('save'));
}

export const medicationDriver: StationDriver = {
  plain: {
    ...CARE_BUTTONS,
    'allergies.checked': 'allergies',
    'observation.started': 'observe',
    'patient.laid-down': 'laid-down',
    'observation.ended': 'observation-end',
    'medication.finished': 'finish',
  },
  async express(hands, action) {
    const { press } = hands;
    switch (action.type) {
      case 'patient.identified':
        return identifyPatient(hands, action);
      case 'storage.log-read':
        return press(`log-read:${action.unitId}`);
      case 'storage.excursion-reported':
        return press(`excursion:${action.unitId}`);
      case 'order.reviewed':
        return press(`order-review:${action.testId}`);
      case 'order.returned':
        await hands.select(`return-reason:${action.testId}`, action.reason);
        return press(`order-return:${action.testId}`);
      case 'vial.label-read':
        await takeVial(hands, action.vialId);
        return press(`read:${testOfVial(hands, action.vialId)}:${action.moment}`);
      case 'dose.drawn-up': {
        const testId = testOfVial(hands, action.vialId);
        await takeVial(hands, action.vialId);
        await hands.choose(`gauge:${testId}:${action.needle.gauge}`);
        await hands.choose(`length:${testId}:${action.needle.length}`);
        await hands.type(`volume:${testId}`, String(action.volumeMl));
        return press(`draw-up:${testId}`);
      }
      case 'vis.given':
        return press(`vis:${action.testId}:${action.edition}`);
      case 'injection.given':
        await hands.choose(`site:${action.site}`);
        await hands.choose(`route:${action.route}`);
        await hands.choose(`angle:${action.angle}`);
        await hands.tick('aspirate', action.aspirated);
        return press('inject');
      case 'syringe.discarded':
        return press(action.recapped ? 'discard-recapped' : 'discard');
      case 'wheal.checked':
        return press(`wheal:${action.testId}`);
      case 'induration.recorded':
        await hands.type(`reading:${action.testId}`, String(action.mm));
        return press(`reading:${action.testId}:save`);
      case 'administration.recorded':
        return writeRecord(hands, action);
      case 'registry.reported':
        return press(`registry:${action.testId}`);
      default:
        return null;
    }
  },
};
