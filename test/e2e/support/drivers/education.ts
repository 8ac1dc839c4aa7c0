/**
 * The patient-education station's driver: a leaflet chosen from the shelf (both filters on
 * "every", so the whole shelf is listed) and given; the teach-back asked and the topic
 * taught again by the topic's own buttons; the patient's question passed on or answered.
 */
import type { StationDriver } from './station-driver';

export const educationDriver: StationDriver = {
  plain: {
    'patient-question.routed': 'route-question',
    'patient-question.answered': 'answer-question',
    'education.finished': 'finish',
  },
  async express(hands, action) {
    switch (action.type) {
      case 'material.given':
        await hands.select('shelf-topic', 'all');
        await hands.select('shelf-language', 'all');
        Object.assign(hands.seen, await hands.lookAgain());
        await hands.choose(`material:${action.materialId}`);
        return hands.press('give');
      case 'teach-back.asked':
        return hands.press(`teach-back:${action.topic}`);
      case 'topic.retaught':
        return hands.press(`reteach:${action.topic}`);
      default:
        return null;
    }
  },
};
