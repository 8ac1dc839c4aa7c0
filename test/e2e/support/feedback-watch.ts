/**
 * Watches the practice feed while a scripted trainee plays through the screen: after each
 * step, every finding just recorded must be in the feedback feed at once (the newest first,
 * as many as the feed keeps), the newest visible at the side panel's foot, and counted on the
 * HUD's feedback log button.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { formatMinutesOfDay } from '../../../src/scenario/clock-time';
import type { Session } from '../../../src/session/session';

/** Cards the practice feed keeps (`MAX_CARDS` in `scenes/feedback-panel.ts`): the newest shows, the one under it is kept for Dismiss; the log keeps every finding. */
const FEED_CARDS = 2;

/** A finding as the practice feed shows it on the page. */
interface CardShown {
  readonly id: string;
  readonly what: string;
  readonly visible: boolean;
}

/**
 * Follows the copy of a practice day and checks, after each step, that every finding just
 * recorded is shown in the feedback feed at once (the newest first, as many as the feed
 * holds), visible where the trainee is, and counted on the HUD's feedback log button.
 */
export class FeedbackWatch {
  readonly #page: Page;
  readonly #day: Session;
  #read = 0;
  /** Findings recorded so far. */
  findings = 0;
  /** Findings the feed showed the moment they were recorded. */
  shown = 0;

  constructor(page: Page, day: Session) {
    this.#page = page;
    this.#day = day;
  }

  async check(): Promise<void> {
    const checks = this.#day.checksSince(this.#read);
    const first = this.#read;
    this.#read += checks.length;
    const fresh = checks.flatMap((check, offset) => (check.finding ? [{ id: `finding-${first + offset}`, what: check.finding.message }] : []));
    if (fresh.length === 0) return;
    this.findings += fresh.length;
    const page = await this.#page.evaluate(() => ({
      cards: [...document.querySelectorAll<HTMLElement>('.feedback-feed .feedback-card')].map((card) => ({
        id: card.dataset.findingId ?? '',
        what: card.querySelector('.feedback-what dd')?.textContent ?? '',
        visible: card.checkVisibility(),
      })),
      count: document.querySelector('.hud-feedback')?.textContent ?? '',
    }));
    // The feed sits at the side panel's foot, on the floor and beside a station alike: the newest finding shows, the one
    // before it waits under it (shown once the newest is dismissed), and the log holds the rest.
    const newest = fresh.toReversed().slice(0, FEED_CARDS);
    expect(page.cards.slice(0, newest.length), `the feed at ${formatMinutesOfDay(this.#day.minute)}`).toEqual(newest.map((finding, index): CardShown => ({ ...finding, visible: index === 0 })));
    // The HUD writes its count on its next render (a frame later on a busy machine): looked at until it has.
    if (page.count !== `Feedback (${this.findings})`) {
      await expect.poll(() => this.#page.evaluate(() => document.querySelector('.hud-feedback')?.textContent ?? '')).toBe(`Feedback (${this.findings})`);
    }
    this.shown += 1;
  }
}

