/**
 * Variants of the default morning for browser tests that need a day arranged for them (a
 * locked timer, a quiet start, a call at a set minute), opened through an assignment link.
 * The variant is checked by the same loader as any instructor's file, so a test never runs
 * on a scenario the game would refuse.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse, stringify } from 'yaml';
import { parseScenarioText } from '../../../src/scenario/scenario-loader';

/** The parts of the default morning's YAML the variants change. */
export interface MorningData {
  id: string;
  title: string;
  mode: string;
  timer?: { enabled: boolean; secondsPerMinute: number; locked: boolean };
  patients: { id: string; arrival: { lateMinutes?: number } }[];
  events: { time: string }[];
}

/** The default morning's text with `change` applied, under a new id and title; throws if the result does not load. */
export function morningVariant(id: string, title: string, change: (data: MorningData) => void): string {
  const data = parse(readFileSync(resolve(import.meta.dirname, '../../../scenarios/default-morning.yaml'), 'utf8')) as MorningData;
  data.id = id;
  data.title = title;
  change(data);
  const text = stringify(data);
  const loaded = parseScenarioText(text, `${id}.yaml`);
  if (!loaded.ok) throw new Error(`the scenario variant ${id} does not load: ${JSON.stringify(loaded.problems)}`);
  return text;
}

/** Marcus Johnson, booked at 08:00, comes 20 minutes late, and his wife's call rings at `callAt`. */
export function marcusLateAndCallAt(data: MorningData, callAt: string): void {
  data.patients.find((patient) => patient.id === 'marcus-johnson')!.arrival.lateMinutes = 20;
  data.events[0]!.time = callAt;
}
