/** The results file's shape (issue 8), the targets, and the printed table. */

export const METRIC_KEYS = [
  'kdf_ms',
  'unlock_after_kdf_ms',
  'timeline_first_page_ms',
  'timeline_page_p95_ms',
  'save_event_p95_ms',
  'search_p95_ms',
  'insights_ms',
  'export_pdf_1000_ms',
  'backup_ms',
  'event_loop_max_block_ms',
  'encrypted_vs_plain_ratio',
  'whole_file_save_ms',
  'renderer_first_paint_after_unlock_ms',
  'renderer_scroll_frame_p95_ms',
  'renderer_scroll_frames_over_budget_pct',
  'renderer_unlock_screen_ms',
  'renderer_main_bundle_kb',
  'rss_mb_after_unlock',
] as const;
export type MetricKey = (typeof METRIC_KEYS)[number];
export type Metrics = Record<MetricKey, number | null>;

/** Exactly what bench/results.json holds. */
export interface Results {
  entries: number;
  metrics: Metrics;
}

interface Target {
  text: string;
  met(metrics: Metrics, value: number): boolean | null;
}

const atMost = (limit: number): Target => ({ text: `≤ ${limit}`, met: (_m, v) => v <= limit });

/** The targets from issues 8 and 20, for the 2-core machine. */
export const TARGETS: Record<MetricKey, Target> = {
  kdf_ms: { text: '300–1000 (slow on purpose)', met: (_m, v) => v >= 300 && v <= 1000 },
  unlock_after_kdf_ms: atMost(100),
  timeline_first_page_ms: atMost(30),
  timeline_page_p95_ms: atMost(10),
  save_event_p95_ms: atMost(5),
  search_p95_ms: atMost(30),
  insights_ms: atMost(200),
  export_pdf_1000_ms: atMost(5000),
  backup_ms: { text: '(no target)', met: () => null },
  event_loop_max_block_ms: atMost(16),
  encrypted_vs_plain_ratio: atMost(1.3),
  whole_file_save_ms: {
    text: 'baseline: ≥ 200 × save_event_p95_ms',
    met: (m, v) => (m.save_event_p95_ms === null ? null : v >= 200 * m.save_event_p95_ms),
  },
  renderer_first_paint_after_unlock_ms: atMost(300),
  renderer_scroll_frame_p95_ms: atMost(17),
  renderer_scroll_frames_over_budget_pct: atMost(2),
  renderer_unlock_screen_ms: atMost(150),
  renderer_main_bundle_kb: atMost(300),
  rss_mb_after_unlock: atMost(300),
};

export function emptyMetrics(): Metrics {
  return Object.fromEntries(METRIC_KEYS.map((k) => [k, null])) as Metrics;
}

/** The figures as a table: value, target, met or not, and why a figure is missing. */
export function formatTable(results: Results, reasons: Partial<Record<MetricKey, string>>): string {
  const rows = METRIC_KEYS.map((key) => {
    const value = results.metrics[key];
    const target = TARGETS[key];
    const met = value === null ? null : target.met(results.metrics, value);
    return [key, value === null ? '—' : String(value), target.text, value === null ? 'skipped' : met === null ? '' : met ? 'yes' : 'NO', reasons[key] ?? ''];
  });
  const head = ['metric', 'value', 'target', 'met', 'note'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (i === 4 ? 0 : r[i]!.length))));
  const line = (cells: string[]) => cells.map((c, i) => (i === 4 ? c : c.padEnd(widths[i]!))).join('  ').trimEnd();
  return [`Hearth benchmark, ${results.entries} entries`, line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
