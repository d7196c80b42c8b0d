// ts_headline marks the matched words with two control characters that are removed from every
// document when it is indexed, so they can only come from ts_headline; the marked text is then
// handed on as plain segments and never as HTML.

/** Put before a matched word by ts_headline (START OF HEADING). */
export const MARK_START = '\u0001';
/** Put after a matched word by ts_headline (START OF TEXT). */
export const MARK_STOP = '\u0002';

/** A piece of a snippet: plain text, marked when it matched the query. */
export interface SnippetSegment {
  text: string;
  mark: boolean;
}

/** Control characters other than tab and line breaks, which plain text never needs. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** `text` without control characters (among them the two markers). */
export function withoutControlCharacters(text: string): string {
  return text.replace(CONTROL, '');
}

/**
 * Splits ts_headline's output into segments. Adjacent marked words become one segment, runs of
 * white space one space; a marker without its partner marks to the end of its run.
 */
export function snippetSegments(headline: string): SnippetSegment[] {
  const segments: SnippetSegment[] = [];
  let mark = false;
  let text = '';
  const flush = () => {
    if (text === '') return;
    const last = segments[segments.length - 1];
    if (last && last.mark === mark) last.text += text;
    else segments.push({ text, mark });
    text = '';
  };
  for (const char of headline.replace(/\s+/g, ' ').trim()) {
    if (char === MARK_START || char === MARK_STOP) {
      flush();
      mark = char === MARK_START;
    } else {
      text += char;
    }
  }
  flush();
  return mergeMarkedAcrossSpaces(segments);
}

/** `a` `␠` `b` with both words marked reads as one marked phrase. */
function mergeMarkedAcrossSpaces(segments: SnippetSegment[]): SnippetSegment[] {
  const out: SnippetSegment[] = [];
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!;
    const previous = out[out.length - 1];
    const next = segments[i + 1];
    if (!segment.mark && segment.text === ' ' && previous?.mark && next?.mark) {
      previous.text += ` ${next.text}`;
      i += 1;
      continue;
    }
    out.push({ ...segment });
  }
  return out;
}
