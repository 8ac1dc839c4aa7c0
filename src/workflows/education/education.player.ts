/**
 * How the scripted trainees give the plan's education. The expert takes, topic by topic,
 * the easiest leaflet on the topic in the patient's language, goes through it, asks the
 * patient to say it back, teaches again and asks again where they get it wrong, passes the
 * patient's question to the provider and finishes. The novice, at the scenario's rate, takes
 * the English leaflet for a patient who prefers another language, a leaflet on a related
 * topic instead of the plan's (and counts the topic done), the detailed leaflet instead of
 * the standard one it usually takes (the easy one where the chart notes a lower reading
 * level), skips the teach-back or the teaching again, and answers the patient's question
 * itself.
 */
import { EDUCATION_MATERIALS, suitableMaterials, VERSION_GRADES } from '../../reference/education/materials';
import type { EducationLanguage, EducationTopic, MaterialVersion } from '../../reference/education/terms';
import type { MistakeDice, PlayerView, WorkflowPlayer } from '../shared/player';
import type { EducationAction } from './education.actions';
import { type EducationContext, lastTeachBack, questionWaiting } from './education.context';

/** Where the novice slips; the expert never does. */
interface Slips {
  /** Which leaflet the trainee reaches for on a topic. */
  choose(context: EducationContext, topic: EducationTopic): string;
  skipsTeachBack(): boolean;
  skipsReteach(): boolean;
  answersQuestion(): boolean;
}

/** The topic a novice confuses with each: one that sits beside it on the shelf. */
const CONFUSED_WITH: Readonly<Record<EducationTopic, EducationTopic>> = {
  'type-2-diabetes': 'prediabetes',
  prediabetes: 'type-2-diabetes',
  'diabetes-meal-planning': 'type-2-diabetes',
  metformin: 'empagliflozin',
  empagliflozin: 'metformin',
  'high-blood-pressure': 'amlodipine',
  amlodipine: 'high-blood-pressure',
  'high-cholesterol': 'atorvastatin',
  atorvastatin: 'high-cholesterol',
  gerd: 'omeprazole',
  omeprazole: 'gerd',
  'fasting-blood-test': 'diabetes-meal-planning',
};

/** The leaflet on the shelf for a topic, language and version; the standard one where the language has no such version. */
function leaflet(topic: EducationTopic, language: EducationLanguage, version: MaterialVersion): string {
  const exact = EDUCATION_MATERIALS.find((m) => m.topic === topic && m.language === language && m.version === version);
  return (exact ?? EDUCATION_MATERIALS.find((m) => m.topic === topic && m.language === language && m.version === 'standard')!).id;
}

const EXPERT: Slips = {
  // The easiest suitable leaflet; the shelf always has an easy one in each language.
  choose: (context, topic) => suitableMaterials(topic, context.language, context.maxGrade)[0]?.id ?? leaflet(topic, context.language, 'easy'),
  skipsTeachBack: () => false,
  skipsReteach: () => false,
  answersQuestion: () => false,
};

function noviceSlips(dice: MistakeDice): Slips {
  return {
    choose: (context, wanted) => {
      const topic = dice.slips() ? CONFUSED_WITH[wanted] : wanted;
      const language = context.language !== 'en' && dice.slips() ? 'en' : context.language;
      // Without a slip the novice reads the chart's reading note: the easy leaflet where the standard one is too hard.
      return leaflet(topic, language, dice.slips() ? 'detailed' : VERSION_GRADES.standard <= context.maxGrade ? 'standard' : 'easy');
    },
    skipsTeachBack: () => dice.slips(),
    skipsReteach: () => dice.slips(),
    answersQuestion: () => dice.slips(),
  };
}

function nextAction(view: PlayerView, slips: Slips): EducationAction | null {
  const { snapshot } = view;
  if (!snapshot.matches('working')) return null;
  const context = snapshot.context as EducationContext;
  if (questionWaiting(context)) return { type: slips.answersQuestion() ? 'patient-question.answered' : 'patient-question.routed' };
  // The leaflet just gone through is checked before the next: each slip is rolled once, at its step, and a step skipped is not come back to.
  const last = context.given.at(-1);
  if (last !== undefined) {
    const teachBack = lastTeachBack(context, last.topic);
    if (teachBack === null && !slips.skipsTeachBack()) return { type: 'teach-back.asked', topic: last.topic };
    if (teachBack !== null && !teachBack.understood) {
      if (!context.retaught.includes(last.topic) && !slips.skipsReteach()) return { type: 'topic.retaught', topic: last.topic };
      if (context.retaught.includes(last.topic)) return { type: 'teach-back.asked', topic: last.topic };
    }
  }
  // One leaflet per topic of the plan, in its order: a leaflet on the wrong topic counts, for the trainee, as that topic done.
  const next = context.plan.topics[context.given.length];
  if (next !== undefined) {
    const materialId = slips.choose(context, next);
    if (!context.given.some((given) => given.materialId === materialId)) return { type: 'material.given', materialId };
  }
  return { type: 'education.finished' };
}

/** The scripted trainees' play of the education workflow. */
export const EDUCATION_PLAYER: WorkflowPlayer<EducationAction> = {
  expert: (view) => nextAction(view, EXPERT),
  novice: (view, dice) => nextAction(view, noviceSlips(dice)),
};
