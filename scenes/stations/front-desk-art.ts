/**
 * The front desk's drawings, as inline SVG built from the scenario's data: the patient's
 * photo ID (a state-style card with a drawn portrait), the insurance card as printed, and
 * the desk phone. Text goes in as text nodes, never as markup.
 */
import { payerName, planTypeName } from '../../src/reference/payers';
import { usDate } from './front-desk-text';
import { dollarsToCents, formatDollars } from '../../src/domain/money';

const SVG_NS = 'http://www.w3.org/2000/svg';

type Attributes = Readonly<Record<string, string | number>>;

function svgElement<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Attributes = {}, text?: string): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

function drawing(width: number, height: number, label: string, className: string): SVGSVGElement {
  const svg = svgElement('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', class: className });
  svg.append(svgElement('title', {}, label));
  return svg;
}

/** A small hash of a string, to vary the drawn portraits from person to person. */
function hashOf(text: string): number {
  let hash = 7;
  for (const char of text) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return hash;
}

const SKINS = ['#f1d3b3', '#d9a77c', '#b07a4f', '#8a5a3b', '#e8bf98', '#6e4630'] as const;
const HAIRS = ['#3b2a20', '#1f1a17', '#8a5a2b', '#c9a06a', '#8d8d8d', '#4a3020'] as const;
const SHIRTS = ['#6f8fcf', '#d98c5f', '#8fbf7f', '#c76f9a', '#7fb8b8', '#9a82c9'] as const;

/** A head-and-shoulders portrait, drawn, varied by `seed`. */
function portrait(seed: string, x: number, y: number, width: number, height: number): SVGGElement {
  const hash = hashOf(seed);
  const skin = SKINS[hash % SKINS.length] ?? SKINS[0];
  const hair = HAIRS[(hash >> 3) % HAIRS.length] ?? HAIRS[0];
  const shirt = SHIRTS[(hash >> 6) % SHIRTS.length] ?? SHIRTS[0];
  const cx = x + width / 2;
  const group = svgElement('g');
  group.append(
    svgElement('rect', { x, y, width, height, rx: 4, fill: '#dfe9ee' }),
    svgElement('path', { d: `M ${x + 6} ${y + height} Q ${cx} ${y + height * 0.52} ${x + width - 6} ${y + height} Z`, fill: shirt }),
    svgElement('rect', { x: cx - 7, y: y + height * 0.55, width: 14, height: 12, fill: skin }),
    svgElement('ellipse', { cx, cy: y + height * 0.4, rx: width * 0.24, ry: height * 0.22, fill: skin }),
    svgElement('path', { d: `M ${cx - width * 0.26} ${y + height * 0.38} Q ${cx} ${y + height * 0.05} ${cx + width * 0.26} ${y + height * 0.38} Q ${cx} ${y + height * 0.22} ${cx - width * 0.26} ${y + height * 0.38} Z`, fill: hair }),
    svgElement('circle', { cx: cx - width * 0.09, cy: y + height * 0.41, r: 1.8, fill: '#2b2b2b' }),
    svgElement('circle', { cx: cx + width * 0.09, cy: y + height * 0.41, r: 1.8, fill: '#2b2b2b' }),
    svgElement('path', { d: `M ${cx - 6} ${y + height * 0.5} Q ${cx} ${y + height * 0.54} ${cx + 6} ${y + height * 0.5}`, stroke: '#8a4b3b', 'stroke-width': 1.5, fill: 'none' }),
  );
  return group;
}

/** What a photo ID shows. */
export interface PhotoIdFacts {
  readonly name: string;
  /** Absent where the scenario does not give it (a parent's ID, drawn without the line). */
  readonly dateOfBirth?: string | undefined;
  readonly address: { readonly line1: string; readonly line2?: string | undefined; readonly city: string; readonly state: string; readonly postalCode: string };
  readonly sex: string;
  readonly idNumber: string;
  /**
   * The values printed in red, as the desk's comparison table marks them: only those that differ
   * from the chart, and only once the table shows differences (a date of birth always in red read
   * as a mismatch where everything matched: the playtest).
   */
  readonly differsFromChart?: readonly ('full-name' | 'date-of-birth')[];
}

const INK = '#1d2b36';
const DIFFERS = '#8a2b12';

