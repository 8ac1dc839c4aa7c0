/**
 * Blood-collection tubes and the order in which they are drawn.
 *
 * Venous order of draw: CLSI GP41 (7th ed., 2017). Inversions: BD chart (manufacturer-
 * specific, secondary). Capillary order: CLSI GP42. Every tube is named by its cap colour
 * and its additive, never by colour alone.
 */
import { SOURCES, checked, type Source, type Sourced } from './source';

/** Tube ids, in venous order of draw. 'discard' is the no-additive tube drawn to prime a butterfly line. */
export const TUBE_IDS = [
  'blood-culture',
  'discard',
  'light-blue-citrate',
  'red-serum',
  'gold-sst',
  'green-heparin',
  'lavender-edta',
  'grey-fluoride',
] as const;
/** One tube. */
export type TubeId = (typeof TUBE_IDS)[number];

/** Cap colours. */
export const CAP_COLOURS = ['yellow-or-bottle', 'clear', 'light-blue', 'red', 'gold', 'green', 'lavender', 'grey'] as const;
/** One cap colour. */
export type CapColour = (typeof CAP_COLOURS)[number];

/** A blood-collection tube as the game shows it. */
export interface Tube extends Sourced {
  readonly id: TubeId;
  /** Cap colour and additive together, e.g. "Lavender (EDTA)". */
  readonly displayName: string;
  readonly capColour: CapColour;
  readonly additive: string;
  /** Position in the CLSI GP41 venous order; tubes sharing a number may be drawn in either order. */
  readonly drawPosition: number;
  /** Inversions after filling (BD chart). */
  readonly inversions: { readonly min: number; readonly max: number };
  readonly inversionsSource: Source;
  /** Tests usually drawn in this tube (plain names, for the tray label and feedback). */
  readonly typicalTests: readonly string[];
  /** Whether CLSI allows this tube before the citrate (coagulation) tube. */
  readonly mayPrecedeCitrate: boolean;
  readonly handlingNote?: string;
}

const gp41 = checked(SOURCES.clsiGp41, 'The standard is sold; the order read in laboratory guides citing it (Labcorp coagulation collection guide; Quest Singapore citing GP41-A6; teaching tables): culture, citrate, serum, heparin, EDTA, fluoride.');
const bd = SOURCES.bdOrderOfDraw;

