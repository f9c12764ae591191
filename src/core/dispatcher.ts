import type { z } from 'zod';
import { methods, type CoreApi } from '../shared/contract';
import { HearthError, type HearthErrorShape, type Result } from '../shared/errors';
import { toHearthError } from './errors';

export interface Dispatcher {
  /** Every channel the contract defines: `hearth:<area>.<method>`. */
  readonly channels: readonly string[];
  /** Validate, call the core, validate the answer; never throws. */
  dispatch(channel: string, args: readonly unknown[]): Promise<Result<unknown>>;
}

type Handler = (arg: unknown) => Promise<unknown>;

/** The one gate between any caller (Electron IPC, end-to-end harness) and the core. */
export function createDispatcher(core: CoreApi): Dispatcher {
  const routes = new Map(
    methods.map((entry) => {
      const area = core[entry.area] as Record<string, Handler>;
      const handler = area[entry.name];
      if (typeof handler !== 'function') throw new Error(`The core does not implement ${entry.channel}.`);
      return [entry.channel, { entry, handler: handler.bind(area) }] as const;
    }),
  );

  async function dispatch(channel: string, args: readonly unknown[]): Promise<Result<unknown>> {
    try {
      const route = typeof channel === 'string' ? routes.get(channel) : undefined;
      if (!route) throw new HearthError('VALIDATION', 'That is not something Hearth can do.');
      if (!Array.isArray(args) || args.length > 1) {
        throw new HearthError('VALIDATION', 'Each call takes at most one argument.');
      }
      const parsed = route.entry.spec.args.safeParse(args[0]);
      if (!parsed.success) throw validationError(parsed.error);
      const value = await route.handler(parsed.data);
      const checked = route.entry.spec.result.safeParse(value);
      if (!checked.success) {
        throw new HearthError('INTERNAL', 'Hearth produced an answer it could not check. Nothing was changed by reading it.');
      }
      return { ok: true, value: checked.data };
    } catch (error) {
      return { ok: false, error: toShape(error) };
    }
  }

  return { channels: [...routes.keys()], dispatch };
}

function validationError(error: z.ZodError): HearthError {
  const issue = error.issues[0];
  const field = issue?.path.map(String).join('.') || undefined;
  const message = issue?.message && !issue.message.startsWith('Invalid') ? issue.message : 'Some of what was sent is not in the expected form.';
  return new HearthError('VALIDATION', message, field ? { field } : undefined);
}

function toShape(error: unknown): HearthErrorShape {
  return toHearthError(error).toShape();
}