/** The patient's photo ID, drawn: a driver-licence-style card with a portrait. */
export function photoIdCard(facts: PhotoIdFacts): SVGSVGElement {
  const born = facts.dateOfBirth === undefined ? '' : `, born ${usDate(facts.dateOfBirth)}`;
  const svg = drawing(340, 214, `Photo ID card: ${facts.name}${born}`, 'fd-card-art');
  const ink = (identifier: 'full-name' | 'date-of-birth') => (facts.differsFromChart?.includes(identifier) ? DIFFERS : INK);
  const text = (x: number, y: number, value: string, size: number, weight = 400, fill = INK) =>
    svgElement('text', { x, y, 'font-size': size, 'font-weight': weight, fill, 'font-family': 'system-ui, sans-serif' }, value);
  svg.append(
    svgElement('rect', { x: 1, y: 1, width: 338, height: 212, rx: 14, fill: '#f4f7f2', stroke: '#5d7b78', 'stroke-width': 2 }),
    svgElement('rect', { x: 1, y: 1, width: 338, height: 38, rx: 14, fill: '#2a6f8a' }),
    svgElement('rect', { x: 1, y: 26, width: 338, height: 13, fill: '#2a6f8a' }),
    text(16, 27, `STATE OF ${facts.address.state} · IDENTIFICATION CARD`, 13, 700, '#ffffff'),
    portrait(facts.name, 16, 52, 92, 116),
    text(122, 64, 'NAME', 9, 700, '#5d6b73'),
    fitted(text(122, 80, facts.name.toUpperCase(), 14, 700, ink('full-name')), 14, 338 - 10 - 122),
    ...(facts.dateOfBirth === undefined ? [] : [text(122, 100, 'DATE OF BIRTH', 9, 700, '#5d6b73'), text(122, 116, usDate(facts.dateOfBirth), 15, 700, ink('date-of-birth'))]),
    text(230, 100, 'SEX', 9, 700, '#5d6b73'),
    text(230, 116, facts.sex === 'female' ? 'F' : facts.sex === 'male' ? 'M' : 'X', 14, 700),
    text(122, 136, 'ADDRESS', 9, 700, '#5d6b73'),
    text(122, 151, [facts.address.line1, facts.address.line2].filter(Boolean).join(', '), 11),
    text(122, 165, `${facts.address.city}, ${facts.address.state} ${facts.address.postalCode}`, 11),
    text(16, 192, `ID ${facts.idNumber}`, 11, 700, '#3b524f'),
    svgElement('path', { d: 'M 230 196 q 10 -14 20 0 t 20 0 t 20 0', stroke: '#2a4f6a', 'stroke-width': 1.5, fill: 'none' }),
  );
  return svg;
}

/**
 * A card's name line squeezed to `room` pixels when it may be wider (about 0.72 em a letter in
 * bold capitals): a long name ran off the ID card in the playtest ("MARGARET FOLAKE OYELAR"),
 * and the name is what the trainee compares with the chart.
 */
function fitted(line: SVGTextElement, size: number, room: number): SVGTextElement {
  if ((line.textContent ?? '').length * size * 0.72 > room) {
    line.setAttribute('textLength', String(room));
    line.setAttribute('lengthAdjust', 'spacingAndGlyphs');
  }
  return line;
}

/** What an insurance card shows. */
export interface InsuranceCardFacts {
  /** The patient the card covers (a dependant child's own name, as the billing chart's scanned copy shows it). */
  readonly memberName: string;
  /** The policyholder, where it is someone else (the parent of a child on the family plan). */
  readonly subscriberName?: string | undefined;
  readonly payerId: string;
  readonly memberId: string;
  readonly groupNumber: string | null;
  readonly planType: string;
  readonly copay: number;
}

