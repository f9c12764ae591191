import { isHearthError } from '../../../shared/errors';

/** The sentence to show for anything a call threw: the core's own words, or a calm fallback. */
export function describeError(error: unknown): string {
  if (isHearthError(error)) return error.message;
  return 'Something went wrong inside Hearth. Nothing you wrote was changed.';
}
