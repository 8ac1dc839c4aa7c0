import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { canonicalJson, sha256Hex } from '../../src/scenario/content-hash';
import { checkScenario, defaultScenarioReference, isValidNpi, type ScenarioReference } from '../../src/scenario/scenario-checks';
import { scenarioJsonSchema } from '../../src/scenario/scenario-json-schema';
import { firstInvalidUtf8, formatProblem, parseScenarioBytes, parseScenarioText, type ScenarioLoadResult } from '../../src/scenario/scenario-loader';

const minimal = readFileSync('test/fixtures/scenarios/minimal-valid.yaml', 'utf8');

/** The offset `firstInvalidUtf8` gives for these bytes. */
function badByteAt(...bytes: number[]): number {
  return firstInvalidUtf8(Uint8Array.from(bytes));
}

function encode(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

function lines(result: ScenarioLoadResult): string[] {
  return result.ok ? [] : result.problems.map(formatProblem);
}

function loaded(result: ScenarioLoadResult) {
  if (!result.ok) throw new Error(`expected a valid scenario, got:\n${lines(result).join('\n')}`);
  return result;
}

describe('the scenarios folder', () => {
  const files = readdirSync('scenarios').filter((f) => f.endsWith('.yaml'));

  it('holds the default morning', () => {
    expect(files).toContain('default-morning.yaml');
  });

  it.each(files)('%s parses and passes every check', (file) => {
    const text = readFileSync(`scenarios/${file}`, 'utf8');
    expect(text.startsWith('# yaml-language-server: $schema=./scenario.schema.json\n')).toBe(true);
    expect(lines(parseScenarioText(text, `scenarios/${file}`))).toEqual([]);
  });

  it('default-morning is the short Tuesday morning at Maple Street', () => {
    const { scenario } = loaded(parseScenarioText(readFileSync('scenarios/default-morning.yaml', 'utf8'), 'default-morning.yaml'));
    expect(scenario.id).toBe('default-morning');
    expect(scenario.title).toBe('A Short Morning at Maple Street');
    expect(scenario.day).toMatchObject({ date: '2026-03-10', start: '08:00', end: '12:00' });
    expect(scenario.clinic).toMatchObject({ name: 'Maple Street Family Practice', examRooms: 3 });
    expect(scenario.providers.map((p) => [p.name, p.credentials, isValidNpi(p.npi)])).toEqual([['Dr. Anika Patel', 'MD', true]]);
    expect(scenario.patients).toHaveLength(6);
    expect(scenario.traps.map((t) => t.kind)).toEqual(expect.arrayContaining(['dob-mismatch', 'inactive-coverage']));
  });
});

describe('the JSON Schema export', () => {
  const schema = scenarioJsonSchema();

  it('is JSON with a $schema', () => {
    const text = JSON.stringify(schema);
    expect(JSON.parse(text)).toEqual(schema);
    expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  it('matches the committed scenarios/scenario.schema.json (run npm run scenario:schema after a schema change)', () => {
    expect(JSON.parse(readFileSync('scenarios/scenario.schema.json', 'utf8'))).toEqual(JSON.parse(JSON.stringify(schema)));
  });

  it('requires only fields without defaults, and accepts the keys of the default scenario', () => {
    const properties = schema['properties'] as Record<string, unknown>;
    const required = schema['required'] as string[];
    expect(required).toEqual(expect.arrayContaining(['schemaVersion', 'id', 'title', 'clinic', 'providers', 'day', 'patients']));
    expect(required).not.toContain('mode');
    expect(required).not.toContain('scoring');
    expect(schema['additionalProperties']).toBe(false);
    const data = parseYaml(readFileSync('scenarios/default-morning.yaml', 'utf8')) as Record<string, unknown>;
    for (const key of Object.keys(data)) expect(properties).toHaveProperty(key);
    for (const key of required) expect(data).toHaveProperty(key);
  });
});

describe('contentHash', () => {
  it('is SHA-256', () => {
    expect(sha256Hex(new TextEncoder().encode('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex(new Uint8Array())).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('is the same for the YAML and the JSON of one scenario, whatever the key order', () => {
    const fromYaml = loaded(parseScenarioText(minimal, 'minimal.yaml'));
    const data = parseYaml(minimal) as Record<string, unknown>;
    const reordered = Object.fromEntries(Object.entries(data).toReversed());
    const fromJson = loaded(parseScenarioText(JSON.stringify(reordered, null, 2), 'minimal.json'));
    expect(fromJson.contentHash).toBe(fromYaml.contentHash);
    expect(fromYaml.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('changes when one value changes', () => {
    const before = loaded(parseScenarioText(minimal, 'a.yaml')).contentHash;
    const after = loaded(parseScenarioText(minimal.replace('chiefComplaint: My throat is sore.', 'chiefComplaint: My throat is very sore.'), 'a.yaml')).contentHash;
    expect(after).not.toBe(before);
  });

  it('sorts keys at every level', () => {
    expect(canonicalJson({ b: [{ d: 1, c: 2 }], a: null })).toBe('{"a":null,"b":[{"c":2,"d":1}]}');
  });
});

describe('parseScenarioText robustness', () => {
  it('refuses a 10 MB file before parsing it', () => {
    const huge = `# padding\n${'x'.repeat(10 * 1024 * 1024)}`;
    expect(lines(parseScenarioText(huge, 'huge.yaml'))).toEqual(['huge.yaml:1:1: file is 10.0 MB; scenario files are limited to 1 MB']);
    expect(lines(parseScenarioBytes(new Uint8Array(10 * 1024 * 1024), 'huge.yaml'))).toEqual(['huge.yaml:1:1: file is 10.0 MB; scenario files are limited to 1 MB']);
  });

  it('refuses ten thousand nested brackets before the parser recurses into them', () => {
    const deep = `schemaVersion: 1\nextra: ${'['.repeat(5000)}${']'.repeat(5000)}\n`;
    expect(lines(parseScenarioText(deep, 'deep.yaml'))).toEqual(['deep.yaml:2:32: nesting is deeper than 24 levels; a scenario is never nested that deep']);
  });

  it('reports deep block nesting at the first level past the limit', () => {
    const block = Array.from({ length: 30 }, (_, i) => `${'  '.repeat(i)}k${i}:`).join('\n');
    expect(lines(parseScenarioText(`${block} 1\n`, 'block.yaml'))).toEqual([
      'block.yaml:26:51 k0.k1.k2.k3.k4.k5.k6.k7.k8.k9.k10.k11.k12.k13.k14.k15.k16.k17.k18.k19.k20.k21.k22.k23.k24: nesting is deeper than 24 levels; a scenario is never nested that deep',
    ]);
  });

  it('finds a NUL byte in text that was decoded leniently', () => {
    expect(lines(parseScenarioText('schemaVersion: 1\nid: a\u0000b\n', 'nul.yaml'))).toEqual([
      'nul.yaml:2:6: file is not text (it contains a NUL byte); a scenario is a YAML or JSON text file',
    ]);
    const lenient = new TextDecoder().decode(readFileSync('test/fixtures/scenarios/invalid-utf8.yaml'));
    expect(lines(parseScenarioText(lenient, 'latin1.yaml'))).toEqual([
      'latin1.yaml:2:11: file is not text (it contains bytes that are not UTF-8); a scenario is a YAML or JSON text file',
    ]);
  });

  it('finds the first byte that is not UTF-8, as a strict decoder would refuse it', () => {
    expect(badByteAt(0x61, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80)).toBe(8); // a, the euro sign, an emoji: all well formed
    expect(badByteAt(0x61, 0x80)).toBe(1); // a continuation byte with no lead
    expect(badByteAt(0x61, 0xc0, 0xaf)).toBe(1); // an overlong slash
    expect(badByteAt(0x61, 0x62, 0xe0, 0x80, 0xaf)).toBe(2); // an overlong three-byte form
    expect(badByteAt(0xed, 0xa0, 0x80)).toBe(0); // a UTF-16 surrogate
    expect(badByteAt(0x61, 0xf4, 0x90, 0x80, 0x80)).toBe(1); // past U+10FFFF
    expect(badByteAt(0x61, 0x62, 0xe2, 0x82)).toBe(2); // cut off at the end of the file
    expect(badByteAt(0x61, 0xe9, 0x74, 0xe9)).toBe(1); // Latin-1 "été"
  });

  it('places a byte that is not UTF-8 at its line and column, counting the characters before it on the line', () => {
    const bytes = Uint8Array.from([...encode('schemaVersion: 1\ntitle: 東京 caf'), 0xe9, ...encode('\n')]);
    expect(lines(parseScenarioBytes(bytes, 'tokyo.yaml'))).toEqual([
      'tokyo.yaml:2:14: file is not UTF-8 text: byte 0xE9 here is not UTF-8 (is it a binary file, or text saved as Latin-1 or Windows-1252?); a scenario is a YAML or JSON text file saved as UTF-8',
    ]);
    const withBom = Uint8Array.from([0xef, 0xbb, 0xbf, ...encode('id: caf'), 0xe9]);
    expect(lines(parseScenarioBytes(withBom, 'bom.yaml'))[0]).toMatch(/^bom\.yaml:1:8: /);
  });

  it('reads the bytes of a file saved with a UTF-8 byte-order mark as the file without it', () => {
    const plain = loaded(parseScenarioBytes(new TextEncoder().encode(minimal), 'plain.yaml'));
    const withBom = loaded(parseScenarioBytes(Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(minimal)]), 'bom.yaml'));
    expect(withBom.contentHash).toBe(plain.contentHash);
  });

  it('loads markup in a name unchanged, as inert text', () => {
    const { scenario } = loaded(parseScenarioBytes(readFileSync('test/fixtures/scenarios/valid-html-name.yaml'), 'html.yaml'));
    expect(scenario.patients[0]!.name).toEqual({ given: '<script>alert(1)</script>', family: '<b>Lopez</b> &amp; Co' });
  });

  it('accepts a byte-order mark and JSON', () => {
    expect(lines(parseScenarioText(`\uFEFF${minimal}`, 'bom.yaml'))).toEqual([]);
    expect(lines(parseScenarioText(JSON.stringify(parseYaml(minimal)), 'minimal.json'))).toEqual([]);
  });

  it('never throws, whatever the input', () => {
    // A small deterministic fuzz: cut and splice the minimal file at many places.
    let seed = 12345;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    const junk = ['{', '}', '[', ']', ':', '- ', '&a ', '*a', '"', "'", '\t', '\n  ', '!!binary ', '? ', '|', '>', '#', '%YAML 1.1\n'];
    for (let i = 0; i < 300; i++) {
      const at = next() % minimal.length;
      const cut = next() % 40;
      const text = minimal.slice(0, at) + junk[next() % junk.length]! + minimal.slice(at + cut);
      const result = parseScenarioText(text, 'fuzz.yaml');
      if (!result.ok) {
        expect(result.problems.length).toBeGreaterThan(0);
        for (const p of result.problems) {
          expect(p.line).toBeGreaterThanOrEqual(1);
          expect(p.column).toBeGreaterThanOrEqual(1);
        }
      }
    }
  });
});

/** Values that tend to break a check: dates around the scenario's day and far from it, edge times, odd numbers, other ids. */
const TRICKY_VALUES: readonly unknown[] = [
  '2099-01-01', '1900-02-28', '0001-01-01', '9999-12-31', '2026-03-09', '2026-03-10', '2026-03-11', '2026-03-14',
  '00:00', '23:59', '24:00', '12:00', '', -1, 0, 1, 0.5, 60, 240, 1e9, null, true, [], {}, [6], [0, 6],
  'dr-lee', 'ana', 'ben', 'Z00.00', 'Z23', 'R05', 'X99.9', 'medicare-b', 'wave', 'modified-wave', 'inactive', 'walk-in', 'scheduled',
];

/** The path of every value in parsed YAML, containers included. */
function valuePaths(node: unknown, path: Array<string | number> = []): Array<Array<string | number>> {
  const inner = Array.isArray(node)
    ? node.flatMap((value, i) => valuePaths(value, [...path, i]))
    : node !== null && typeof node === 'object'
      ? Object.entries(node).flatMap(([key, value]) => valuePaths(value, [...path, key]))
      : [];
  return path.length === 0 ? inner : [path, ...inner];
}

describe('the cross-field checks under mutated values', () => {
  const base = parseYaml(minimal) as Record<string, unknown>;
  const paths = valuePaths(base);

  /** The minimal scenario's value at `path`. */
  function valueAt(path: Array<string | number>): unknown {
    return path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], base);
  }

  /** The problems of the minimal scenario with `changes` made, that say a check crashed. */
  function crashes(changes: ReadonlyArray<readonly [Array<string | number>, unknown]>): string[] {
    const data = structuredClone(base);
    for (const [path, value] of changes) {
      const parent = path.slice(0, -1).reduce<unknown>((node, key) => (node as Record<string | number, unknown> | undefined)?.[key], data);
      if (parent !== null && typeof parent === 'object') (parent as Record<string | number, unknown>)[path.at(-1)!] = structuredClone(value);
    }
    return lines(parseScenarioText(JSON.stringify(data), 'mutated.json')).filter((line) => /could not read the file|check stopped with an error/.test(line));
  }

  it('never crash when any date or time becomes one far from the day, or the day itself moves', () => {
    const datePaths = paths.filter((path) => typeof valueAt(path) === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(valueAt(path) as string));
    const timePaths = paths.filter((path) => typeof valueAt(path) === 'string' && /^\d{2}:\d{2}$/.test(valueAt(path) as string));
    expect(datePaths.length).toBeGreaterThanOrEqual(3);
    expect(timePaths.length).toBeGreaterThanOrEqual(5);
    const found = [
      ...datePaths.flatMap((path) => ['0001-01-01', '2026-03-09', '2026-03-11', '9999-12-31'].flatMap((date) => crashes([[path, date]]))),
      ...timePaths.flatMap((path) => ['00:00', '23:59'].flatMap((time) => crashes([[path, time]]))),
    ];
    expect(found).toEqual([]);
  });

  it('never crash whatever one to three values become', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    const found = new Set<string>();
    for (let i = 0; i < 100; i++) {
      const changes = Array.from({ length: 1 + (next() % 3) }, () => [paths[next() % paths.length]!, TRICKY_VALUES[next() % TRICKY_VALUES.length]] as const);
      for (const line of crashes(changes)) found.add(line);
    }
    expect([...found]).toEqual([]);
  });
});

describe('checkScenario', () => {
  const scenario = loaded(parseScenarioText(minimal, 'minimal.yaml')).scenario;

  it('finds nothing in the minimal scenario', () => {
    expect(checkScenario(scenario)).toEqual([]);
  });

  it('reports a written pain score that disagrees with the FLACC items, and accepts one left out or equal to their sum', () => {
    const withFlacc = (painScore: number) =>
      scenario.patients.map((p, i) => (i === 0 ? { ...p, vitals: { ...p.vitals, painScore, flacc: { face: 1, legs: 0, activity: 1, cry: 1, consolability: 1 } } } : p));
    expect(checkScenario({ ...scenario, patients: withFlacc(6) }).map((p) => `${p.path.join('.')}: ${p.message}`)).toEqual([
      'patients.0.vitals.painScore: painScore 6 disagrees with the FLACC items, which add up to 4 (face 1 + legs 0 + activity 1 + cry 1 + consolability 1): the FLACC total is the sum of its items; leave painScore out or make it 4',
    ]);
    expect(checkScenario({ ...scenario, patients: withFlacc(4) })).toEqual([]);
    expect(checkScenario({ ...scenario, patients: withFlacc(0) })).toEqual([]);
  });

  it('accepts a missing-authorization trap when the payer needs authorisation for an order', () => {
    const needsIt: ScenarioReference = { ...defaultScenarioReference, needsAuthorization: () => true };
    const withTrap = { ...scenario, traps: [...scenario.traps, { kind: 'missing-authorization' as const, patientId: 'ben' }] };
    expect(checkScenario(withTrap, needsIt)).toEqual([]);
    expect(checkScenario(withTrap).map((p) => p.path.join('.'))).toEqual(['traps.1.kind']);
  });

  it('reports a stand-in address where the trainee would read it back, and passes a made-up real-looking one', () => {
    const placeholder = scenario.patients.map((p, i) => (i === 0 ? { ...p, address: { ...p.address, line1: '2 Placeholder Road' } } : p));
    expect(checkScenario({ ...scenario, patients: placeholder }).map((p) => `${p.path.join('.')}: ${p.message}`)).toEqual([
      'patients.0.address.line1: "2 Placeholder Road" reads as a placeholder ("placeholder"); give a made-up address of a real kind, e.g. 418 Alder Street',
    ]);
    const moved = scenario.patients.map((p, i) => (i === 0 ? { ...p, changedSinceLastVisit: { address: { ...p.address, city: 'Sample City' } } } : p));
    expect(checkScenario({ ...scenario, patients: moved }).map((p) => p.path.join('.'))).toEqual(['patients.0.changedSinceLastVisit.address.city']);
    const real = scenario.patients.map((p, i) => (i === 0 ? { ...p, address: { ...p.address, line1: '418 Testament Street' } } : p));
    expect(checkScenario({ ...scenario, patients: real })).toEqual([]);
  });

  it('reports a check that throws at the entry it was checking, and still checks the rest of the file', () => {
    const throwsOnStrep: ScenarioReference = {
      ...defaultScenarioReference,
      diagnosisStatus: (code, date) => {
        if (code === 'J02.0') throw new RangeError('no table for J02');
        return defaultScenarioReference.diagnosisStatus(code, date);
      },
    };
    const twoMrns = minimal.replace('mrn: MRN0002', 'mrn: MRN0001');
    expect(lines(parseScenarioText(twoMrns, 'throws.yaml', { reference: throwsOnStrep }))).toEqual([
      'throws.yaml:30:5 patients[0]: the "patient" check stopped with an error (no table for J02); the rest of the file was still checked. Look here for a value out of the ordinary; if it looks right, report this message with the file',
      'throws.yaml:48:10 patients[1].mrn: duplicate MRN "MRN0001" (also patients[0].mrn)',
    ]);
  });

  it('reports a patient born after the day once, at the date of birth, without asking any age', () => {
    const unborn = scenario.patients.map((p) => (p.id === 'ben' ? { ...p, dateOfBirth: '2027-01-30', note: { ...p.note, preventiveVisit: true } } : p));
    const traps = [...scenario.traps, { kind: 'critical-vital' as const, patientId: 'ben' }];
    expect(checkScenario({ ...scenario, patients: unborn, traps }).map((p) => `${p.path.join('.')}: ${p.message}`)).toEqual([
      "patients.1.dateOfBirth: born 2027-01-30, after the scenario's day (2026-03-10); a patient is born on or before day.date: check the year",
      'patients.1.note.diagnoses: a preventive visit is coded with its general-examination diagnosis (Z00.00/Z00.01 for adults, Z00.121/Z00.129 for children)',
    ]);
  });

  it("reports a code that both the note and an order name once, at the note's diagnosis", () => {
    const patients = scenario.patients.map((p) => (p.id === 'ana' ? { ...p, note: { ...p.note, diagnoses: ['R05'] }, orders: p.orders.map((o) => ({ ...o, diagnoses: ['R05'] })) } : p));
    expect(checkScenario({ ...scenario, patients }).map((p) => p.path.join('.'))).toEqual(['patients.0.note.diagnoses.0']);
  });

  it("lets a relative's phone call be a trap about a patient who never comes", () => {
    const patients = scenario.patients.map((p) => (p.id === 'ana' && p.arrival.kind === 'scheduled' ? { ...p, arrival: { ...p.arrival, noShow: true } } : p));
    expect(scenario.traps.map((t) => `${t.kind} ${t.patientId}`)).toEqual(['relative-calling ana']);
    expect(checkScenario({ ...scenario, patients })).toEqual([]);
  });

  it('accepts a trap on a patient who comes late but before the day ends', () => {
    const late = scenario.patients.map((p) => (p.id === 'ben' && p.arrival.kind === 'scheduled' ? { ...p, arrival: { ...p.arrival, time: '11:30', lateMinutes: 29 }, coverage: { ...p.coverage!, status: 'inactive' as const } } : p));
    const traps = [...scenario.traps, { kind: 'inactive-coverage' as const, patientId: 'ben' }];
    expect(checkScenario({ ...scenario, patients: late, traps })).toEqual([]);
    const tooLate = late.map((p) => (p.id === 'ben' && p.arrival.kind === 'scheduled' ? { ...p, arrival: { ...p.arrival, lateMinutes: 30 } } : p));
    expect(checkScenario({ ...scenario, patients: tooLate, traps }).map((p) => p.path.join('.'))).toEqual(['traps.1.patientId']);
  });

  it("holds the appointment book to a wave template's start times and capacity, as the game's book does", () => {
    const wave = scenario.providers.map((p) => ({ ...p, template: { ...p.template, method: 'wave' as const } }));
    const entry = { date: '2026-03-11', providerId: 'dr-lee', visitTypeId: 'follow-up' };
    // A wave hour of 15-minute slots holds four patients at its top; a fifth, or one at a quarter past, does not fit.
    const atNine = Array.from({ length: 5 }, (_, i) => ({ ...entry, time: '09:00', patientLabel: `P. ${i}` }));
    const book = [...atNine, { ...entry, time: '09:15', patientLabel: 'Q. Late' }];
    expect(checkScenario({ ...scenario, providers: wave, appointmentBook: book }).map((p) => `${p.path.join('.')}: ${p.message}`)).toEqual([
      `appointmentBook.4.time: a 15-minute "follow-up" visit at 09:00 on 2026-03-11 needs a slot that is already full (appointmentBook[0], appointmentBook[1], appointmentBook[2], appointmentBook[3]); dr-lee's template allows 4 per slot: book it at a free time or raise maxPerSlot`,
      "appointmentBook.5.time: 09:15 is not a start time for dr-lee, whose wave scheduling starts visits on the hour (08:00, 09:00, …); book it on the hour",
    ]);
  });

  it('accepts a critical-vital trap on a severe blood pressure', () => {
    const patients = scenario.patients.map((p) => (p.id === 'ben' ? { ...p, vitals: { ...p.vitals, systolicMmHg: 192, diastolicMmHg: 124 } } : p));
    const traps = [...scenario.traps, { kind: 'critical-vital' as const, patientId: 'ben' }];
    expect(checkScenario({ ...scenario, patients, traps })).toEqual([]);
  });
});
