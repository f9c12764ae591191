import type { CoreApi } from '../shared/contract';
import type { JobProgress } from '../shared/jobs';
import type { PrivacySettings } from '../shared/privacy';
import { createCalls } from './calls';
import { systemClock, type Clock, type Platform } from './platform';
import { appHandlers } from './app/handlers';
import { AppreciationService } from './appreciations/appreciation-service';
import { appreciationsHandlers } from './appreciations/handlers';
import { BackupService } from './backups/backup-service';
import { backupsHandlers } from './backups/handlers';
import { CheckInService } from './checkins/checkin-service';
import { checkinsHandlers } from './checkins/handlers';
import { CheckInReminder } from './checkins/reminder';
import { DraftService } from './drafts/draft-service';
import { draftsHandlers } from './drafts/handlers';
import { insightsHandlers } from './insights/handlers';
import { InsightsService } from './insights/insights-service';
import { jobsHandlers } from './jobs/handlers';
import { JobTracker } from './jobs/job-tracker';
import { journalHandlers } from './journal/handlers';
import { JournalService } from './journal/journal-service';
import { keysHandlers } from './keys/handlers';
import type { KdfParams } from './keys/kdf';
import { KeyService } from './keys/key-service';
import { languageHandlers } from './language/handlers';
import { LanguageService } from './language/language-service';
import type { Words } from './i18n/words';
import { loveLanguagesHandlers } from './loveLanguages/handlers';
import { LoveLanguageService } from './loveLanguages/love-language-service';
import { privacyHandlers } from './privacy/handlers';
import { PrivacyService } from './privacy/privacy-service';
import { reflectionsHandlers } from './reflections/handlers';
import { ReflectionService } from './reflections/reflection-service';
import { searchHandlers } from './search/handlers';
import { Searcher } from './search/searcher';
import { VaultReader } from './worker/vault-reader';
import { IndexUpkeep } from './search/index-upkeep';
import { therapyExportHandlers } from './therapyExport/handlers';
import { defaultResourcesDir, ExportService } from './therapyExport/export-service';
import { timelineHandlers } from './timeline/handlers';
import { TimelineService } from './timeline/timeline-service';
import { transferHandlers } from './transfer/handlers';
import { TransferService } from './transfer/transfer-service';
import { vaultsHandlers } from './vaults/handlers';
import { VaultService } from './vaults/vault-service';
import { VaultJobs } from './worker/run-job';

export interface CoreOptions {
  /** The app's own folder (Electron's userData): the list of known vaults and, by default, the vaults. */
  dataDir: string;
  platform: Platform;
  clock?: Clock;
  /** Argon2id parameters for new key slots. Default 'calibrate' (0.3–1 s here); tests pass small fixed ones. */
  kdf?: KdfParams | 'calibrate';
  /** How often auto-lock looks at the system's idle time; the end-to-end tests shorten it. */
  idleCheckMs?: number;
  /** How often a due check-in is looked for (once a minute); tests shorten it. */
  reminderCheckMs?: number;
  /** The app's resources/ folder (the PDF fonts); by default the repository's, found from this file. */
  resourcesDir?: string;
}

export interface Core extends CoreApi {
  /** Called after every lock, so the shell can wipe the renderer. Returns an unsubscribe function. */
  onLock(listener: () => void): () => void;
  /** Called with the privacy settings whenever they change (the shell applies content protection and quick hide). */
  onPrivacyChange(listener: (settings: PrivacySettings) => void): () => void;
  /** Called whenever a long job's progress changes (what `jobs.progress` would answer now). Returns an unsubscribe function. */
  onJobProgress(listener: (progress: JobProgress) => void): () => void;
  /** The words of the language Hearth speaks now (the shell's menus and dialogs). */
  words(): Words;
  /** Called with the new words whenever Settings › Language changes. Returns an unsubscribe function. */
  onLanguageChange(listener: (words: Words) => void): () => void;
  /** Lock and release everything; the core is not used afterwards. */
  close(): Promise<void>;
}

