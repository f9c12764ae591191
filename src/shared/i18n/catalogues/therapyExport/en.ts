/**
 * The Export section's screen (src/renderer/src/therapyExport/): choosing, the checklist, the preview's frame and
 * saving. The preview pages' own words (titles, headings, the charts' labels) are laid out by the core with the PDF
 * and come from there. `kind…` repeats EXPORT_KIND_LABELS of src/shared/therapyExport.ts, which the PDF prints:
 * therapy-export.test.ts checks the English stays the same.
 */
const therapyExport = {
  title: 'Export for therapy',
  intro:
    'Choose what you would like to bring to a therapist or counsellor, look at every page, then save it where you decide. Nothing is written until you press Save.',

  // 1. What to include
  whatTitle: '1. What to include',
  dates: 'Dates',
  from: 'From',
  to: 'To',
  rangeProblem: 'The end of the range comes on or after its start.',
  kinds: 'Kinds',
  kindTimeline: 'Timeline moments',
  kindConflict: 'Conflict reflections',
  kindAftermath: 'Aftermaths of hard moments',
  kindForgiveness: 'Forgiveness reflections',
  kindCheckin: 'Check-ins',
  kindAppreciation: 'Appreciation sessions',
  kindJournal: 'Journal entries',
  kindInsights: 'Insights charts',
  whose: 'Whose entries',
  whoBoth: 'Both of us',
  whoOne: '{{name}}’s only',
  whoHint: 'With one of you chosen, only that person’s words are included, and what you wrote together.',

  // 2. Choose entries
  itemsTitle: '2. Choose entries',
  included: '{{included}} of {{total}} included',
  nothingMatches: 'Nothing matches these dates and kinds yet. Try a wider range or more kinds.',
  includeAll: 'Include all',
  leaveAllOut: 'Leave all out',
  onlyMarked: 'Only reflections marked for therapy',
  wholeRange: 'Whole range',
  forTherapy: 'For therapy',
  bothOfYou: 'Both of you',

  // 3. Preview
  previewTitle: '3. Preview',
  previousPage: 'Previous page',
  nextPage: 'Next page',
  pageOf: 'Page {{number}} of {{total}}',
  preparing: 'Preparing the preview…',
  contents: 'Contents',
  continued: '(continued)',
  chartLabel: '{{title}}: {{what}} by {{categories}}',

  // 4. Save
  saveTitle: '4. Save',
  format: 'Format',
  formatPdf: 'PDF — to print or read, laid out as in the preview',
  formatMarkdown: 'Markdown — plain text, to edit before sharing',
  includeNames: 'Include our names',
  includeNamesHint: 'On the title page and beside each entry. Without them you are “Partner A” and “Partner B”.',
  protect: 'Protect the PDF with a password',
  protectHint: 'It is encrypted (AES-256); the PDF reader asks for the password before showing anything.',
  passwordLabel: 'Password for the PDF',
  passwordHint: 'Tell it to your therapist in person, not in the same message as the file. A few unrelated words work well.',
  markdownPlain: 'A Markdown file is plain text and cannot be encrypted.',
  pdfUnprotected: 'This PDF will not be protected.',
  anyoneCanRead: 'Where you save it is your choice, and anyone who can open the file can read everything in it.',
  savedTo: 'Saved to {{path}}',
  progress: 'Export progress',
  waiting: 'Waiting for you to choose where to save…',
  saving: 'Saving…',
  encrypting: 'Encrypting and saving…',
  layingOut: 'Laying out {{done}} of {{total}} entries…',
  cancel: 'Cancel',
  savePdf: 'Save PDF…',
  saveMarkdown: 'Save Markdown…',
  tickOne: 'Tick at least one entry to save.',

  // Saving without encryption
  confirmTitle: 'Save without encryption?',
  confirmMarkdown: 'The Markdown file will be plain text.',
  confirmPdf: 'The PDF will have no password.',
  confirmAnyone: 'Anyone who can open it — on this computer, a USB stick or in an email — can read what you chose to share.',
  goBack: 'Go back',
  saveAnyway: 'Save without encryption',
};

export default therapyExport;
