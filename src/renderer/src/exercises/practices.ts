/** The guide's eight practices and each exercise's few words of guidance: content only the renderer shows. */

export const APPRECIATION_GUIDANCE =
  'Saying out loud what you value in each other makes it easier to see on ordinary days. Small and specific beats big and general.';

export const JOURNAL_GUIDANCE =
  'Writing gives a thought time to settle before it is shared. Answer the prompt of the week together, or leave a short note from your day.';

export const LOVE_LANGUAGES_GUIDANCE =
  'People hear love in different ways, and show it in their own. Knowing how your partner hears it lets your care reach them; knowing how they show it helps you notice the love they already give.';

export type PracticeTool = 'checkins' | 'appreciations' | 'journal' | 'loveLanguages' | 'timeline' | 'reflections';

export interface Practice {
  id: string;
  title: string;
  why: string;
  tryThis: readonly string[];
  /** Where in Hearth it is practised. */
  tool: PracticeTool;
}

/** The guide's eight practices, in Hearth's words; the renderer shows them and the export may quote them. */
export const PRACTICES: readonly Practice[] = [
  {
    id: 'listening',
    title: 'Listen to understand',
    why: 'Feeling heard is often what a person needs most, before any advice.',
    tryThis: ['Put the phone away and look up.', 'Ask "can you tell me more?"', 'Say back what you heard, then check you got it right.', 'Acknowledge the feeling, even when you see it differently.'],
    tool: 'checkins',
  },
  {
    id: 'vulnerability',
    title: 'Let yourself be known',
    why: 'Sharing a worry or a hope invites your partner to share theirs.',
    tryThis: ['Start small: a worry from today, a hope for next month.', 'Say what you really feel, not what sounds right.', 'Pick a calm, private moment.'],
    tool: 'journal',
  },
  {
    id: 'appreciation',
    title: 'Say thank you, specifically',
    why: 'Being appreciated for something particular helps a person feel they matter.',
    tryThis: ['Thank them for one concrete thing today.', 'Name a quality you admire, and when you saw it.', 'Leave a short note where they will find it.'],
    tool: 'appreciations',
  },
  {
    id: 'quality-time',
    title: 'Make time that is only yours',
    why: 'Attention, not hours, is what makes time together feel close.',
    tryThis: ['Plan one phone-free hour this week.', 'Try something new together.', 'Sit together in easy silence.'],
    tool: 'timeline',
  },
  {
    id: 'needs',
    title: 'Ask for what you need',
    why: 'No one can read minds; a clear, kind request gives your partner a way to help.',
    tryThis: ['Start with "I feel… when…".', 'Ask for one specific, doable thing.', 'Talk about the action, not the person.', 'Look for the middle together.'],
    tool: 'reflections',
  },
  {
    id: 'trust',
    title: 'Be someone to count on',
    why: 'Trust grows from small promises kept, again and again.',
    tryThis: ['Do what you said you would, or say early that you cannot.', 'Be honest, gently, even when it is hard.', 'Keep what is shared with you private.', 'Own a mistake and say sorry plainly.'],
    tool: 'checkins',
  },
  {
    id: 'forgiveness',
    title: 'Make room for forgiveness',
    why: 'Forgiving is letting go of resentment; it is not excusing the hurt or forgetting it.',
    tryThis: ['Name the hurt honestly first.', 'Take your time; forgiveness is not a deadline.', 'If you are stuck, a therapist or counsellor can help.'],
    tool: 'reflections',
  },
  {
    id: 'empathy',
    title: 'Feel with each other, every day',
    why: 'Small moments of "I see you" add up to feeling understood.',
    tryThis: ['Notice stress and say so: "that sounds like a lot."', 'Celebrate good news out loud.', 'Meet a mistake with "it happens to all of us".'],
    tool: 'loveLanguages',
  },
];