/** Build the whole Electron-free application: the same object serves the Electron shell and the tests. */
export function createCore(options: CoreOptions): Core {
  const clock = options.clock ?? systemClock;
  const language = new LanguageService(options.dataDir, () => options.platform.systemLanguages?.() ?? []);
  // The words are made ready now, at start, rather than inside the first call that needs them (an unlock, an export).
  language.words();
  const vaults = new VaultService({ dataDir: options.dataDir, platform: options.platform, clock, kdf: options.kdf ?? 'calibrate', words: () => language.words() });
  // Heavy work (backups, restores' checks, full exports, imports) runs on worker threads, each with a connection and
  // a key copy of its own, wiped when it ends. A re-key or a restore waits for running jobs, inside the queue, so no
  // copy is made across a key change or a file swap. A lock cancels running jobs (a cancelled daily copy is made
  // again at the next unlock); closing the core waits for them, then stops the thread.
  const jobs = new VaultJobs();
  const tracked = new JobTracker();
  const calls = createCalls({
    queue: (work) => vaults.serial(work),
    // The index worker too: a re-key needs the database file to itself.
    jobsIdle: () => Promise.all([jobs.idle(), index.idle(), reader.release(), therapyExport.release()]),
    tracked,
  });
  const index = new IndexUpkeep(vaults, calls.serial);
  // Searches and the insights page are read on a worker of their own (worker/reads.ts); the therapy export has another.
  const reader = new VaultReader(vaults, () => language.words());
  const searcher = new Searcher(reader);

  const keys = new KeyService(vaults, {
    jobs,
    othersDone: async () => void (await Promise.all([index.idle(), reader.release(), therapyExport.release()])),
  });
  // Each area's service is given the open vault's connection, the clock and the words, nothing else of the core.
  const area = { db: () => vaults.requireUnlocked().db, clock, words: () => language.words() };
  const timeline = new TimelineService(area);
  vaults.onUnlock((db) => timeline.purgeTrash(db));
  const drafts = new DraftService(area);
  const reflections = new ReflectionService(area);
  const checkins = new CheckInService(area);
  const appreciations = new AppreciationService(area);
  const journal = new JournalService(area);
  const loveLanguages = new LoveLanguageService(area);
  const insights = new InsightsService(area);
  const therapyExport = new ExportService(vaults, () => language.words(), options.resourcesDir ?? defaultResourcesDir());
  const backups = new BackupService(vaults, {
    jobs,
    // After the current call has answered, in the queue; a failed daily copy is tried again at the next unlock.
    later: (work) => setImmediate(() => void calls.serial(work).then(({ done }) => done).catch(() => undefined)),
  });
  const transfer = new TransferService(vaults, { jobs, words: () => language.words() });
  const privacy = new PrivacyService({
    dataDir: options.dataDir,
    platform: options.platform,
    isUnlocked: () => vaults.isUnlocked,
    lock: () => lockNow(),
    idleCheckMs: options.idleCheckMs,
  });
  const reminder = new CheckInReminder({
    checkins,
    platform: options.platform,
    clock,
    isUnlocked: () => vaults.isUnlocked,
    run: (work) => calls.serial(work),
    words: () => language.words(),
    everyMs: options.reminderCheckMs,
  });
  vaults.onLock(() => privacy.locked());
  vaults.onLock(() => reminder.stop());
  vaults.onLock(() => void Promise.all([reader.release(), therapyExport.release()]).catch(() => {}));

  /**
   * A lock never waits its turn: not behind a file dialog left open, a long job or anything else in the queue. It
   * closes the database, wipes the key and tells the shell (which reloads the window) at once. What was running
   * stops at its next step: jobs are cancelled and drop their key copies, a dialog answered later fails with
   * VAULT_LOCKED (vaults/dialog-guard.ts), and a call that reaches for the closed database fails the same way.
   */
  const lockNow = (): void => {
    tracked.cancelAll();
    therapyExport.cancel();
    jobs.cancelAll();
    index.beforeLock();
    index.cancelAll();
    vaults.lock();
  };
  const afterWayIn = (): void => {
    privacy.unlocked();
    reminder.start();
  };

  return {
    app: appHandlers(vaults, calls),
    vaults: vaultsHandlers(vaults, calls, { afterWayIn, lockNow }),
    keys: keysHandlers(keys, calls),
    timeline: timelineHandlers(timeline, calls),
    reflections: reflectionsHandlers(reflections, calls),
    drafts: draftsHandlers(drafts, calls),
    checkins: checkinsHandlers(checkins, calls),
    appreciations: appreciationsHandlers(appreciations, calls),
    journal: journalHandlers(journal, calls),
    loveLanguages: loveLanguagesHandlers(loveLanguages, calls),
    insights: insightsHandlers(insights, reader, calls),
    search: searchHandlers(
      searcher,
      {
        timeline: (ids) => timeline.datesOf(ids),
        reflection: (ids) => reflections.datesOf(ids),
        checkin: (ids) => checkins.datesOf(ids),
        journal: (ids) => journal.datesOf(ids),
      },
      calls,
    ),
    backups: backupsHandlers(backups, calls),
    transfer: transferHandlers(transfer, calls),
    jobs: jobsHandlers(calls),
    therapyExport: therapyExportHandlers(therapyExport, calls),
    privacy: privacyHandlers(privacy, calls),
    language: languageHandlers(language, calls),
    onLock: (listener) => vaults.onLock(listener),
    onPrivacyChange: (listener) => privacy.onChange(listener),
    onJobProgress: (listener) => tracked.onChange(listener),
    words: () => language.words(),
    onLanguageChange: (listener) => language.onChange(listener),
    close: () =>
      calls.serial(async () => {
        await Promise.all([jobs.close(), index.close(), reader.close(), therapyExport.close()]);
        reminder.stop();
        vaults.lock();
        privacy.close();
      }),
  };
}
