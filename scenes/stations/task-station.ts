/**
 * The waiting station: the patient's card, while they are in a stage that is nobody's
 * workflow (waiting for the provider, with the provider, gone home). Every stage the trainee
 * works in has its own station (`stations.ts`); this one only says there is nothing to do.
 */
import { element } from '../dom';
import { patientCard } from './patient-card';
import type { Station, StationContext, StationHost, StationInstance } from './station';
import { displayName } from '../../src/domain/patient';

function render(host: StationHost, context: StationContext): void {
  const { patient, patientView } = context;
  host.body.replaceChildren();
  if (!patient) return;
  host.setSubtitle(displayName(patient));
  host.body.append(patientCard(context.session.scenario, patient, patientView));
  host.body.append(element('p', 'station-note', `Nothing to do here for ${patient.name.given} right now (${(patientView?.badge.text ?? 'waiting').toLowerCase()}).`));
}

/** The station of a patient who waits on others. */
export const waitingStation: Station = {
  machineId: 'waiting',
  title: 'Patient',
  open(host, context): StationInstance {
    render(host, context);
    let shown = context.patientView?.badge.text;
    return {
      update(next) {
        if (next.patientView?.badge.text === shown) return;
        shown = next.patientView?.badge.text;
        render(host, next);
      },
    };
  },
};
