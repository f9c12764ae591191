import { describe, expect, it } from 'vitest';
import {
  CHECKIN_LISTENING_GUIDANCE,
  CHECKIN_MIRRORING,
  CHECKIN_MODE_LABELS,
  CHECKIN_MODES,
  CHECKIN_QUESTIONS,
  FOLLOW_UP_LABELS,
  FOLLOW_UP_OUTCOMES,
} from '../../../shared/checkins';
import { listeningGuidance, MODE_LABELS, OUTCOME_LABELS, question } from '../checkins/words';
import { t } from './i18n.svelte';

/**
 * The check-in's questions, listening guidance, ways and follow-up answers live in src/shared/checkins.ts too, where
 * the therapy export prints them in English. The screens show them from the catalogue, so the two English texts must
 * not drift apart.
 */
describe('the check-in words in the English catalogue', () => {
  it('are the shared questions and hints, word for word', () => {
    for (const q of CHECKIN_QUESTIONS) expect(question(q.id), q.id).toEqual({ text: q.text, hint: q.hint });
  });

  it('are the shared listening guidance, the mirroring sentence, the ways and the follow-up answers', () => {
    expect(listeningGuidance()).toEqual([...CHECKIN_LISTENING_GUIDANCE]);
    expect(t('checkins.mirroring')).toBe(`“${CHECKIN_MIRRORING}”`);
    for (const mode of CHECKIN_MODES) expect(MODE_LABELS[mode], mode).toBe(CHECKIN_MODE_LABELS[mode]);
    for (const outcome of FOLLOW_UP_OUTCOMES) expect(OUTCOME_LABELS[outcome], outcome).toBe(FOLLOW_UP_LABELS[outcome]);
  });
});