/** The tubes of the venous order of draw (CLSI GP41 7th ed.), with BD inversion counts. */
export const TUBES: readonly Tube[] = [
  {
    id: 'blood-culture',
    displayName: 'Blood culture bottles (culture media)',
    capColour: 'yellow-or-bottle',
    additive: 'Culture media (aerobic and anaerobic bottles) or yellow SPS tube',
    drawPosition: 1,
    inversions: { min: 8, max: 10 },
    inversionsSource: bd,
    typicalTests: ['Blood culture'],
    mayPrecedeCitrate: true,
    source: gp41,
  },
  {
    id: 'discard',
    displayName: 'Discard tube (clear, no additive)',
    capColour: 'clear',
    additive: 'None (or a citrate tube) — drawn only to fill the butterfly tubing, then discarded',
    drawPosition: 2,
    inversions: { min: 0, max: 0 },
    inversionsSource: checked(bd, 'No additive, so no mixing; the tube is not sent.'),
    typicalTests: [],
    mayPrecedeCitrate: true,
    handlingNote: 'With a butterfly set and the citrate tube first, draw a discard tube first so the citrate tube fills to the line.',
    source: checked(SOURCES.clsiGp41, 'Discard tube before the citrate tube with a winged (butterfly) set, to fill the tubing (Labcorp coagulation collection guide; teaching page citing the CLSI order).'),
  },
  {
    id: 'light-blue-citrate',
    displayName: 'Light blue (sodium citrate)',
    capColour: 'light-blue',
    additive: '3.2 % sodium citrate; fill to the line (9 parts blood : 1 part citrate)',
    drawPosition: 2,
    inversions: { min: 3, max: 4 },
    inversionsSource: bd,
    typicalTests: ['PT/INR', 'aPTT'],
    mayPrecedeCitrate: false,
    handlingNote: 'An under-filled tube is rejected: the 9:1 ratio is part of the test.',
    source: gp41,
  },
  {
    id: 'red-serum',
    displayName: 'Red (plastic, clot activator)',
    capColour: 'red',
    additive: 'Clot activator (silica), no gel',
    drawPosition: 3,
    inversions: { min: 5, max: 5 },
    inversionsSource: bd,
    typicalTests: ['Serum chemistry', 'Serology', 'Drug levels'],
    mayPrecedeCitrate: false,
    handlingNote: 'Let clot about 30 minutes before centrifuging.',
    source: gp41,
  },
  {
    id: 'gold-sst',
    displayName: 'Gold (serum separator, clot activator and gel)',
    capColour: 'gold',
    additive: 'Clot activator and separator gel',
    drawPosition: 3,
    inversions: { min: 5, max: 5 },
    inversionsSource: bd,
    typicalTests: ['CMP', 'BMP', 'Lipid panel', 'TSH'],
    mayPrecedeCitrate: false,
    handlingNote: 'Let clot about 30 minutes before centrifuging.',
    source: gp41,
  },
  {
    id: 'green-heparin',
    displayName: 'Green (sodium or lithium heparin)',
    capColour: 'green',
    additive: 'Sodium heparin or lithium heparin (light green: with gel)',
    drawPosition: 4,
    inversions: { min: 8, max: 10 },
    inversionsSource: bd,
    typicalTests: ['Plasma chemistry (STAT)', 'Ammonia'],
    mayPrecedeCitrate: false,
    source: gp41,
  },
  {
    id: 'lavender-edta',
    displayName: 'Lavender (EDTA)',
    capColour: 'lavender',
    additive: 'K2EDTA',
    drawPosition: 5,
    inversions: { min: 8, max: 10 },
    inversionsSource: bd,
    typicalTests: ['CBC', 'Hemoglobin A1c'],
    mayPrecedeCitrate: false,
    source: gp41,
  },
  {
    id: 'grey-fluoride',
    displayName: 'Grey (sodium fluoride / potassium oxalate)',
    capColour: 'grey',
    additive: 'Sodium fluoride (glycolysis inhibitor) and potassium oxalate',
    drawPosition: 6,
    inversions: { min: 8, max: 10 },
    inversionsSource: bd,
    typicalTests: ['Glucose', 'Lactate'],
    mayPrecedeCitrate: false,
    source: gp41,
  },
];

/** The tube with this id. */
export function tube(id: TubeId): Tube {
  const found = TUBES.find((t) => t.id === id);
  if (found === undefined) throw new RangeError(`Unknown tube ${id}`);
  return found;
}

/** The one CLSI rule about what may come before the citrate tube, for feedback. */
export const BEFORE_CITRATE_RULE = {
  text: 'Only a blood culture, a glass tube with no additive, or a plastic serum tube without clot activator may be drawn before the light-blue citrate tube.',
  source: checked(SOURCES.clsiGp41, 'Read in the Labcorp coagulation collection guide: sterile and non-additive tubes before citrate; tubes with another anticoagulant, gel tubes and serum tubes with clot activator after it.'),
} as const;

/** Why the order matters: what carry-over of each additive does, for the debrief. */
export const CARRY_OVER_EFFECTS = [
  {
    fromTube: 'lavender-edta',
    explanation:
      'EDTA carried into a later serum or heparin tube binds calcium and adds potassium: results show falsely high potassium and falsely low calcium.',
    source: checked(SOURCES.limaOliveira2014EdtaContamination, 'Potassium up, calcium down from 5 % EDTA contamination; the reason CLSI puts EDTA late.'),
  },
  {
    fromTube: 'red-serum',
    explanation: 'Clot activator carried into the citrate tube starts clotting and shortens coagulation times (PT/INR, aPTT).',
    source: checked(SOURCES.coagulationCollectionGuides, 'Not confirmed: the order (serum tubes with clot activator after citrate) is in the sources; the effect on clotting times is the usual teaching, not found in a source read.'),
    verified: false,
  },
  {
    fromTube: 'gold-sst',
    explanation: 'Clot activator carried into the citrate tube starts clotting and shortens coagulation times (PT/INR, aPTT).',
    source: checked(SOURCES.coagulationCollectionGuides, 'Not confirmed: the order (gel and clot-activator tubes after citrate) is in the sources; the effect on clotting times is the usual teaching, not found in a source read.'),
    verified: false,
  },
  {
    fromTube: 'green-heparin',
    explanation: 'Heparin carried into the citrate tube is an anticoagulant and prolongs coagulation times.',
    source: checked(SOURCES.coagulationCollectionGuides, 'Secondary: heparin contamination prolongs the aPTT.'),
  },
  {
    fromTube: 'grey-fluoride',
    explanation: 'Fluoride/oxalate carried into other tubes inhibits enzymes and binds calcium; that is why the grey tube comes last.',
    source: checked(SOURCES.clsiGp41, 'Not confirmed: the grey tube comes last in the GP41 order; the enzyme and calcium effects of fluoride/oxalate carry-over are the usual teaching, not found in a source read.'),
    verified: false,
  },
] as const satisfies readonly ({ fromTube: TubeId; explanation: string } & Sourced)[];

