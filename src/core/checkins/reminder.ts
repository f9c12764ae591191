import { wordsIn, type Words } from '../i18n/words';
import type { Clock, Platform } from '../platform';
import type { CheckInService } from './checkin-service';

/**
 * The only words a reminder ever shows, in the language spoken (the catalogues' `reminder` group): a notification can
 * be read by anyone passing the screen, so it names no one and says nothing of the vault.
 */
export function reminderWords(words: Words): { title: string; body: string } {
  return { title: words.t('reminder.title'), body: words.t('reminder.body') };
}

/** The reminder in English. */
export const REMINDER = reminderWords(wordsIn('en'));

export interface CheckInReminderOptions {
  checkins: CheckInService;
  platform: Platform;
  clock: Clock;
  isUnlocked(): boolean;
  /** Runs the read in the core's queue. */
  run<T>(work: () => T): Promise<T>;
  /** The language Hearth speaks when the reminder shows; English when not given. */
  words?(): Words;
  everyMs?: number;
}

/**
 * A system notification when a check-in falls due, only if the couple turned reminders on, once per due
 * time. It can only know while the vault is unlocked: the schedule lives inside the vault.
 */
export class CheckInReminder {
  readonly #options: CheckInReminderOptions;
  #timer: ReturnType<typeof setInterval> | null = null;
  #remindedFor: string | null = null;

  constructor(options: CheckInReminderOptions) {
    this.#options = options;
  }

  start(): void {
    this.stop();
    this.#timer = setInterval(() => void this.check(), this.#options.everyMs ?? 60_000);
    this.#timer.unref?.();
    void this.check();
  }

  stop(): void {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = null;
  }

  async check(): Promise<void> {
    const { platform, clock, checkins } = this.#options;
    if (!platform.notify || !this.#options.isUnlocked()) return;
    try {
      const schedule = await this.#options.run(() => checkins.schedule());
      if (!schedule.cadence?.notify || !schedule.nextDueAt) return;
      if (clock.now().getTime() < Date.parse(schedule.nextDueAt) || this.#remindedFor === schedule.nextDueAt) return;
      this.#remindedFor = schedule.nextDueAt;
      const { title, body } = reminderWords(this.#options.words?.() ?? wordsIn('en'));
      platform.notify(title, body);
    } catch {
      // Locked in the meantime, or the vault is busy: the next check will see.
    }
  }
}
