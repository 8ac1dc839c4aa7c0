/**
 * The generic task station: the patient's card and, as buttons, the actions the session
 * says fit now for this patient, each sent with no payload. Exactly right for the
 * one-action stage tasks (machine ids `task:…`); a workflow with richer actions registers
 * its own station.
 */
import type { TraineeAction, TraineeActionType } from '../../src/clinic/trainee-action';
import { element } from '../dom';
import { buttonGroup, keyedButton } from './kit/controls';
import { actionLabel } from './action-labels';
import { patientCard } from './patient-card';
import type { Station, StationContext, StationHost, StationInstance } from './station';
import { displayName } from '../../src/domain/patient';

/** Sends a payload-free action: the stage tasks' actions carry nothing but their type. */
function payloadFree(type: TraineeActionType): TraineeAction {
  return { type } as TraineeAction;
}

function render(host: StationHost, context: StationContext): void {
  const { patient, patientView } = context;
  host.body.replaceChildren();
  if (!patient) return;
  host.setSubtitle(displayName(patient));
  host.body.append(patientCard(context.session.scenario, patient, patientView));
  const actions = patientView?.actions ?? [];
  if (actions.length === 0) {
    host.body.append(element('p', 'station-note', `Nothing to do here for ${patient.name.given} right now (${(patientView?.badge.text ?? 'waiting').toLowerCase()}).`));
    return;
  }
  host.body.append(buttonGroup('What to do', actions.map((type) => keyedButton(actionLabel(type), `action:${type}`, 'primary', () => context.send(payloadFree(type))))));
}

/** The station of every `task:` machine, and the fallback for a machine without a station. */
export const taskStation: Station = {
  machineId: 'task:',
  title: 'Task',
  open(host, context): StationInstance {
    render(host, context);
    let shown = (context.patientView?.actions ?? []).join();
    return {
      update(next) {
        const actions = (next.patientView?.actions ?? []).join();
        if (actions === shown) return;
        shown = actions;
        render(host, next);
      },
    };
  },
};
