/**
 * "How to play", reachable from the title at any time and offered on a first visit: the
 * day, the floor and the work queue, the stations, the clock and its speeds, practice and
 * assessment, findings and the debrief. Short sections a newcomer reads in two minutes;
 * each says what the game does, not what it might.
 */
import { button, element } from './dom';

/** What the title scene passes. */
export interface HowToPlayOptions {
  /** The `#panels` layer the page is appended to. */
  readonly root: HTMLElement;
  /** Back to the title's scenario list. */
  onBack(): void;
}

/** An open How to play page. */
export interface HowToPlayPanel {
  close(): void;
}

interface Topic {
  readonly title: string;
  readonly paragraphs: readonly string[];
  readonly items?: readonly string[];
  /** A paragraph after the list. */
  readonly after?: string;
}

const TOPICS: readonly Topic[] = [
  {
    title: 'Your day',
    paragraphs: [
      'You are the one medical assistant of a small clinic for a morning or a day. Patients arrive at their appointment times (some late, some not at all, some walk in), the phone rings, and the providers see the patients you room. Every task you do costs clinic minutes while the waiting patients’ clocks run on, so work in a sensible order: answer the phone, keep the provider busy, check in new arrivals, see patients out and send the claims.',
      'Before each new day a briefing tells you the day’s objectives, the mode and the timer, and what is scored. Nothing starts until you press Start the day.',
    ],
  },
  {
    title: 'The floor and the queue',
    paragraphs: [
      'The clinic is drawn on the left: the front desk, the waiting room, the exam rooms, the lab station and checkout, with each patient and a badge saying what they wait for. Click a patient, or an area, to open the station where they need you.',
      'On the right, Needs you lists your work, most pressing first; click an item (or Tab to it and press Enter) to open it. Alerts, such as a ringing phone or a value to report, show beneath it.',
    ],
  },
  {
    title: 'Stations',
    paragraphs: ['A station is a panel of steps for one patient or call, done in order as you would in a clinic:'],
    items: [
      'Front desk: greet the patient, have them state two identifiers, check in, verify the insurance and collect the copay.',
      'Exam room: room the patient, clean your hands, take the vital signs with the right equipment, and report what the provider must know.',
      'Lab station: collect specimens in the right order, label them at the patient’s side, and run the waived tests with their controls.',
      'Checkout and billing: book the follow-up the provider asked for, then code the visit and send the claim.',
      'Phone: protect the patient’s privacy (share only what this caller may know) and do what the call needs.',
    ],
    after: 'Each step costs clinic minutes. Escape or the close button closes a station (Escape in the top bar or the list too; with nothing open it takes the keyboard back to the floor, where P and N work). A step that does not fit the moment is refused with the reason, and the day goes on.',
  },
  {
    title: 'The clock and the speeds',
    paragraphs: [
      'Timed days: the clinic clock runs by itself. Pause (key P) stops it, and the speed buttons change how fast it runs that day; each new day starts at the speed its briefing shows. Skip ahead (key N) jumps to the next arrival or call, but only while nobody needs you. Switching to another tab pauses the clock.',
      'Untimed days: the clock waits for you. Each task moves it by its own minutes, and Next event (key N) moves it to the next thing that happens. Untimed practice is the place to learn the steps without hurry.',
    ],
  },
  {
    title: 'Practice and assessment',
    paragraphs: [
      'Practice shows your running score as you work and, on days that give them, a hint for the next step. Assessment shows nothing until the debrief, as in a competency check-off. Each day starts with its scenario’s mode and timer; you may change them on the briefing unless your instructor has set them.',
    ],
  },
  {
    title: 'Findings and the debrief',
    paragraphs: [
      'A mistake is a finding: what was wrong, what to do instead, why, and the source it comes from. Findings are minor, major or critical; any critical finding (a patient not identified, a mislabelled specimen, a critical value not reported) fails the day, whatever the score.',
      'When the clinic closes, or you press End day, the debrief shows whether you passed, your total, accuracy and throughput, every finding, each patient’s journey and your competencies. Download the result file there for your instructor. History on the title keeps your finished days, and an unfinished day can be continued after a reload.',
    ],
  },
];

/** Builds the page, appends it to `root` and moves focus to its heading. */
export function openHowToPlayPanel(options: HowToPlayOptions): HowToPlayPanel {
  const root = element('section', 'panel how-to-play');
  root.setAttribute('aria-labelledby', 'how-to-play-heading');
  const heading = element('h2', 'panel-heading', 'How to play');
  heading.id = 'how-to-play-heading';
  heading.tabIndex = -1;
  // One topic at a time beside the list of topics (the tabs pattern): each fits the stage
  // whole at 1280×720, where six side by side ran past the bottom with a column cut mid-sentence.
  const body = element('div', 'how-to-play-body');
  const list = element('div', 'how-to-play-tabs');
  list.setAttribute('role', 'tablist');
  list.setAttribute('aria-orientation', 'vertical');
  list.setAttribute('aria-label', 'Topics');
  const tabs: HTMLButtonElement[] = [];
  const panels: HTMLElement[] = [];
  const choose = (index: number, focus: boolean) => {
    tabs.forEach((tab, at) => {
      const chosen = at === index;
      tab.setAttribute('aria-selected', String(chosen));
      tab.tabIndex = chosen ? 0 : -1;
      panels[at]!.hidden = !chosen;
    });
    if (focus) tabs[index]!.focus();
  };
  TOPICS.forEach((topic, index) => {
    const tab = element('button', 'how-to-play-tab', topic.title);
    tab.type = 'button';
    tab.id = `how-to-play-tab-${index}`;
    tab.setAttribute('role', 'tab');
    tab.setAttribute('aria-controls', `how-to-play-topic-${index}`);
    tab.addEventListener('click', () => choose(index, false));
    tab.addEventListener('keydown', (event) => {
      const last = TOPICS.length - 1;
      const next = { ArrowDown: index + 1, ArrowRight: index + 1, ArrowUp: index - 1, ArrowLeft: index - 1, Home: 0, End: last }[event.key];
      if (next === undefined) return;
      event.preventDefault();
      choose(next < 0 ? last : next > last ? 0 : next, true);
    });
    tabs.push(tab);
    list.append(tab);
    const box = element('section', 'how-to-play-topic');
    box.id = `how-to-play-topic-${index}`;
    box.setAttribute('role', 'tabpanel');
    box.setAttribute('aria-labelledby', tab.id);
    box.tabIndex = 0;
    const title = element('h3', 'how-to-play-topic-heading', topic.title);
    box.append(title);
    for (const paragraph of topic.paragraphs) box.append(element('p', undefined, paragraph));
    if (topic.items) {
      const items = element('ul');
      for (const item of topic.items) items.append(element('li', undefined, item));
      box.append(items);
    }
    if (topic.after) box.append(element('p', undefined, topic.after));
    panels.push(box);
  });
  body.append(list, ...panels);
  choose(0, false);
  const footer = element('div', 'panel-footer');
  footer.append(button('Back to the scenarios', 'button-primary', options.onBack));
  root.append(heading, body, footer);
  options.root.append(root);
  heading.focus();
  return {
    close() {
      root.remove();
    },
  };
}
