import { z } from 'zod';

/** The words Hearth offers for what is felt and what is needed (NVC); Hearth's own lists, shown as they are. */

/** Feelings are words for what happened inside me, not judgments of what the other person did. */
export const FEELINGS = {
  pleasant: [
    'calm', 'content', 'grateful', 'hopeful', 'relieved', 'tender', 'close', 'warm', 'joyful', 'peaceful',
    'safe', 'curious', 'proud', 'playful', 'touched', 'confident', 'relaxed', 'rested', 'excited', 'encouraged',
  ],
  unpleasant: [
    'hurt', 'sad', 'lonely', 'anxious', 'worried', 'scared', 'frustrated', 'angry', 'irritated', 'disappointed',
    'discouraged', 'overwhelmed', 'tired', 'tense', 'embarrassed', 'ashamed', 'confused', 'helpless', 'jealous',
    'heartbroken', 'restless', 'torn',
  ],
} as const;
export const FEELING_WORDS = [...FEELINGS.pleasant, ...FEELINGS.unpleasant] as const;
export const Feeling = z.enum(FEELING_WORDS, { error: 'Choose a feeling from the list.' });
export type Feeling = z.infer<typeof Feeling>;

/** Needs every person shares; none of them names what the other person must do. */
export const NEEDS = {
  connection: [
    'closeness', 'understanding', 'acceptance', 'appreciation', 'affection', 'warmth', 'support', 'reassurance',
    'companionship', 'consideration', 'respect', 'kindness',
  ],
  honesty: ['honesty', 'openness', 'clarity', 'trust'],
  peace: ['calm', 'ease', 'rest', 'safety', 'steadiness', 'space'],
  freedom: ['choice', 'independence'],
  meaning: ['fairness', 'partnership', 'contribution', 'growth', 'hope', 'play', 'joy'],
} as const;
export const NEED_WORDS = [
  ...NEEDS.connection,
  ...NEEDS.honesty,
  ...NEEDS.peace,
  ...NEEDS.freedom,
  ...NEEDS.meaning,
] as const;
export const Need = z.enum(NEED_WORDS, { error: 'Choose a need from the list.' });
export type Need = z.infer<typeof Need>;
