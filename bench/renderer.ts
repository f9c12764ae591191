/**
 * The two renderer figures, from the built renderer (out/renderer) in Chromium, wired to a real core on the
 * benchmark's data folder by the end-to-end launcher (tests/e2e/launch.ts), exactly as the end-to-end tests run it:
 *
 *  - renderer_first_paint_after_unlock_ms: in the page, from the moment the core answers the unlock call (the
 *    KDF, 0.3–1 s on purpose, is before it and measured as kdf_ms) to the end of the first frame that shows a
 *    timeline row (requestAnimationFrame once the row is in the DOM, then the task after that frame). The Unlock
 *    button is clicked for real; the details also give every step from the click. Home is the first screen after an
 *    unlock, so the Timeline section is opened the moment the frame appears (in the page, no round trip). Median of
 *    `runs` unlocks, locking between (a lock reloads the window, as in the app).
 *  - renderer_scroll_frame_p95_ms: the whole timeline scrolled from the top to "That's everything." with mouse-wheel
 *    steps of `wheelStepPx` while a requestAnimationFrame loop records every frame interval, then a jump to each of
 *    `jumps` years with a few wheel steps after each; the 95th percentile of the frame intervals of the worse of the two.
 *  - renderer_scroll_frames_over_budget_pct: beside the p95 (frame times come in whole vsyncs, so the p95 alone flips
 *    between 16.8 and 33.3): the share of frame intervals over 17 ms (a missed vsync: 16.7 ms and the timer's jitter),
 *    the worse of the scroll and the jumps. Every frame counts; for diagnosis the details also split the jumps' frames
 *    into landing on the year (selecting it to its heading focused) and the wheel steps after it.
 *  - renderer_unlock_screen_ms: from the page's navigation to the unlock screen accepting typing (its passphrase field
 *    in the page and enabled, and the frame that shows it painted); median of `reloads` loads with the vault locked.
 *  - renderer_main_bundle_kb: the script the start screen loads before anything is drawn (index.html's entry and the
 *    chunks it preloads), in KiB as built.
 *
 * If the renderer is not built, `npm run build` is run once first (it is only ever built when missing, never
 * rebuilt: a build older than the sources is used as it is, with a note in the details).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { percentile, round } from './stats';

export interface RendererInput {
  dataDir: string;
  vaultId: string;
  passphrase: string;
  log?: (line: string) => void;
  /** Unlocks for the first-paint median. */
  runs?: number;
  /** Pixels per wheel step while scrolling. */
  wheelStepPx?: number;
  /** Years jumped to (spread over the timeline's years). */
  jumps?: number;
  /** Page loads for the unlock-screen median. */
  reloads?: number;
}

export const RENDERER_KEYS = [
  'renderer_first_paint_after_unlock_ms',
  'renderer_scroll_frame_p95_ms',
  'renderer_scroll_frames_over_budget_pct',
  'renderer_unlock_screen_ms',
  'renderer_main_bundle_kb',
] as const;

export type RendererFigures = Record<(typeof RENDERER_KEYS)[number], number | null> & {
  reason: string | null;
  /** For diagnosis: the runs, the split of the first paint, the frame distribution. */
  details?: Record<string, unknown>;
};

const NONE = Object.fromEntries(RENDERER_KEYS.map((k) => [k, null])) as Record<(typeof RENDERER_KEYS)[number], null>;

const ROOT = resolve(import.meta.dirname, '..');
const at = (p: string) => resolve(ROOT, p);

function built(): boolean {
  return existsSync(at('out/renderer/index.html')) && readdirSync(at('out/renderer')).length > 0;
}

/** The newest modification time under a folder (for the "build is older than the sources" note). */
function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

/** What is missing before the renderer can be measured (building it first if only the build is), or null. */
export function rendererMissing(log: (line: string) => void = () => {}): string | null {
  if (!existsSync(at('tests/e2e/launch.ts'))) return 'the end-to-end launcher (tests/e2e/launch.ts) does not exist';
  if (!existsSync(at('src/renderer/src/timeline'))) return 'the renderer has no timeline screen (src/renderer/src/timeline/)';
  if (!built()) {
    log('renderer: out/renderer is not built; running npm run build once…');
    try {
      execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    } catch (error) {
      const stderr = String((error as { stderr?: Buffer }).stderr ?? '').trim().split('\n').slice(-3).join(' ');
      return `the renderer is not built and npm run build failed: ${stderr || (error as Error).message}`;
    }
    if (!built()) return 'npm run build finished but out/renderer/index.html is still missing';
  }
  return null;
}