/** A way a drawn sequence breaks the order of draw. */
export type OrderOfDrawViolation =
  | { readonly kind: 'out-of-order'; readonly index: number; readonly tube: TubeId; readonly after: TubeId }
  | { readonly kind: 'missing-discard'; readonly index: number; readonly tube: 'light-blue-citrate' };

/**
 * The violations in a drawn sequence of tubes: each tube drawn after a tube that CLSI puts
 * later, and a citrate tube drawn first through a butterfly set without a discard tube.
 */
export function orderOfDrawViolations(drawn: readonly TubeId[], options: { butterfly: boolean }): OrderOfDrawViolation[] {
  const violations: OrderOfDrawViolation[] = [];
  let latest: Tube | null = null;
  for (const [index, id] of drawn.entries()) {
    const current = tube(id);
    if (latest !== null && current.drawPosition < latest.drawPosition) {
      violations.push({ kind: 'out-of-order', index, tube: id, after: latest.id });
    }
    if (latest === null || current.drawPosition > latest.drawPosition) latest = current;
  }
  if (options.butterfly && drawn[0] === 'light-blue-citrate') {
    violations.push({ kind: 'missing-discard', index: 0, tube: 'light-blue-citrate' });
  }
  return violations;
}

/** Steps of the capillary (skin puncture) order of draw. */
export const CAPILLARY_STEP_IDS = ['blood-gas', 'edta', 'other-additives', 'serum'] as const;
/** One capillary order-of-draw step. */
export type CapillaryStepId = (typeof CAPILLARY_STEP_IDS)[number];

const gp42 = checked(SOURCES.clsiGp42, 'The standard is sold; the capillary order read in LabCE\'s summary of the CLSI order: blood gases, EDTA, other additives, serum; no light-blue microtubes for skin punctures.');

/** Capillary order of draw (CLSI GP42): blood gases, EDTA, other additives, serum. */
export const CAPILLARY_ORDER_OF_DRAW = [
  { step: 1, id: 'blood-gas', displayName: 'Capillary blood gas', source: gp42 },
  { step: 2, id: 'edta', displayName: 'Lavender microtube (EDTA)', source: gp42 },
  { step: 3, id: 'other-additives', displayName: 'Other additive microtubes (e.g. green heparin)', source: gp42 },
  { step: 4, id: 'serum', displayName: 'Serum microtubes (red / gold)', source: gp42 },
] as const satisfies readonly ({ step: number; id: CapillaryStepId; displayName: string } & Sourced)[];

/** Tubes that have no capillary microtube: coagulation (citrate) is drawn by venipuncture. */
export const CAPILLARY_EXCLUDED_TUBES = {
  tubes: ['light-blue-citrate'],
  reason: 'There are no light-blue citrate microtubes; coagulation specimens need a venipuncture.',
  source: gp42,
} as const satisfies { tubes: readonly TubeId[]; reason: string } & Sourced;

/**
 * Microtubes (skin-puncture collection containers) on the capillary tray, each named by
 * cap colour and additive like the venous tubes. There is deliberately no light-blue
 * citrate microtube (`CAPILLARY_EXCLUDED_TUBES`).
 */
export const MICROTUBE_IDS = ['lavender-edta-micro', 'green-heparin-micro', 'gold-sst-micro', 'red-serum-micro'] as const;
/** One microtube. */
export type MicrotubeId = (typeof MICROTUBE_IDS)[number];

