import { z } from 'zod';
import { AddPassphraseInput, ChangePassphraseInput, ConfirmInput, KeySlotSummary, PassphraseChanged, Rekeyed, RemoveSlotInput } from './keys';
import { AppStatus } from './app';
import { ChosenFolder, CreatedVault, CreateVaultInput, FolderInput, Session, UnlockInput, VaultRef, VaultSummary } from './vaults';
import { BackupMade, BackupNowInput, BackupRef, BackupSummary, Restored } from './backups';
import { ChosenFile, ExportAllInput, ExportSaved, ImportFileInput, ImportReport } from './transfer';
import { ExportCandidate, ExportPreview, ExportPreviewInput, ExportProgress, ExportSelection, SaveExportInput, TherapyExportSaved } from './therapyExport';
import { JobProgress, JobRef } from './jobs';
import { Draft, DraftRef, DraftSummary, SaveDraftInput } from './drafts';
import type { Result } from './errors';
import { PrivacySettings, PrivacyUpdate } from './privacy';
import { LanguageChoice } from './language-choice';
import {
  AnswerCheckInInput,
  CadenceInput,
  CheckIn,
  CheckInPage,
  CheckInRef,
  CheckInSchedule,
  FinishCheckInInput,
  FollowUpInput,
  ListCheckInsInput,
  StartCheckInInput,
  SubmitCheckInInput,
} from './checkins';
import { AddAppreciationInput, Appreciation, AppreciationRef, AppreciationSession, AppreciationSessionRef, ReceivedInput, SessionsInput, SessionsPage, StartSessionInput } from './appreciations';
import { AddPromptInput, JournalEntry, JournalPage, JournalPrompt, JournalRef, ListJournalInput, PromptOfTheWeek, PromptOfTheWeekInput, UpdateJournalInput, WriteJournalInput } from './journal';
import { DateRange, LogLoveActionInput, LoveAction, LoveActionRef, LoveLanguageProfile, LoveLanguageSummary, SetLoveLanguagesInput } from './loveLanguages';
import { Insights, InsightsInput, Patterns } from './insights';
import { AddCheckBackInput, ForTherapyInput, LinkEventInput, ListReflectionsInput, NewReflectionInput, Reflection, ReflectionPage, ReflectionRef, ResolveInput, SaveSideInput, UpdateReflectionInput } from './reflections';
import { SearchInput, SearchResults } from './search';
import { AddPhotoInput, EventPage, EventRef, EventVersion, LinkInput, ListEventsInput, NewEventInput, OnThisDayInput, PhotoCaptionInput, PhotoFull, PhotoRef, PhotoSummary, RestoreVersionInput, TimelineEvent, TrashedEvent, UpdateEventInput, EventSummary, YearCount } from './timeline';

const NoArgs = z.undefined();

interface MethodSpec<A extends z.ZodType, R extends z.ZodType> {
  args: A;
  result: R;
}

function method<A extends z.ZodType, R extends z.ZodType>(args: A, result: R): MethodSpec<A, R> {
  return { args, result };
}

/**
 * The whole contract between renderer and core, grouped by area. Channel names, argument and result
 * types all come from here, so a renamed method breaks the build rather than the app.
 */