/** A note when the build is older than the renderer's or shared sources (the build measured is not of them). */
function staleBuild(): string | null {
  const builtAt = statSync(at('out/renderer/index.html')).mtimeMs;
  const changed = Math.max(newest(at('src/renderer/src')), newest(at('src/shared')));
  return changed > builtAt ? `out/renderer was built before the latest change to src/renderer or src/shared (npm run build to measure the current sources)` : null;
}

export async function measureRenderer(input: RendererInput): Promise<RendererFigures> {
  const missing = rendererMissing(input.log);
  if (missing) return { ...NONE, reason: missing };
  const stale = staleBuild();
  if (stale) input.log?.(`renderer: note: ${stale}`);
  try {
    const figures = await drive(input);
    return { ...figures, details: { build: stale ?? 'out/renderer is newer than the renderer and shared sources', ...figures.details } };
  } catch (error) {
    return { ...NONE, reason: `the renderer run failed: ${(error as Error).message.split('\n')[0]}` };
  }
}

interface FirstPaint {
  /** Click to the end of the first frame showing a timeline row. */
  total: number;
  /** Click to the core's answer to the unlock call (the KDF, opening the database): the part before "unlocked". */
  unlocked: number;
  /** Click to the unlocked frame (the navigation) in the DOM. */
  frame: number;
  /** Click to the first row in the DOM (before its frame). */
  row: number;
}

/** Set up in the page before the Unlock click: resolves with the timings once the first timeline row is painted. */
function armFirstPaint(): void {
  const w = window as unknown as { __firstPaint: Promise<FirstPaint> };
  w.__firstPaint = new Promise<FirstPaint>((done, fail) => {
    const button = Array.from(document.querySelectorAll('button')).find((b) => b.textContent?.trim() === 'Unlock');
    if (!button) return fail(new Error('no Unlock button'));
    // The renderer looks the bridge up on every call, so wrapping the call here sees when the core answered.
    const vaults = (window as unknown as { hearth: { vaults: { unlock: (arg: unknown) => Promise<unknown> } } }).hearth.vaults;
    const unlock = vaults.unlock;
    let unlocked = -1;
    vaults.unlock = async (arg: unknown) => {
      const answer = await unlock(arg);
      unlocked = performance.now();
      vaults.unlock = unlock;
      return answer;
    };
    button.addEventListener(
      'click',
      () => {
        const clicked = performance.now();
        let frame = -1;
        const check = (): boolean => {
          if (frame < 0) {
            const nav = document.querySelector('nav[aria-label="Sections"]');
            const timeline = nav && Array.from(nav.querySelectorAll('button')).find((b) => b.textContent?.trim() === 'Timeline');
            if (!timeline) return false;
            frame = performance.now() - clicked;
            timeline.click();
          }
          if (!document.querySelector('section[aria-label="Entries"] article')) return false;
          const row = performance.now() - clicked;
          // The frame that shows the row: its rAF runs before it paints, the next task after.
          requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => done({ total: performance.now() - clicked, unlocked: unlocked - clicked, frame, row });
            channel.port2.postMessage(null);
          });
          return true;
        };
        if (check()) return;
        const observer = new MutationObserver(() => {
          if (check()) observer.disconnect();
        });
        observer.observe(document.body, { childList: true, subtree: true });
      },
      { capture: true, once: true },
    );
  });
}

/** A requestAnimationFrame loop recording every frame interval, until stopped. */
function startFrames(): void {
  const w = window as unknown as { __frames: number[]; __framesOn: boolean };
  w.__frames = [];
  w.__framesOn = true;
  let last = -1;
  const tick = (now: number) => {
    if (!w.__framesOn) return;
    if (last >= 0) w.__frames.push(now - last);
    last = now;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

function stopFrames(): number[] {
  const w = window as unknown as { __frames: number[]; __framesOn: boolean };
  w.__framesOn = false;
  return w.__frames;
}

/** A frame interval over this missed its vsync (16.7 ms at 60 Hz, and the timer's jitter). */
const BUDGET_MS = 17;

function frameStats(frames: number[], atLeast = 10) {
  if (frames.length < atLeast) throw new Error(`only ${frames.length} frames were recorded`);
  const sorted = [...frames].sort((a, b) => a - b);
  const over = (ms: number) => frames.filter((f) => f > ms).length;
  return {
    frames: frames.length,
    frameMs: { p50: round(percentile(frames, 50), 2), p95: round(percentile(frames, 95), 2), p99: round(percentile(frames, 99), 2), max: round(sorted.at(-1)!, 1) },
    overBudgetPct: round((100 * over(BUDGET_MS)) / frames.length, 2),
    framesOver17Ms: over(BUDGET_MS),
    framesOver33Ms: over(33.4),
    framesOver50Ms: over(50),
  };
}

/** `count` items spread evenly over `items`, first and last included. */
function spread<T>(items: readonly T[], count: number): T[] {
  if (items.length <= count) return [...items];
  return Array.from({ length: count }, (_, i) => items[Math.round((i * (items.length - 1)) / (count - 1))]!);
}

/**
 * An init script: resolves `__unlockScreen` with the time since navigation at which the passphrase field is in the
 * page and enabled, once the frame that shows it has painted (its rAF, then the next task).
 */
function armUnlockScreen(): void {
  const w = window as unknown as { __unlockScreen: Promise<number> };
  w.__unlockScreen = new Promise<number>((done) => {
    const ready = () => {
      const field = document.querySelector<HTMLInputElement>('input[type="password"]');
      if (!field || field.disabled) return false;
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => done(performance.now());
        channel.port2.postMessage(null);
      });
      return true;
    };
    const observer = new MutationObserver(() => {
      if (ready()) observer.disconnect();
    });
    observer.observe(document, { childList: true, subtree: true });
  });
}

