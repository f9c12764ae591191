import { isHearthError } from '../../../shared/errors';

/** The sentence to show for anything a call threw: the core's own words, or a calm fallback. */
export function describeError(error: unknown): string {
  if (isHearthError(error)) return error.message;
  return 'Something went wrong inside Hearth. Nothing you wrote was changed.';
}

/** Runs `work`; when it throws, hands `fail` the sentence to show and answers false. */
export async function attempt(work: () => Promise<void>, fail: (message: string) => void): Promise<boolean> {
  try {
    await work();
    return true;
  } catch (error) {
    fail(describeError(error));
    return false;
  }
}