export const contract = {
  app: {
    status: method(NoArgs, AppStatus),
  },
  vaults: {
    list: method(NoArgs, z.array(VaultSummary)),
    create: method(CreateVaultInput, CreatedVault),
    chooseFolder: method(NoArgs, ChosenFolder),
    addFromFolder: method(FolderInput, VaultSummary),
    forget: method(VaultRef, z.void()),
    unlock: method(UnlockInput, Session),
    lock: method(NoArgs, z.void()),
  },
  keys: {
    list: method(NoArgs, z.array(KeySlotSummary)),
    addPassphrase: method(AddPassphraseInput, KeySlotSummary),
    changePassphrase: method(ChangePassphraseInput, PassphraseChanged),
    remove: method(RemoveSlotInput, Rekeyed),
    regenerateRecoveryCode: method(ConfirmInput, Rekeyed),
    /** The couple typed the new recovery code back after a re-key: the vault stops warning that it may be unseen. */
    recoveryCodeSeen: method(NoArgs, z.void()),
  },
  timeline: {
    list: method(ListEventsInput, EventPage),
    years: method(NoArgs, z.array(YearCount)),
    get: method(EventRef, TimelineEvent),
    create: method(NewEventInput, TimelineEvent),
    update: method(UpdateEventInput, TimelineEvent),
    history: method(EventRef, z.array(EventVersion)),
    restoreVersion: method(RestoreVersionInput, TimelineEvent),
    remove: method(EventRef, z.void()),
    trash: method(NoArgs, z.array(TrashedEvent)),
    restore: method(EventRef, TimelineEvent),
    deleteForever: method(EventRef, z.void()),
    link: method(LinkInput, z.void()),
    unlink: method(LinkInput, z.void()),
    onThisDay: method(OnThisDayInput, z.array(EventSummary)),
    tags: method(NoArgs, z.array(z.object({ tag: z.string(), count: z.number() }))),
    addPhoto: method(AddPhotoInput, PhotoSummary),
    photo: method(PhotoRef, PhotoFull),
    setPhotoCaption: method(PhotoCaptionInput, PhotoSummary),
    removePhoto: method(PhotoRef, z.void()),
  },
  reflections: {
    list: method(ListReflectionsInput, ReflectionPage),
    get: method(ReflectionRef, Reflection),
    create: method(NewReflectionInput, Reflection),
    update: method(UpdateReflectionInput, Reflection),
    saveSide: method(SaveSideInput, Reflection),
    complete: method(ReflectionRef, Reflection),
    resolve: method(ResolveInput, Reflection),
    reopen: method(ReflectionRef, Reflection),
    addCheckBack: method(AddCheckBackInput, Reflection),
    setForTherapy: method(ForTherapyInput, Reflection),
    linkEvent: method(LinkEventInput, Reflection),
    remove: method(ReflectionRef, z.void()),
  },
  drafts: {
    save: method(SaveDraftInput, Draft),
    get: method(DraftRef, Draft.nullable()),
    list: method(NoArgs, z.array(DraftSummary)),
    discard: method(DraftRef, z.void()),
  },
  checkins: {
    schedule: method(NoArgs, CheckInSchedule),
    setCadence: method(CadenceInput, CheckInSchedule),
    start: method(StartCheckInInput, CheckIn),
    current: method(NoArgs, CheckIn.nullable()),
    get: method(CheckInRef, CheckIn),
    answer: method(AnswerCheckInInput, CheckIn),
    submit: method(SubmitCheckInInput, CheckIn),
    finish: method(FinishCheckInInput, CheckIn),
    followUp: method(FollowUpInput, CheckIn),
    discard: method(CheckInRef, z.void()),
    list: method(ListCheckInsInput, CheckInPage),
  },
  appreciations: {
    startSession: method(StartSessionInput, AppreciationSession),
    add: method(AddAppreciationInput, AppreciationSession),
    remove: method(AppreciationRef, AppreciationSession),
    finish: method(AppreciationSessionRef, AppreciationSession),
    session: method(AppreciationSessionRef, AppreciationSession),
    sessions: method(SessionsInput, SessionsPage),
    received: method(ReceivedInput, z.array(Appreciation)),
  },
  journal: {
    prompts: method(NoArgs, z.array(JournalPrompt)),
    addPrompt: method(AddPromptInput, JournalPrompt),
    promptOfTheWeek: method(PromptOfTheWeekInput, PromptOfTheWeek),
    write: method(WriteJournalInput, JournalEntry),
    update: method(UpdateJournalInput, JournalEntry),
    remove: method(JournalRef, z.void()),
    get: method(JournalRef, JournalEntry),
    list: method(ListJournalInput, JournalPage),
  },
  loveLanguages: {
    get: method(NoArgs, z.array(LoveLanguageProfile)),
    set: method(SetLoveLanguagesInput, z.array(LoveLanguageProfile)),
    logAction: method(LogLoveActionInput, LoveAction),
    removeAction: method(LoveActionRef, z.void()),
    actions: method(DateRange, z.array(LoveAction)),
    summary: method(DateRange, z.array(LoveLanguageSummary)),
  },
  insights: {
    all: method(InsightsInput, Insights),
    patterns: method(InsightsInput, Patterns),
  },
  search: {
    query: method(SearchInput, SearchResults),
  },
  backups: {
    list: method(NoArgs, z.array(BackupSummary)),
    backupNow: method(BackupNowInput, BackupMade),
    restore: method(BackupRef, Restored),
  },
  transfer: {
    exportAll: method(ExportAllInput, ExportSaved),
    chooseFile: method(NoArgs, ChosenFile),
    importFile: method(ImportFileInput, ImportReport),
  },
  /**
   * Watching and stopping the long jobs above ("Back up now", restore, the full export, an import). Answered while a
   * job runs (they do not wait their turn); a cancelled job fails with CANCELLED and leaves nothing behind.
   */
  jobs: {
    progress: method(JobRef, JobProgress),
    cancel: method(JobRef, z.void()),
  },
  /** The therapy export: a checklist, a page-by-page preview, and a file written where the couple chooses. */
  therapyExport: {
    candidates: method(ExportSelection, z.array(ExportCandidate)),
    preview: method(ExportPreviewInput, ExportPreview),
    save: method(SaveExportInput, TherapyExportSaved),
    /** Answered while a save is running (it does not wait its turn). */
    progress: method(NoArgs, ExportProgress),
    cancel: method(NoArgs, z.void()),
  },
  privacy: {
    get: method(NoArgs, PrivacySettings),
    set: method(PrivacyUpdate, PrivacySettings),
    /** The renderer copied text: the core clears it from the clipboard later if it is still there. */
    noteCopy: method(NoArgs, z.void()),
  },
  /** Settings › Language, per computer; answered before any vault is open. */
  language: {
    get: method(NoArgs, LanguageChoice),
    set: method(LanguageChoice, LanguageChoice),
  },
} as const;

