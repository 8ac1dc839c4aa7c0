/**
 * The FLACC behavioural pain scale (Merkel 1997): five items (Face, Legs, Activity, Cry,
 * Consolability), each scored 0, 1 or 2 by the behaviour that best fits what the child shows,
 * the total 0–10. The level descriptors are in our own words. Pure data and arithmetic: the
 * scenario gives a child's items (or a single number, from which items are derived), the
 * station shows the behaviour and the trainee scores each item.
 */
import { SOURCES, checked, type Sourced } from '../source';

/** The five FLACC items, in the scale's order. */
export const FLACC_ITEM_IDS = ['face', 'legs', 'activity', 'cry', 'consolability'] as const;
/** One FLACC item. */
export type FlaccItemId = (typeof FLACC_ITEM_IDS)[number];
/** The score of one item. */
export type FlaccItemScore = 0 | 1 | 2;
/** A child's five FLACC item scores. */
export type FlaccItems = Readonly<Record<FlaccItemId, number>>;

/** One FLACC item: its name, what each score means, and what a child at each score looks like to the MA. */
export interface FlaccItem extends Sourced {
  readonly id: FlaccItemId;
  readonly name: string;
  /** The scale's meaning of 0, 1 and 2 for this item (our words). */
  readonly levels: readonly [string, string, string];
  /** What the MA sees or hears of a child at 0, 1 and 2 (the station's observation, our words). */
  readonly seen: readonly [string, string, string];
}

const flaccSource = checked(SOURCES.merkel1997Flacc, 'The five categories and the meaning of each score, as reprinted (fpnotebook.com; Ahmed 2018 Table 1); our wording.');

/** The FLACC items with the meaning of each score. */
export const FLACC_ITEMS: readonly FlaccItem[] = [
  {
    id: 'face',
    name: 'Face',
    levels: ['No particular expression, or a smile', 'A grimace or frown now and then; withdrawn, not interested', 'Frowning most or all of the time; jaw clenched, chin quivering'],
    seen: ['The face is relaxed; the child smiles at the toy you hold up.', 'Now and then the child frowns or screws up the face, and looks away, uninterested.', 'The child frowns the whole time, jaw clenched, the chin trembling.'],
    source: flaccSource,
  },
  {
    id: 'legs',
    name: 'Legs',
    levels: ['Relaxed, in a normal position', 'Restless, uneasy or tense', 'Kicking, or legs drawn up'],
    seen: ['The legs hang loose on the parent’s lap.', 'The legs keep shifting, tense, never quite still.', 'The child kicks out, or pulls both knees up tight.'],
    source: flaccSource,
  },
  {
    id: 'activity',
    name: 'Activity',
    levels: ['Lies or sits quietly, moves easily', 'Squirms, shifts back and forth, tense', 'Arched, rigid, or jerking'],
    seen: ['The child sits quietly and moves about easily.', 'The child squirms and shifts from side to side, tense.', 'The child arches the back and goes rigid, or jerks.'],
    source: flaccSource,
  },
  {
    id: 'cry',
    name: 'Cry',
    levels: ['No cry, awake or asleep', 'Moans or whimpers; complains now and then', 'Cries steadily, screams or sobs; complains often'],
    seen: ['No crying at all.', 'A low whimper now and then, and an occasional “ow”.', 'Steady crying and sobbing, with screams.'],
    source: flaccSource,
  },
  {
    id: 'consolability',
    name: 'Consolability',
    levels: ['Content, relaxed', 'Reassured by a touch, a hug or being talked to; can be distracted', 'Hard to console or comfort'],
    seen: ['The child is content and needs no comforting.', 'A cuddle or a few words from the parent settle the child for a while; a toy distracts.', 'Nothing the parent does settles the child.'],
    source: flaccSource,
  },
];

/** The FLACC total: the sum of the five items (0–10). */
export function flaccTotal(items: FlaccItems): number {
  return FLACC_ITEM_IDS.reduce((sum, id) => sum + items[id], 0);
}

/** The order in which a single FLACC number is spread over the items: the signs a parent sees first. */
const DERIVATION_ORDER: readonly FlaccItemId[] = ['face', 'cry', 'consolability', 'legs', 'activity'];

/**
 * Items for a scenario that gives only the FLACC total (scenarios written before the items
 * existed): one point at a time to each item in turn (face, cry, consolability, legs,
 * activity), so the items sum to the total and no item is 2 while another is 0.
 */
export function flaccItemsFromTotal(total: number): FlaccItems {
  const clamped = Math.max(0, Math.min(10, Math.round(total)));
  const scores: Record<FlaccItemId, number> = { face: 0, legs: 0, activity: 0, cry: 0, consolability: 0 };
  for (let point = 0; point < clamped; point++) scores[DERIVATION_ORDER[point % DERIVATION_ORDER.length]!] += 1;
  return scores;
}
