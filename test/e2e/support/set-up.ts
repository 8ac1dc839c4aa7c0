/**
 * Set-up steps shared by the browser tests: the state a test starts from, reached through
 * the test hook, and opening a station from the HUD queue.
 */
import type { Locator, Page } from 'playwright-core';

/**
 * Set-up through the test hook, with the actions the scripted expert sends at check-in
 * (read `intake.player.ts`): the patient arrives, states name and date of birth, is
 * checked in and goes to the next free exam room.
 */
export function checkInAndRoom(page: Page, patientId: string): Promise<void> {
  return page.evaluate((id) => {
    const session = window.__clinic!.session()!;
    for (let i = 0; i < 40 && session.stageOf(id) === 'expected'; i += 1) session.waitForNextEvent();
    const steps = [
      { type: 'patient.greeted' },
      { type: 'identity.asked', question: 'full-name', style: 'stated' },
      { type: 'identity.asked', question: 'date-of-birth', style: 'stated' },
      { type: 'identity.confirmed' },
      { type: 'check-in.completed' },
      { type: 'patient.roomed', announce: 'first-name' },
    ] as const;
    for (const action of steps) {
      const outcome = session.act(id, action);
      if (!outcome.accepted) throw new Error(`${action.type} refused: ${outcome.reason}`);
    }
  }, patientId);
}

/** Clicks the first HUD queue item that mentions `label` and returns the dialog it opens. */
export async function openQueueItem(page: Page, label: string): Promise<Locator> {
  const item = page.locator('.hud-queue .queue-item', { hasText: label }).first();
  await item.waitFor();
  await item.click();
  const dialog = page.getByRole('dialog').first();
  await dialog.waitFor();
  return dialog;
}
