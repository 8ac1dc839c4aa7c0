import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { readChosenScenarioFile } from '../../scenes/scenario-file-reader';

const FIXTURES = 'test/fixtures/scenarios';

/** A chosen file as the browser gives one, from bytes. */
function chosen(name: string, bytes: Uint8Array): File {
  return new File([new Uint8Array(bytes)], name);
}

describe('readChosenScenarioFile', () => {
  it('refuses a 5 MB file from its size, with the limit, without reading a byte of it', async () => {
    const file = chosen('huge.yaml', new Uint8Array(5 * 1024 * 1024));
    const arrayBuffer = vi.spyOn(file, 'arrayBuffer');
    const text = vi.spyOn(file, 'text');
    expect(await readChosenScenarioFile(file)).toEqual({ ok: false, problems: ['huge.yaml:1:1: file is 5.0 MB; scenario files are limited to 1 MB'] });
    expect(arrayBuffer).not.toHaveBeenCalled();
    expect(text).not.toHaveBeenCalled();
  });

  it('reads a file of exactly the limit', async () => {
    const read = await readChosenScenarioFile(chosen('full.yaml', new Uint8Array(1024 * 1024).fill(0x20)));
    expect(read.ok).toBe(true);
  });

  it('locates a byte that is not UTF-8 at its line and column, as scenario:check does', async () => {
    expect(await readChosenScenarioFile(chosen('latin1.yaml', readFileSync(`${FIXTURES}/invalid-utf8.yaml`)))).toEqual({
      ok: false,
      problems: ['latin1.yaml:2:11: file is not UTF-8 text: byte 0xE9 here is not UTF-8 (is it a binary file, or text saved as Latin-1 or Windows-1252?); a scenario is a YAML or JSON text file saved as UTF-8'],
    });
  });

  it('reads a file saved with a byte-order mark as the same text without it', async () => {
    const withBom = await readChosenScenarioFile(chosen('bom.yaml', readFileSync(`${FIXTURES}/valid-bom.yaml`)));
    expect(withBom.ok && withBom.text.startsWith('# Valid: saved with a UTF-8 byte-order mark')).toBe(true);
    const plain = readFileSync(`${FIXTURES}/minimal-valid.yaml`, 'utf8');
    expect(withBom.ok && withBom.text.split('\n').slice(1)).toEqual(plain.split('\n').slice(1));
  });
});
