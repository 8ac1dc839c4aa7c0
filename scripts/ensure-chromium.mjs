#!/usr/bin/env node
/**
 * Makes sure a Chromium for the browser tests is on this machine, and never downloads one.
 *
 * Looks at CHROMIUM_PATH, then /usr/bin/chromium. If neither exists and we are root on
 * Debian, installs the distribution's `chromium` package with apt-get. Otherwise exits 1
 * with instructions: the browser tests are never skipped silently.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';

const DEFAULT_PATH = '/usr/bin/chromium';

/** True when `path` is an executable file. */
function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Runs a command with inherited output; returns true when it exits 0. */
function run(command, args) {
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return result.status === 0;
}

function fail(message) {
  console.error(`ensure-chromium: ${message}`);
  console.error('The browser tests need Chromium. Either:');
  console.error('  - install it: sudo apt-get install chromium   (Debian/Ubuntu; other systems: their chromium package)');
  console.error('  - or point CHROMIUM_PATH at a Chromium or Chrome executable: CHROMIUM_PATH=/path/to/chrome npm test');
  process.exit(1);
}

const requested = process.env.CHROMIUM_PATH;
if (requested) {
  if (isExecutable(requested)) {
    console.log(`ensure-chromium: using ${requested} (CHROMIUM_PATH)`);
    process.exit(0);
  }
  fail(`CHROMIUM_PATH is set to ${requested}, which is not an executable file.`);
}

if (isExecutable(DEFAULT_PATH)) {
  console.log(`ensure-chromium: using ${DEFAULT_PATH}`);
  process.exit(0);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const isDebian = existsSync('/etc/debian_version');
if (!isRoot || !isDebian) {
  fail(`no Chromium at ${DEFAULT_PATH}, and this is not a root shell on Debian, so it cannot be installed here.`);
}

console.log('ensure-chromium: installing the Debian chromium package (apt-get)');
if (!run('apt-get', ['update']) || !run('apt-get', ['install', '-y', 'chromium'])) {
  fail('apt-get could not install chromium.');
}
if (!isExecutable(DEFAULT_PATH)) {
  fail(`apt-get finished but ${DEFAULT_PATH} is still missing.`);
}
console.log(`ensure-chromium: installed ${DEFAULT_PATH}`);
