/**
 * Offline play on the standalone site: registers the service worker that
 * `scripts/offline-plugin.ts` builds (through the plugin's `virtual:pwa-register`, which
 * loads `workbox-window`), and says when a new version is ready.
 *
 * A new version never takes over by itself: its worker waits, and the notice offers "Reload
 * to update". The day in progress is saved after every action and when the page is left,
 * so the reload that follows the trainee's choice resumes it from the title's "Continue".
 * When another tab of the game chose to update, this tab does not reload under the
 * trainee: the notice says the update is waiting for a reload here too.
 */
/// <reference types="vite-plugin-pwa/vanillajs" />
import { registerSW } from 'virtual:pwa-register';
import { button, element } from '../dom';

/**
 * Whether this page is the standalone site, the only place a service worker belongs: it
 * links its web app manifest (an LMS package's page does not: `scripts/package-lms.ts`
 * removes the link), no LMS runtime was found, and the browser has service workers.
 */
export function isStandaloneSite(doc: Document, inLms: boolean): boolean {
  return !inLms && doc.querySelector('link[rel="manifest"]') !== null && 'serviceWorker' in navigator;
}

/** What the notice says in each case. */
const NOTICE_TEXT = {
  ready: 'A new version of Clinic Day is ready. Your day is saved: reloading resumes it where it is.',
  readyUnsaved: 'A new version of Clinic Day is ready. Progress cannot be saved in this browser: reload once the day is over, or the day in progress is lost.',
  elsewhere: 'Clinic Day was updated in another tab. Your day is saved: reload this tab when it suits you.',
  elsewhereUnsaved: 'Clinic Day was updated in another tab. Progress cannot be saved in this browser: reload this tab once the day is over.',
} as const;

/**
 * Shows the update notice in `layer` (once; a second call updates its text). "Reload to
 * update" runs `reload`; "Later" hides the notice until the next page load.
 */
function showUpdateNotice(layer: HTMLElement, text: string, reload: () => void): void {
  layer.querySelector('.update-notice')?.remove();
  const notice = element('div', 'update-notice');
  // Polite: the trainee may be typing in a station; the notice must not take the focus.
  notice.setAttribute('role', 'status');
  const reloadButton = button('Reload to update', 'button-primary', () => {
    reloadButton.disabled = true;
    reload();
  });
  notice.append(element('p', 'update-notice-text', text), reloadButton, button('Later', 'button-quiet', () => notice.remove()));
  layer.append(notice);
}

/** What the page tells the update about saving the day in progress. */
export interface DaySaving {
  /** Resolves when every save asked for so far is written (or has failed). */
  written(): Promise<void>;
  /** Whether progress can be saved in this browser (false where storage is blocked or failed). */
  canSave(): boolean;
}

/**
 * Registers the service worker once the page has loaded (Workbox waits for `load`, so
 * precaching never competes with the game's own start). The update waits for the day's
 * saves to be written before the worker takes over and the page reloads.
 */
export function registerOfflinePlay(layer: HTMLElement, saving: DaySaving): void {
  const workers = navigator.serviceWorker;
  let updateAsked = false;
  // The first visit's worker takes the page (`clientsClaim`): that change of controller is no update.
  let controlled = workers.controller !== null;
  workers.addEventListener('controllerchange', () => {
    const wasControlled = controlled;
    controlled = true;
    if (updateAsked) window.location.reload();
    else if (wasControlled) showUpdateNotice(layer, saving.canSave() ? NOTICE_TEXT.elsewhere : NOTICE_TEXT.elsewhereUnsaved, () => window.location.reload());
  });
  const updateServiceWorker = registerSW({
    onNeedRefresh() {
      showUpdateNotice(layer, saving.canSave() ? NOTICE_TEXT.ready : NOTICE_TEXT.readyUnsaved, () => {
        updateAsked = true;
        // A failed save is said by the storage notice; the update goes ahead as the trainee asked.
        void saving
          .written()
          .catch(() => undefined)
          .then(() => updateServiceWorker());
      });
    },
    // Workbox reloads the page itself unless given this; the listener above decides instead,
    // since Workbox calls it only for some updates (not one found after the first visit's worker).
    onNeedReload() {},
    onRegisterError(error: unknown) {
      // The game plays on without offline play; nothing the trainee can do about it.
      console.warn('Clinic Day: offline play is not available:', error);
    },
  });
}
