/**
 * Which of a workflow's sample actions its machine takes now, for the workflows whose
 * `availableActions` ask `can` of every sample. `can` is only asked of the samples whose
 * type some active state has a transition for: for the others XState's answer is no
 * without a look at any guard, and the trainees ask before every move.
 */
import type { AnyMachineSnapshot, AnyStateMachine, AnyStateNode } from 'xstate';

/** The active state nodes of a state value, from the root down. */
function activeNodes(node: AnyStateNode, value: unknown): AnyStateNode[] {
  if (typeof value === 'string') {
    const child = node.states[value];
    return child ? [node, child] : [node];
  }
  if (value === null || typeof value !== 'object') return [node];
  return [node, ...Object.entries(value).flatMap(([key, inner]) => (node.states[key] ? activeNodes(node.states[key], inner) : []))];
}

/** Per machine and state value: the event types its active states have transitions for, or null when a wildcard takes any. */
const handledTypes = new WeakMap<AnyStateMachine, Map<string, ReadonlySet<string> | null>>();

function eventTypesHandled(snapshot: AnyMachineSnapshot): ReadonlySet<string> | null {
  const key = typeof snapshot.value === 'string' ? snapshot.value : JSON.stringify(snapshot.value);
  let byValue = handledTypes.get(snapshot.machine);
  if (!byValue) {
    byValue = new Map();
    handledTypes.set(snapshot.machine, byValue);
  }
  const known = byValue.get(key);
  if (known !== undefined) return known;
  const descriptors = activeNodes(snapshot.machine.root, snapshot.value).flatMap((node) => [...node.transitions.keys()]);
  const types = descriptors.some((descriptor) => descriptor.includes('*')) ? null : new Set(descriptors);
  byValue.set(key, types);
  return types;
}

/** The types of the samples the machine takes in this snapshot, each once, in the samples' order. */
export function acceptedSampleTypes<Action extends { readonly type: string }>(snapshot: AnyMachineSnapshot, samples: readonly Action[]): Action['type'][] {
  const handled = eventTypesHandled(snapshot);
  return [...new Set(samples.filter((sample) => (handled === null || handled.has(sample.type)) && snapshot.can(sample)).map((sample) => sample.type))];
}
