/**
 * Global setup of the `e2e` Vitest project: builds the game exactly as shipped but in test
 * mode (`vite build --mode test`, so `window.__clinic` exists) into a temporary folder,
 * serves it with Vite's preview server on a free localhost port, and provides its URL to
 * the tests as `inject('gameUrl')`. The teardown stops the server and deletes the build.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The URL of the test build's index.html, served on localhost. */
    gameUrl: string;
    /** The folder of that build, for tests that package it (the LMS packages). */
    gameDir: string;
  }
}

const projectRoot = resolve(import.meta.dirname, '../../..');

/** Builds and serves the test build; returns the teardown. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const outDir = await mkdtemp(join(tmpdir(), 'clinic-day-e2e-'));
  try {
    await buildForTests(outDir);
    const server = await preview({
      root: projectRoot,
      mode: 'test',
      logLevel: 'warn',
      build: { outDir },
      preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
    });
    const url = server.resolvedUrls?.local[0];
    if (!url) {
      await server.close();
      throw new Error('the Vite preview server started but reported no local URL');
    }
    project.provide('gameUrl', url);
    project.provide('gameDir', outDir);
    return async () => {
      await server.close();
      await rm(outDir, { recursive: true, force: true });
    };
  } catch (error) {
    await rm(outDir, { recursive: true, force: true });
    throw error;
  }
}

/**
 * Runs `vite build --mode test` in a child process: Vitest sets NODE_ENV=test in its own
 * process, and a build must not inherit that.
 */
function buildForTests(outDir: string): Promise<void> {
  const env = { ...process.env };
  delete env.NODE_ENV;
  const viteBin = join(projectRoot, 'node_modules', 'vite', 'bin', 'vite.js');
  const args = [viteBin, 'build', '--mode', 'test', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'];
  return new Promise((resolveBuild, rejectBuild) => {
    const child = spawn(process.execPath, args, { cwd: projectRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', rejectBuild);
    child.on('close', (code) => {
      if (code === 0) resolveBuild();
      else rejectBuild(new Error(`vite build --mode test exited with ${code}:\n${output}`));
    });
  });
}
