import type { Face } from './fonts';

/** A4 in points, with margins that leave room for the page number. */
export const PAGE = { width: 595.28, height: 841.89 };
export const MARGIN = { left: 66, right: 66, top: 64, bottom: 78 };
export const WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
export const BOTTOM = PAGE.height - MARGIN.bottom;
export const GUTTER = 22;

export const INK = '#2a2420';
export const MUTED = '#6b5f55';
export const ACCENT = '#a8492a';
export const RULE = '#ddd3c7';
export const GRID = '#ebe4db';
export const BAND = '#f6efe8';
export const SERIES = ['#a8492a', '#3d6f8e', '#8a8f3d'];

export interface Style {
  face: Face;
  size: number;
  color: string;
  /** Line height as a multiple of the size. */
  leading: number;
  spacing?: number;
}

export const S = {
  title: { face: 'sansBold', size: 26, color: INK, leading: 1.25 },
  subtitle: { face: 'sans', size: 12, color: MUTED, leading: 1.6 },
  small: { face: 'sans', size: 9.5, color: MUTED, leading: 1.5 },
  section: { face: 'sansBold', size: 19, color: ACCENT, leading: 1.3 },
  kind: { face: 'sansBold', size: 8.5, color: ACCENT, leading: 1.5, spacing: 0.6 },
  itemTitle: { face: 'sansBold', size: 15, color: INK, leading: 1.3 },
  byline: { face: 'sans', size: 9.5, color: MUTED, leading: 1.5 },
  heading: { face: 'sansBold', size: 11, color: INK, leading: 1.4 },
  label: { face: 'sansBold', size: 9, color: MUTED, leading: 1.45 },
  body: { face: 'serif', size: 11, color: INK, leading: 1.5 },
  cell: { face: 'serif', size: 10.5, color: INK, leading: 1.45 },
  empty: { face: 'serifItalic', size: 10, color: MUTED, leading: 1.45 },
  note: { face: 'serifItalic', size: 10, color: MUTED, leading: 1.45 },
  contents: { face: 'sans', size: 10.5, color: INK, leading: 1.75 },
  contentsSection: { face: 'sansBold', size: 10.5, color: INK, leading: 1.9 },
  axis: { face: 'sans', size: 7.5, color: MUTED, leading: 1.2 },
  footer: { face: 'sans', size: 8.5, color: MUTED, leading: 1.2 },
} satisfies Record<string, Style>;
