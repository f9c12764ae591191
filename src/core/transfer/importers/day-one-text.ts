/**
 * Day One's `text` is Markdown it wrote itself: formatting the person chose stays Markdown (`**bold**`, `- item`,
 * `# Title`), and punctuation they typed is backslash-escaped so it cannot be read as formatting (`3\.5`, `\(yes\!\)`,
 * `\- not a list`). Photos sit in the text as `![](dayone-moment://<identifier>)`. Hearth shows text as written, so the
 * escapes come out, the formatting stays as the person typed it, and the photo references leave the text (the
 * photos themselves are attached to the entry).
 */

/** Any reference to a Day One attachment (photo, video, audio, PDF), with the spaces before it on its line. */
const MOMENT = /[ \t]*!?\[[^\]\n]*\]\(dayone-moment:[^)\n]*\)/g;
const PHOTO_ID = /dayone-moment:\/\/([A-Za-z0-9-]+)/g;
/** The characters a backslash may escape in Markdown (CommonMark: all ASCII punctuation). */
const ESCAPABLE = /[!-/:-@[-`{-~]/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** Longer than a title can be (journal-entry.ts): such a first line stays in the text. */
const TITLE_MAX = 200;

/** The photo identifiers the text refers to, in the order it shows them. */
export function momentIds(text: string): string[] {
  return [...new Set([...text.matchAll(PHOTO_ID)].map((m) => m[1]!))];
}

/** An entry's title and body as the person wrote them: the first line is the title when it is a heading or short. */
export function dayOneTitleAndBody(text: string): { title: string; body: string } {
  const lines = text.replace(MOMENT, '').replace(/\r\n?/g, '\n').split('\n');
  const first = lines.findIndex((l) => l.trim());
  if (first < 0) return { title: '', body: '' };
  const heading = /^ {0,3}#{1,6}(?:[ \t]+|$)/.exec(lines[first]!);
  const tidy = (s: string) => unescapeMarkdown(s).replace(/\n{3,}/g, '\n\n').trim();
  if (!heading && lines[first]!.length > TITLE_MAX) return { title: '', body: tidy(lines.slice(first).join('\n')) };
  return { title: unescapeMarkdown(lines[first]!.slice(heading?.[0].length ?? 0)).trim(), body: tidy(lines.slice(first + 1).join('\n')) };
}

/** Remove Markdown's backslash escapes, leaving code (spans and fenced blocks, where a backslash is itself) as it is. */
export function unescapeMarkdown(text: string): string {
  let fence: string | null = null;
  return text
    .split('\n')
    .map((line, i, all) => {
      const marker = FENCE.exec(line)?.[1];
      if (fence) {
        if (marker && marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker) fence = null;
        return line;
      }
      if (marker) {
        fence = marker;
        return line;
      }
      return unescapeLine(line, i < all.length - 1);
    })
    .join('\n');
}

function unescapeLine(line: string, breaks: boolean): string {
  let out = '';
  for (let i = 0; i < line.length; ) {
    const c = line[i]!;
    if (c === '\\' && i + 1 < line.length && ESCAPABLE.test(line[i + 1]!)) {
      out += line[i + 1];
      i += 2;
    } else if (c === '\\' && i + 1 === line.length && breaks) {
      i += 1; // a backslash ending a line is Markdown's line break: the line break itself is the text
    } else if (c === '`') {
      const run = /^`+/.exec(line.slice(i))![0];
      const close = closingRun(line, i + run.length, run.length);
      const end = close < 0 ? i + run.length : close + run.length;
      out += line.slice(i, end);
      i = end;
    } else {
      out += c;
      i += 1;
    }
  }
  return out;
}

/** Where a code span opened by `length` backticks closes on this line (a run of exactly as many), or -1. */
function closingRun(line: string, from: number, length: number): number {
  for (const m of line.slice(from).matchAll(/`+/g)) if (m[0].length === length) return from + m.index;
  return -1;
}
