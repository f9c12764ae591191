import type { ForgivenessToward } from '../../../shared/reflections';

/** One screen of a guided form: its heading and, where it helps, a sentence or two of guidance. */
export interface Step {
  id: string;
  title: string;
  help?: string;
}

export const CONFLICT_STEPS: readonly Step[] = [
  { id: 'begin', title: 'Let’s begin', help: 'A few words to find it again later, like “Phones at dinner”. Every other step can be left empty.' },
  {
    id: 'observation',
    title: 'What happened',
    help: 'Describe it the way a camera would have recorded it: what was said and done, without guessing at reasons.',
  },
  { id: 'feelings', title: 'What I felt', help: 'Choose as many as fit, and how strongly. Feelings are about what happened inside you; none of them is wrong.' },
  { id: 'needs', title: 'What I needed', help: 'Needs are things everyone shares. Naming yours makes it easier to ask for them.' },
  {
    id: 'story',
    title: 'The story I told myself',
    help: 'In the moment we all fill the gaps with a story about what the other person meant. Writing yours down lets you look at it again, gently.',
  },
  {
    id: 'storyCheck',
    title: 'Looking at the story again',
    help: 'A story can feel true without being the whole truth. Check it the way a thought record does: how strongly you believe it, what fits and what does not, and a kinder way to tell it. Any part can be skipped.',
  },
  { id: 'myPart', title: 'My part in it', help: 'Not blame — just the part that was yours, however small. It is often the easiest place to start a repair.' },
  {
    id: 'horsemen',
    title: 'Patterns I noticed',
    help: 'Four patterns make hard conversations harder. Everyone slips into them sometimes, in either of you; noticing them is the first step.',
  },
  { id: 'barriers', title: 'What got in the way', help: 'Things that often stand between two people. Choose any that were there this time.' },
  {
    id: 'softStartup',
    title: 'A gentle way to start',
    help: 'A softened start-up names your feeling and your need, without blame. Here is one made from your answers — change it until it sounds like you.',
  },
  { id: 'request', title: 'A request', help: 'Something specific your partner could actually do, asked as a request rather than a demand.' },
  { id: 'compromise', title: 'A compromise I could offer', help: 'What could you offer, or meet halfway on?' },
];

/**
 * REACH, one screen per letter and two of Hearth's between them: recall the hurt, empathise, the altruistic gift (a time
 * I was forgiven), what forgiving would mean and where I am, commit, hold on. Forgiving myself, the same steps look at
 * what I did, and one more asks how I can make it right.
 */
export function forgivenessSteps(toward: ForgivenessToward): readonly Step[] {
  const self = toward === 'myself';
  return [
    { id: 'begin', title: 'Let’s begin', help: 'A few words to find it again later. You can come back to this reflection over days or weeks.' },
    self
      ? { id: 'hurt', title: 'What I did, as I remember it', help: 'Write what happened and the hurt it caused, plainly. Owning it is where forgiving yourself begins; it does not need to be harsh.' }
      : { id: 'hurt', title: 'The hurt, as I remember it', help: 'Write it the way you remember it. It does not need to be fair or complete.' },
    self
      ? {
          id: 'otherSide',
          title: 'Me, back then',
          help: 'What were you feeling or needing at the time? This is not excusing it — only seeing yourself as a whole person, the way you would see a friend.',
        }
      : {
          id: 'otherSide',
          title: 'Their side, as I imagine it',
          help: 'What might they have been feeling or needing at the time? This is not excusing it — only trying to see them as a whole person.',
        },
    ...(self ? [{ id: 'amends', title: 'Making it right', help: 'Is there something you can repair, say or do differently? Small and real is enough.' }] : []),
    {
      id: 'gift',
      title: 'A time I was forgiven',
      help: 'Remember a time you hurt someone and they forgave you. How did it feel to be let off that weight? Forgiveness can be a gift you give, the way it was once given to you.',
    },
    {
      id: 'meaning',
      title: 'What forgiving would mean',
      help: 'Forgiving is not saying it was all right, and it is not forgetting. It is choosing to put down some of the weight you carry, when you are ready.',
    },
    { id: 'decision', title: 'Where I am now', help: 'There is no right answer and no hurry. You can add how it feels again later.' },
    {
      id: 'commit',
      title: 'Making it real',
      help: 'When you are ready, write your commitment to forgive in a sentence or two, and give it a date. Printed and kept somewhere, it helps on the days the hurt comes back. Leave it for later if you are not there yet.',
    },
    { id: 'holdOn', title: 'Holding on to it', help: 'When the hurt comes back, what helps? A reminder, a phrase, something you can do.' },
  ];
}

/** Gottman's five steps, one screen each; the title is set before a partner starts their side. */
export const AFTERMATH_STEPS: readonly Step[] = [
  { id: 'feelings', title: 'How I felt', help: 'Choose the feelings that were there for you, and how strongly. Just the feelings for now — no reasons yet.' },
  { id: 'realities', title: 'How it was for each of us', help: 'There are two real experiences here, and both can be true at once.' },
  {
    id: 'triggers',
    title: 'What it touched in me',
    help: 'A moment can grow bigger because it touches something older, from earlier in your relationship or long before it.',
  },
  { id: 'responsibility', title: 'My part in it', help: 'What was yours to own, however small. Owning it is what makes an apology land.' },
  { id: 'plans', title: 'Next time', help: 'Small, doable things. One each is plenty.' },
];

/** The first step of the conflict form that shows the softened start-up: it is only saved once seen. */
export const SOFT_STARTUP_STEP = CONFLICT_STEPS.findIndex((s) => s.id === 'softStartup');