/** The script the start screen loads before drawing: index.html's module entry and the chunks it preloads. */
function startBundle(): { kb: number; files: string[] } {
  const html = readFileSync(at('out/renderer/index.html'), 'utf8');
  const files = [...html.matchAll(/<script[^>]*src="\.\/([^"]+\.js)"|<link[^>]*rel="modulepreload"[^>]*href="\.\/([^"]+\.js)"/g)].map((m) => (m[1] ?? m[2])!);
  const bytes = files.reduce((sum, file) => sum + statSync(at(join('out/renderer', file))).size, 0);
  return { kb: round(bytes / 1024, 1), files };
}

async function drive(input: RendererInput): Promise<RendererFigures> {
  const log = input.log ?? (() => {});
  const runs = input.runs ?? 3;
  const step = input.wheelStepPx ?? 1000;
  const { launchHearth } = await import('../tests/e2e/launch');
  const { expect } = await import('@playwright/test');
  const hearth = await launchHearth({ dataDir: input.dataDir, kdf: { m: 1024, t: 1, p: 1 } });
  const { page, core } = hearth;
  // tsx compiles the functions below with esbuild's `__name(…)` calls; the page gets the helper too.
  const nameShim = 'globalThis.__name ??= (f) => f;';
  await page.addInitScript(nameShim);
  await page.evaluate(nameShim);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  try {
    const unlockScreen = page.getByRole('heading', { name: 'Open your vault' });
    const paints: FirstPaint[] = [];
    for (let i = 0; i < runs; i++) {
      if (i > 0) {
        // A lock reloads the window (as the shell does), back to the unlock screen.
        const reloaded = page.waitForEvent('load');
        await core.vaults.lock();
        await reloaded;
      }
      await expect(unlockScreen).toBeVisible({ timeout: 60_000 });
      await page.getByLabel('Passphrase').fill(input.passphrase);
      await page.evaluate(armFirstPaint);
      await page.getByRole('button', { name: 'Unlock' }).click();
      const paint = await page.evaluate(() => (window as unknown as { __firstPaint: Promise<FirstPaint> }).__firstPaint);
      paints.push(paint);
      if (paint.unlocked < 0) throw new Error('the unlock call was not seen');
      log(
        `renderer: unlocked → first timeline row painted: ${round(paint.total - paint.unlocked, 1)} ms ` +
          `(from the click: unlock answered ${round(paint.unlocked, 1)}, frame in DOM ${round(paint.frame, 1)}, row in DOM ${round(paint.row, 1)}, painted ${round(paint.total, 1)})`,
      );
    }
    const afterUnlock = paints.map((p) => p.total - p.unlocked).sort((a, b) => a - b);
    const median = afterUnlock[Math.floor(afterUnlock.length / 2)]!;

    // Scroll the whole list, top to bottom, with the wheel; one step per frame at most.
    await page.evaluate(() => window.scrollTo({ top: 0 }));
    await page.mouse.move(600, 500);
    await page.evaluate(startFrames);
    const started = performance.now();
    let steps = 0;
    for (;;) {
      await page.mouse.wheel(0, step);
      steps++;
      if (steps % 10 !== 0) continue;
      const state = await page.evaluate(() => ({
        bottom: window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2,
        done: Array.from(document.querySelectorAll('p')).some((p) => p.textContent?.trim().startsWith("That's everything")),
      }));
      if (state.bottom && state.done) break;
      if (performance.now() - started > 30 * 60_000) throw new Error(`the scroll did not reach the end in 30 minutes (${steps} steps)`);
    }
    const scrollMs = performance.now() - started;
    const scrolled = frameStats(await page.evaluate(stopFrames));
    const counts = await page.evaluate(() => ({
      rows: document.querySelectorAll('section[aria-label="Entries"] > div').length,
      height: document.documentElement.scrollHeight,
    }));
    log(
      `renderer: scrolled ${counts.height} px in ${steps} wheel steps of ${step} px (${round(scrollMs / 1000, 1)} s), ${scrolled.frames} frames, ` +
        `p95 ${scrolled.frameMs.p95} ms, ${scrolled.overBudgetPct} % over 17 ms`,
    );

    // Jump to years spread over the timeline, a few wheel steps after each, as someone looking for a time would.
    await page.evaluate(() => window.scrollTo({ top: 0 }));
    const years = await page.locator('#timeline-year option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    const chosen = spread(years, input.jumps ?? 12);
    await page.evaluate(startFrames);
    const missed: string[] = [];
    // For diagnosis only (the figures count every frame): which frames were landing on a year, which the wheel after.
    const framesSoFar = () => page.evaluate(() => (window as unknown as { __frames: number[] }).__frames.length);
    const landings: [number, number][] = [];
    for (const year of chosen) {
      const before = await framesSoFar();
      await page.locator('#timeline-year').selectOption(year);
      // The jump ends by focusing the year's heading; one that never gets there is counted, not waited for.
      const landed = await page
        .waitForFunction((y) => document.activeElement?.id === `year-${y}`, year, { timeout: 5_000 })
        .then(() => true, () => false);
      if (!landed) missed.push(year);
      landings.push([before, await framesSoFar()]);
      for (let i = 0; i < 5; i++) await page.mouse.wheel(0, step);
    }
    const jumpFrames = await page.evaluate(stopFrames);
    const landingFrames = landings.flatMap(([from, to]) => jumpFrames.slice(from, to));
    const afterFrames = jumpFrames.filter((_, i) => !landings.some(([from, to]) => i >= from && i < to));
    const jumped = {
      ...frameStats(jumpFrames),
      headingNotFocused: missed,
      split: { landing: frameStats(landingFrames, 1), wheelAfterLanding: frameStats(afterFrames, 1) },
    };
    log(
      `renderer: jumped to ${chosen.length} years (${chosen.join(', ')}), ${jumped.frames} frames, p95 ${jumped.frameMs.p95} ms, ` +
        `${jumped.overBudgetPct} % over 17 ms (landing on the year: ${jumped.split.landing.frames} frames, ${jumped.split.landing.overBudgetPct} %; ` +
        `the wheel after: ${jumped.split.wheelAfterLanding.frames} frames, ${jumped.split.wheelAfterLanding.overBudgetPct} %)` +
        (missed.length ? `; the year's heading was not focused within 5 s after jumping to ${missed.join(', ')}` : ''),
    );

    // The start screen: locked, each load from navigation to a passphrase field that takes typing, painted.
    const reloaded = page.waitForEvent('load');
    await core.vaults.lock();
    await reloaded;
    await page.addInitScript(armUnlockScreen);
    const loads: number[] = [];
    for (let i = 0; i < (input.reloads ?? 5); i++) {
      await page.reload();
      loads.push(await page.evaluate(() => (window as unknown as { __unlockScreen: Promise<number> }).__unlockScreen));
    }
    const screenReady = [...loads].sort((a, b) => a - b)[Math.floor(loads.length / 2)]!;
    const bundle = startBundle();
    log(`renderer: unlock screen ready ${loads.map((l) => round(l, 1)).join(', ')} ms after navigation; its script ${bundle.kb} KiB (${bundle.files.join(', ')})`);

    const worse = scrolled.overBudgetPct >= jumped.overBudgetPct ? scrolled : jumped;
    return {
      renderer_first_paint_after_unlock_ms: round(median, 1),
      renderer_scroll_frame_p95_ms: Math.max(scrolled.frameMs.p95, jumped.frameMs.p95),
      renderer_scroll_frames_over_budget_pct: worse.overBudgetPct,
      renderer_unlock_screen_ms: round(screenReady, 1),
      renderer_main_bundle_kb: bundle.kb,
      reason: null,
      details: {
        firstPaintRunsMs: paints.map((p) => ({
          afterUnlock: round(p.total - p.unlocked, 1),
          fromClick: { unlockAnswered: round(p.unlocked, 1), frameInDom: round(p.frame, 1), rowInDom: round(p.row, 1), rowPainted: round(p.total, 1) },
        })),
        scroll: { wheelStepPx: step, steps, seconds: round(scrollMs / 1000, 1), pageHeightPx: counts.height, rowsInPageAtEnd: counts.rows, ...scrolled },
        jumps: { years: chosen, ...jumped },
        unlockScreenLoadsMs: loads.map((l) => round(l, 1)),
        startBundle: bundle,
        rendererErrors: errors,
      },
    };
  } finally {
    await hearth.close();
  }
}
