import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { XapiStatement } from '../../src/lms/xapi-statements';
import { StatementOutbox, type SendOutcome } from '../../scenes/lms/statement-outbox';

const ENDPOINT = 'https://lrs.example.edu/xapi/';

function statement(n: number): XapiStatement {
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    actor: { account: { homePage: 'https://lms.example.edu', name: 'trainee' } },
    verb: { id: 'http://adlnet.gov/expapi/verbs/answered', display: { 'en-US': 'answered' } },
    object: { id: `https://clinic-day.invalid/xapi/rules/r${n}` },
    context: {},
    timestamp: '2026-12-06T10:00:00.000Z',
  };
}

/** An LRS that answers each send with the next planned outcome (stored once the plan runs out), and records what it was sent. */
function plannedLrs(plan: SendOutcome[] = []): { sent: string[]; send: (endpoint: string, auth: string, s: XapiStatement) => Promise<SendOutcome> } {
  const sent: string[] = [];
  return {
    sent,
    send: async (_endpoint, _auth, s) => {
      sent.push(s.id.slice(-2));
      return plan.shift() ?? { kind: 'stored' };
    },
  };
}

describe('statementOutbox', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('sends the statements in the order they were queued, each once, and empties', async () => {
    const lrs = plannedLrs();
    const outbox = await StatementOutbox.open(lrs.send, () => undefined, () => undefined);
    outbox.authorize(ENDPOINT, 'Basic abc');
    await outbox.queue(ENDPOINT, [statement(1), statement(2), statement(3)]);
    await outbox.settled();
    expect(lrs.sent).toEqual(['01', '02', '03']);
    expect(await outbox.pending()).toBe(0);
  });

  it('keeps a statement the network failed at the head of the queue and tries again after 1, then 2 seconds', async () => {
    const lrs = plannedLrs([
      { kind: 'retry', why: 'offline' },
      { kind: 'retry', why: 'offline' },
    ]);
    const outbox = await StatementOutbox.open(lrs.send, () => undefined, () => undefined);
    outbox.authorize(ENDPOINT, 'Basic abc');
    await outbox.queue(ENDPOINT, [statement(1), statement(2)]);
    await outbox.settled();
    expect(lrs.sent).toEqual(['01']);
    await vi.advanceTimersByTimeAsync(999);
    expect(lrs.sent).toEqual(['01']);
    await vi.advanceTimersByTimeAsync(1);
    expect(lrs.sent).toEqual(['01', '01']);
    await vi.advanceTimersByTimeAsync(1999);
    expect(lrs.sent).toEqual(['01', '01']);
    await vi.advanceTimersByTimeAsync(1);
    await outbox.settled();
    expect(lrs.sent).toEqual(['01', '01', '01', '02']);
    expect(await outbox.pending()).toBe(0);
  });

  it('sets aside a statement the LRS refuses, says so, and sends the ones behind it', async () => {
    const lrs = plannedLrs([{ kind: 'refused', status: 400, why: 'not valid' }]);
    const problems: string[] = [];
    const outbox = await StatementOutbox.open(lrs.send, (problem) => problems.push(problem), () => undefined);
    outbox.authorize(ENDPOINT, 'Basic abc');
    await outbox.queue(ENDPOINT, [statement(1), statement(2)]);
    await outbox.settled();
    expect(lrs.sent).toEqual(['01', '02']);
    expect(problems.at(-1)).toContain('refused a statement (400: not valid)');
  });

  it('holds the statements of an endpoint it has no credential for, in order, until it is given one', async () => {
    const lrs = plannedLrs();
    const outbox = await StatementOutbox.open(lrs.send, () => undefined, () => undefined);
    await outbox.queue(ENDPOINT, [statement(1), statement(2)]);
    await outbox.settled();
    expect(lrs.sent).toEqual([]);
    expect(await outbox.pending()).toBe(2);
    outbox.authorize(ENDPOINT, 'Basic abc');
    await outbox.settled();
    expect(lrs.sent).toEqual(['01', '02']);
  });

  it('sends a statement at the page\'s exit at once when nothing waits before it, and queues it behind what waits otherwise, never both', async () => {
    const lrs = plannedLrs([{ kind: 'retry', why: 'offline' }]);
    const atExit: string[] = [];
    const outbox = await StatementOutbox.open(lrs.send, () => undefined, (_endpoint, auth, s) => atExit.push(`${auth} ${s.id.slice(-2)}`));
    outbox.authorize(ENDPOINT, 'Basic abc');
    await outbox.settled();
    outbox.sendAtExit(ENDPOINT, statement(9));
    expect(atExit).toEqual(['Basic abc 09']);
    expect(await outbox.pending()).toBe(0);

    // Offline, a statement waits: the one at the exit goes behind it, for the next page to send in order.
    await outbox.queue(ENDPOINT, [statement(1)]);
    await outbox.settled();
    outbox.sendAtExit(ENDPOINT, statement(2));
    await outbox.settled();
    expect(atExit).toEqual(['Basic abc 09']);
    await vi.advanceTimersByTimeAsync(1000);
    await outbox.settled();
    expect(lrs.sent).toEqual(['01', '01', '02']);
    expect(await outbox.pending()).toBe(0);
  });
});
