import { BARRIERS, type Barrier } from '../../../shared/reflections';

/** One of the guide's barriers to closeness, in Hearth's words, with one small thing to try. */
export interface BarrierGuide {
  value: Barrier;
  /** The guide's own name for it. */
  title: string;
  /** One or two sentences on what it is and why it gets in the way. */
  about: string;
  /** One small thing to try. */
  tryThis: string;
}

const GUIDES: Record<Barrier, Omit<BarrierGuide, 'value'>> = {
  fear_of_vulnerability: {
    title: 'Fear of vulnerability',
    about:
      'Showing how you really feel can seem risky: you might be judged, turned away or hurt. A wall keeps those out, but it keeps out the closeness you want too.',
    tryThis: 'Share one small, true feeling from today, and say that it is a little hard to say.',
  },
  communication_skills: {
    title: 'Communication skills',
    about:
      'Closeness needs words that say what you mean, listening that takes in what your partner means, and noticing what a face, a tone or a silence is saying. These are skills, and anyone can practise them.',
    tryThis: 'Next time your partner tells you something, say back what you heard before you answer, and ask “Did I get that right?”',
  },
  past_wounds: {
    title: 'Past wounds',
    about:
      'An old hurt — a betrayal, or a time when no one was there for you — can make it hard to trust and open up now, even with someone safe. It can make a small moment feel much bigger.',
    tryThis: 'When a moment feels bigger than it is, try saying “I think this touches something older for me.”',
  },
  expectations: {
    title: 'Unrealistic expectations',
    about:
      'It is easy to believe that closeness should take no effort, or that someone who loves you will just know what you need. No one can read minds, and a need left unsaid quietly turns into disappointment.',
    tryThis: 'Say one thing you need this week out loud, as a small, specific request.',
  },
  time_and_effort: {
    title: 'Lack of time and effort',
    about:
      'Busy weeks leave little time or energy for each other, and closeness fades quietly when it is always put off until later. It grows with small, regular attention more than with grand gestures.',
    tryThis: 'Set aside fifteen minutes without phones this week, only for the two of you — a walk, a cup of tea, a check-in.',
  },
  communication_styles: {
    title: 'Different communication styles',
    about:
      'People learn different ways of showing feelings: some talk them through straight away, some need quiet first, some show them by doing. Neither way is wrong; misunderstandings grow when the difference goes unnoticed.',
    tryThis: 'Ask each other: “When you are upset, what helps you more — talking now, or some time first?”',
  },
};

/** The six barriers in the order the conflict reflection lists them. */
export const BARRIER_GUIDES: readonly BarrierGuide[] = BARRIERS.map((value) => ({ value, ...GUIDES[value] }));