export type Contract = typeof contract;
export type Area = keyof Contract;
export type MethodName<A extends Area> = keyof Contract[A] & string;

type Spec<A extends Area, M extends MethodName<A>> = Contract[A][M] extends MethodSpec<infer Args, infer Res>
  ? { args: Args; result: Res }
  : never;

type Fn<S> = S extends { args: infer Args extends z.ZodType; result: infer Res extends z.ZodType }
  ? undefined extends z.input<Args>
    ? (arg?: z.input<Args>) => Promise<z.output<Res>>
    : (arg: z.input<Args>) => Promise<z.output<Res>>
  : never;

/** What `window.hearth` is in the renderer and what the core implements. */
export type Api = { [A in Area]: { [M in MethodName<A>]: Fn<Spec<A, M>> } };

/**
 * What the preload exposes as `window.hearth`: the same named functions, resolving to a `Result`
 * (errors lose their class crossing contextBridge, so they cross as data and the renderer's
 * lib/api.ts turns them back into thrown `HearthError`s).
 */
export type Bridge = {
  [A in Area]: {
    [M in MethodName<A>]: (arg?: z.input<Spec<A, M>['args']>) => Promise<Result<z.output<Spec<A, M>['result']>>>;
  };
};

/** What the core implements: the same methods, receiving already-validated (parsed) arguments. */
export type CoreApi = {
  [A in Area]: {
    [M in MethodName<A>]: undefined extends z.output<Spec<A, M>['args']>
      ? (arg?: z.output<Spec<A, M>['args']>) => Promise<z.input<Spec<A, M>['result']>>
      : (arg: z.output<Spec<A, M>['args']>) => Promise<z.input<Spec<A, M>['result']>>;
  };
};

export const CHANNEL_PREFIX = 'hearth:';

export function channelOf(area: string, name: string): string {
  return `${CHANNEL_PREFIX}${area}.${name}`;
}

export interface MethodEntry {
  area: Area;
  name: string;
  channel: string;
  spec: MethodSpec<z.ZodType, z.ZodType>;
}

/** Every method of the contract, in a stable order. */
export const methods: readonly MethodEntry[] = Object.entries(contract).flatMap(([area, group]) =>
  Object.entries(group).map(([name, spec]) => ({
    area: area as Area,
    name,
    channel: channelOf(area, name),
    spec: spec as MethodSpec<z.ZodType, z.ZodType>,
  })),
);