/** A microtube as the game shows it. */
export interface Microtube extends Sourced {
  readonly id: MicrotubeId;
  /** Cap colour and additive together, e.g. "Lavender microtube (EDTA)". */
  readonly displayName: string;
  readonly capColour: CapColour;
  readonly additive: string;
  /** Its step in the CLSI GP42 capillary order of draw. */
  readonly step: CapillaryStepId;
  /** The venous tube with the same additive. */
  readonly venousEquivalent: TubeId;
  readonly typicalTests: readonly string[];
}

/** The microtubes of the capillary tray (CLSI GP42 order: EDTA, other additives, serum). */
export const MICROTUBES: readonly Microtube[] = [
  { id: 'lavender-edta-micro', displayName: 'Lavender microtube (EDTA)', capColour: 'lavender', additive: 'K2EDTA', step: 'edta', venousEquivalent: 'lavender-edta', typicalTests: ['CBC', 'Blood lead'], source: gp42 },
  { id: 'green-heparin-micro', displayName: 'Green microtube (lithium heparin)', capColour: 'green', additive: 'Lithium heparin', step: 'other-additives', venousEquivalent: 'green-heparin', typicalTests: ['Plasma chemistry'], source: gp42 },
  { id: 'gold-sst-micro', displayName: 'Gold microtube (serum separator, clot activator and gel)', capColour: 'gold', additive: 'Clot activator and separator gel', step: 'serum', venousEquivalent: 'gold-sst', typicalTests: ['Bilirubin', 'Serum chemistry'], source: gp42 },
  { id: 'red-serum-micro', displayName: 'Red microtube (clot activator)', capColour: 'red', additive: 'Clot activator, no gel', step: 'serum', venousEquivalent: 'red-serum', typicalTests: ['Serum chemistry'], source: gp42 },
];

/** True for the id of a microtube on the tray (a light-blue citrate "microtube" is not one). */
export function isMicrotubeId(id: unknown): id is MicrotubeId {
  return MICROTUBES.some((m) => m.id === id);
}

/** The microtube with this id. */
export function microtube(id: MicrotubeId): Microtube {
  const found = MICROTUBES.find((m) => m.id === id);
  if (found === undefined) throw new RangeError(`Unknown microtube ${id}`);
  return found;
}

/** The capillary step number of a microtube (1 blood gas … 4 serum). */
export function capillaryStepNumber(id: MicrotubeId): number {
  const { step } = microtube(id);
  return CAPILLARY_ORDER_OF_DRAW.find((s) => s.id === step)!.step;
}

/** Why the capillary order matters, for feedback (CLSI GP42 as LabCE summarises it). */
export const CAPILLARY_ORDER_EXPLANATION = {
  text: 'The EDTA microtube is filled first because the puncture site starts to close at once: platelets clump and the blood begins to clot, so a later EDTA tube gives a falsely low platelet count and micro-clots that spoil the CBC. Serum tubes, which are meant to clot, go last.',
  source: checked(SOURCES.clsiGp42, 'Capillary order as LabCE summarises the CLSI order (capillary blood clots quickly, platelets gather at the wound, so specimens are collected fast); that a late EDTA tube gives a falsely low platelet count is the usual teaching, not quoted from the standard.'),
  verified: false,
} as const satisfies { text: string } & Sourced;

/** A microtube filled after one that CLSI GP42 puts later. */
export interface CapillaryOrderViolation {
  readonly index: number;
  readonly microtube: MicrotubeId;
  readonly after: MicrotubeId;
}

/** The violations of the capillary order in a sequence of filled microtubes. */
export function capillaryOrderViolations(filled: readonly MicrotubeId[]): CapillaryOrderViolation[] {
  const violations: CapillaryOrderViolation[] = [];
  let latest: MicrotubeId | null = null;
  for (const [index, id] of filled.entries()) {
    if (latest !== null && capillaryStepNumber(id) < capillaryStepNumber(latest)) violations.push({ index, microtube: id, after: latest });
    if (latest === null || capillaryStepNumber(id) > capillaryStepNumber(latest)) latest = id;
  }
  return violations;
}
