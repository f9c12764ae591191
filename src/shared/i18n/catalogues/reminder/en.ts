/**
 * The check-in reminder (src/core/checkins/reminder.ts): a system notification anyone passing the screen may read,
 * so it says nothing of the two of you — no names, no vault, no answers.
 */
const reminder = {
  title: 'Hearth',
  body: 'Time for your check-in',
};

export default reminder;
