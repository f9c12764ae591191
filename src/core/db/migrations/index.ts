import { HearthError } from '../../../shared/errors';
import type { Db } from '../database';
import { initial } from './001-initial';
import { timeline } from './002-timeline';
import { reflections } from './003-reflections';
import { checkinsExercises } from './004-checkins-exercises';
import { searchRows } from './005-search-rows';
import { insightsCounts } from './006-insights-counts';
import { indexMergesOffSaves } from './007-index-merges-off-saves';
import { timelineListIndex } from './008-timeline-list-index';
import { loveLanguagesGiven } from './009-love-languages-given';
import { checkinModes } from './010-checkin-modes';
import { checkinFollowThrough } from './011-checkin-follow-through';

export interface Migration {
  version: number;
  name: string;
  up(db: Db): void;
}

/** Every schema step, in order. Add a file and append it here; versions only ever increase. */
export const MIGRATIONS: readonly Migration[] = [initial, timeline, reflections, checkinsExercises, searchRows, insightsCounts, indexMergesOffSaves, timelineListIndex, loveLanguagesGiven, checkinModes, checkinFollowThrough];

export const LATEST_VERSION = MIGRATIONS.at(-1)?.version ?? 0;

export function assertNotTooNew(userVersion: number, latest: number = LATEST_VERSION): void {
  if (userVersion > latest) {
    throw new HearthError('TOO_NEW', 'This vault was made by a newer version of Hearth. Update Hearth to open it; nothing was changed.');
  }
}

export interface MigrateHooks {
  /** Called once before pending steps run, never when none are pending: the backup of the unmigrated file (backup/). */
  beforePending?: (from: number, to: number) => void;
}

/** Run every pending step in one transaction: the vault is either fully migrated or untouched. */
export function migrate(db: Db, migrations: readonly Migration[] = MIGRATIONS, hooks: MigrateHooks = {}): number {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`Migration ${m.name} has version ${m.version}; expected ${i + 1}.`);
  });
  const current = db.pragma('user_version', { simple: true }) as number;
  const latest = migrations.at(-1)?.version ?? 0;
  assertNotTooNew(current, latest);
  const pending = migrations.filter((m) => m.version > current);
  if (pending.length === 0) return current;
  hooks.beforePending?.(current, latest);
  db.transaction(() => {
    for (const m of pending) m.up(db);
    db.pragma(`user_version = ${latest}`);
  })();
  return latest;
}
