/** Searching everything (src/renderer/src/search/): the dialog opened with the frame's Search button or Ctrl+K. */
const search = {
  title: 'Search',
  field: 'Search everything',
  placeholder: 'Search your timeline…',
  results: 'Results',
  hint: 'Type to search titles, stories, tags and captions.',
  nothing: 'Nothing matches “{{text}}”.',
  count_one: '{{count}} result.',
  count_other: '{{count}} results.',
  keys: '↑ ↓ to move, Enter to open, Esc to close',
  // The groups of results, by what they were found in
  kindTimeline: 'Timeline',
  kindReflection: 'Reflections',
  kindCheckin: 'Check-ins',
  kindJournal: 'Journal',
};

export default search;
