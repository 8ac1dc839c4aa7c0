/**
 * The unfinished day on the title screen: "Continue" when it can be resumed exactly; when
 * its scenario has changed since it was saved, "Start over" or "Discard" (it is never
 * replayed on the new version); when it cannot be read, the reason and "Discard".
 */
import { formatMinutesOfDay } from '../../src/scenario/clock-time';
import { button, element } from '../dom';
import type { UnfinishedDay } from './saved-day';
import './persistence.css';

/** What the card's buttons do. */
export interface ContinueCardHandlers {
  onContinue(): void;
  onStartOver(): void;
  onDiscard(): void;
}

/** The card and its first button (where focus goes when the title opens). */
export interface ContinueCard {
  readonly root: HTMLElement;
  readonly firstButton: HTMLButtonElement;
  /** Shows why the last request failed. */
  showProblem(message: string): void;
}

/** Builds the card for `unfinished`. */
export function buildContinueCard(unfinished: UnfinishedDay, handlers: ContinueCardHandlers): ContinueCard {
  const root = element('section', 'continue-card');
  root.dataset.status = unfinished.status;
  root.setAttribute('aria-labelledby', 'continue-heading');
  const heading = element('h3', 'continue-heading', unfinished.status === 'resumable' ? 'Your unfinished day' : 'Your unfinished day cannot be continued');
  heading.id = 'continue-heading';
  const text = element('p', 'continue-text');
  text.id = 'continue-text';
  const actions = element('div', 'continue-actions');
  const status = element('p', 'continue-status');
  status.setAttribute('role', 'alert');

  let firstButton: HTMLButtonElement;
  const discard = button('Discard', 'button-quiet', handlers.onDiscard);
  switch (unfinished.status) {
    case 'resumable': {
      const { saved, day } = unfinished;
      const actionsDone = saved.log.length === 1 ? '1 action' : `${saved.log.length} actions`;
      text.textContent = `${day.scenario.title}: clinic time ${formatMinutesOfDay(saved.minute)}, ${actionsDone} done, saved ${new Date(saved.savedAt).toLocaleString()}.`;
      firstButton = button('Continue', 'button-primary', handlers.onContinue);
      actions.append(firstButton, discard);
      break;
    }
    case 'changed': {
      text.textContent = `${unfinished.title}: ${unfinished.message}`;
      if (unfinished.current) {
        firstButton = button('Start over', 'button-primary', handlers.onStartOver);
        actions.append(firstButton, discard);
      } else {
        firstButton = discard;
        actions.append(discard);
      }
      break;
    }
    case 'refused':
      text.textContent = unfinished.message;
      firstButton = discard;
      actions.append(discard);
      break;
  }
  firstButton.setAttribute('aria-describedby', text.id);
  root.append(heading, text, actions, status);
  return {
    root,
    firstButton,
    showProblem(message) {
      status.textContent = message;
    },
  };
}