/** The insurance card in the patient's hand, printed with its data. */
export function insuranceCardArt(card: InsuranceCardFacts): SVGSVGElement {
  const dependant = card.subscriberName === undefined ? '' : ` (${card.memberName}; subscriber ${card.subscriberName})`;
  const svg = drawing(340, 214, `Insurance card: ${payerName(card.payerId)}, member ${card.memberId}${dependant}`, 'fd-card-art');
  const text = (x: number, y: number, value: string, size: number, weight = 400, fill = '#1c2a3a') =>
    svgElement('text', { x, y, 'font-size': size, 'font-weight': weight, fill, 'font-family': 'system-ui, sans-serif' }, value);
  const hue = hashOf(card.payerId) % 360;
  svg.append(
    svgElement('rect', { x: 1, y: 1, width: 338, height: 212, rx: 14, fill: '#ffffff', stroke: `hsl(${hue} 35% 40%)`, 'stroke-width': 2 }),
    svgElement('path', { d: 'M 1 15 Q 1 1 15 1 L 325 1 Q 339 1 339 15 L 339 52 L 1 52 Z', fill: `hsl(${hue} 45% 32%)` }),
    svgElement('circle', { cx: 30, cy: 27, r: 13, fill: '#ffffff', opacity: 0.9 }),
    svgElement('path', { d: 'M 24 27 h 12 M 30 21 v 12', stroke: `hsl(${hue} 45% 32%)`, 'stroke-width': 3.5 }),
    text(52, 25, payerName(card.payerId), 14, 700, '#ffffff'),
    text(52, 42, planTypeName(card.planType), 10, 400, '#ffffff'),
    text(16, 74, 'MEMBER', 9, 700, '#5d6b73'),
    ...(card.subscriberName === undefined
      ? [fitted(text(16, 90, card.memberName.toUpperCase(), 13, 700), 13, 338 - 10 - 16)]
      : [
          fitted(text(16, 90, card.memberName.toUpperCase(), 13, 700), 13, 200 - 10 - 16),
          text(200, 74, 'SUBSCRIBER', 9, 700, '#5d6b73'),
          fitted(text(200, 90, card.subscriberName.toUpperCase(), 11, 700), 11, 338 - 10 - 200),
        ]),
    text(16, 112, 'MEMBER ID', 9, 700, '#5d6b73'),
    text(16, 130, card.memberId, 17, 700),
    text(200, 112, 'GROUP', 9, 700, '#5d6b73'),
    text(200, 130, card.groupNumber ?? '—', 15, 700),
    text(16, 156, 'PLAN TYPE', 9, 700, '#5d6b73'),
    text(16, 172, card.planType.toUpperCase(), 13, 700),
    text(200, 156, 'OFFICE VISIT COPAY', 9, 700, '#5d6b73'),
    text(200, 172, card.copay > 0 ? formatDollars(dollarsToCents(card.copay)) : '$0', 15, 700),
    svgElement('rect', { x: 16, y: 186, width: 308, height: 16, rx: 3, fill: `hsl(${hue} 30% 92%)` }),
    text(24, 198, 'Present this card at every visit · Customer service on the back', 9, 400, '#3b4a55'),
  );
  return svg;
}

/** The desk phone; the handset lifts and ring marks show while it rings. */
export function deskPhoneArt(state: 'ringing' | 'talking' | 'idle'): SVGSVGElement {
  const label = state === 'ringing' ? 'The desk phone, ringing' : state === 'talking' ? 'The desk phone, handset lifted' : 'The desk phone';
  const svg = drawing(120, 90, label, `fd-phone-art fd-phone-${state}`);
  svg.append(
    svgElement('rect', { x: 18, y: 40, width: 84, height: 44, rx: 10, fill: '#2f4a47' }),
    svgElement('rect', { x: 30, y: 50, width: 36, height: 26, rx: 3, fill: '#cfe3dd' }),
  );
  for (let row = 0; row < 3; row++) {
    for (let col = 0; col < 2; col++) svg.append(svgElement('circle', { cx: 78 + col * 10, cy: 52 + row * 10, r: 3, fill: '#e6f0ef' }));
  }
  const lift = state === 'idle' ? 0 : state === 'ringing' ? -8 : -22;
  svg.append(svgElement('path', { d: `M 14 ${44 + lift} q 46 -26 92 0 l -10 10 q -36 -16 -72 0 Z`, fill: '#1f6f6a', class: 'fd-handset' }));
  if (state === 'ringing') {
    for (const [x, sign] of [[8, -1], [112, 1]] as const) {
      svg.append(svgElement('path', { d: `M ${x} 18 q ${sign * 8} 10 0 20`, stroke: '#c8452f', 'stroke-width': 3, fill: 'none', 'stroke-linecap': 'round', class: 'fd-ring' }));
    }
  }
  return svg;
}

/** The patient at the desk, drawn from the shoulders up, for the check-in conversation. */
export function patientAtDeskArt(name: string): SVGSVGElement {
  const svg = drawing(96, 110, `${name} at the desk`, 'fd-person-art');
  svg.append(portrait(name, 0, 0, 96, 110));
  return svg;
}
