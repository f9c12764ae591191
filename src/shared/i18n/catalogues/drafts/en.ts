/**
 * Unsaved words offered again (src/renderer/src/drafts/DraftOffer.svelte): what a page says about each draft, and
 * the question before one is discarded, come from the page that shows it.
 */
const drafts = {
  continue: 'Continue',
  discard: 'Discard',
  yesDiscard: 'Yes, discard',
};

export default drafts;
