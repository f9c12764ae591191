import type { Barrier, ForgivenessDecision, Horseman, ReflectionStatus } from '../reflections';
import type { ExportKind } from '../therapyExport';

/**
 * Which catalogue key says a stored id, for the ids both the screens and the core's therapy export put into words:
 * one map each, so the two always say the same thing (renderer: reflections/words.ts, therapyExport/export.svelte.ts;
 * core: therapyExport/vocabulary.ts).
 */

export const DECISION_KEYS = {
  not_yet: 'reflectionSteps.decisionNotYet',
  working_on_it: 'reflectionSteps.decisionWorkingOnIt',
  forgiven: 'reflectionSteps.decisionForgiven',
  released: 'reflectionSteps.decisionReleased',
} as const satisfies Record<ForgivenessDecision, string>;

export const STATUS_KEYS = {
  draft: 'reflectionSteps.statusDraft',
  complete: 'reflectionSteps.statusComplete',
  resolved: 'reflectionSteps.statusResolved',
} as const satisfies Record<ReflectionStatus, string>;

/** A pattern's name is `reflectionSteps.horseman<Key>`, its explanation `…Hint`, its antidote `reflectionSteps.antidote<Key>` and `…How`. */
export const HORSEMAN_KEYS = {
  criticism: 'Criticism',
  contempt: 'Contempt',
  defensiveness: 'Defensiveness',
  stonewalling: 'Stonewalling',
} as const satisfies Record<Horseman, string>;

export const BARRIER_KEYS = {
  fear_of_vulnerability: 'reflectionSteps.barrierFearOfVulnerability',
  communication_skills: 'reflectionSteps.barrierCommunicationSkills',
  past_wounds: 'reflectionSteps.barrierPastWounds',
  expectations: 'reflectionSteps.barrierExpectations',
  time_and_effort: 'reflectionSteps.barrierTimeAndEffort',
  communication_styles: 'reflectionSteps.barrierCommunicationStyles',
} as const satisfies Record<Barrier, string>;

/** A group of entries of one kind ("Conflict reflections"): the export screen's checklist and the document's sections. */
export const EXPORT_KIND_KEYS = {
  timeline: 'therapyExport.kindTimeline',
  conflict: 'therapyExport.kindConflict',
  aftermath: 'therapyExport.kindAftermath',
  forgiveness: 'therapyExport.kindForgiveness',
  checkin: 'therapyExport.kindCheckin',
  appreciation: 'therapyExport.kindAppreciation',
  journal: 'therapyExport.kindJournal',
  insights: 'therapyExport.kindInsights',
} as const satisfies Record<ExportKind, string>;
