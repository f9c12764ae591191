import { z } from 'zod';
import { Session } from './vaults';

/** What the window asks first: is a vault open, and whose. */
export const AppStatus = z.discriminatedUnion('state', [
  z.object({ state: z.literal('locked') }),
  z.object({ state: z.literal('unlocked'), session: Session }),
]);
export type AppStatus = z.infer<typeof AppStatus>;
