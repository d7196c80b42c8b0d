/**
 * Finds where a JSON text stops being JSON. `JSON.parse` says so only in an English message whose
 * form differs between Node versions, and not always with a position; this scanner follows the
 * JSON grammar (RFC 8259) and reports the first offending character.
 */

/** Where the text stops being JSON: offset, line and column (1-based), and the character there. */
export interface JsonErrorLocation {
  offset: number;
  line: number;
  column: number;
  /** The offending character, or null when the text ends too early. */
  found: string | null;
}

// Thrown from deep inside the scanner to stop at the first offending character.
class Stop extends Error {
  constructor(readonly offset: number) {
    super(`not JSON at offset ${offset}`);
  }
}

/** The first position where `text` is not valid JSON, or undefined when it is valid. */
export function locateJsonError(text: string): JsonErrorLocation | undefined {
  let i = 0;

  const fail = (): never => {
    throw new Stop(i);
  };
  const ws = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const expect = (word: string): void => {
    for (const ch of word) {
      if (text[i] !== ch) fail();
      i++;
    }
  };
  const digits = (): void => {
    if (!isDigit(text[i])) fail();
    while (isDigit(text[i])) i++;
  };
  const number = (): void => {
    if (text[i] === '-') i++;
    if (text[i] === '0') i++;
    else digits();
    if (text[i] === '.') {
      i++;
      digits();
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i++;
      if (text[i] === '+' || text[i] === '-') i++;
      digits();
    }
  };
  const string = (): void => {
    i++; // opening quote
    for (;;) {
      if (i >= text.length) fail();
      const ch = text.charCodeAt(i);
      if (ch === 0x22) {
        i++;
        return;
      }
      if (ch < 0x20) fail();
      if (ch === 0x5c) {
        i++;
        const esc = text[i];
        if (esc === 'u') {
          i++;
          for (let k = 0; k < 4; k++) {
            if (!/^[0-9a-fA-F]$/.test(text[i] ?? '')) fail();
            i++;
          }
        } else if (esc !== undefined && '"\\/bfnrt'.includes(esc)) {
          i++;
        } else {
          fail();
        }
      } else {
        i++;
      }
    }
  };
  // Iterative, with an explicit stack of open containers, so that deep nesting cannot exhaust
  // the call stack.
  const scalar = (): void => {
    const ch = text[i];
    if (ch === '"') string();
    else if (ch === 't') expect('true');
    else if (ch === 'f') expect('false');
    else if (ch === 'n') expect('null');
    else if (ch === '-' || isDigit(ch)) number();
    else fail();
  };
  const key = (): void => {
    ws();
    if (text[i] !== '"') fail();
    string();
    ws();
    expect(':');
  };
  const document = (): void => {
    const open: ('{' | '[')[] = [];
    for (;;) {
      // A value is expected here.
      ws();
      const ch = text[i];
      let closed = true;
      if (ch === '{' || ch === '[') {
        i++;
        ws();
        if (text[i] === (ch === '{' ? '}' : ']')) i++;
        else {
          open.push(ch);
          if (ch === '{') key();
          closed = false;
        }
      } else {
        scalar();
      }
      if (!closed) continue;
      // After a complete value: a separator, the end of containers, or the end of the text.
      for (;;) {
        ws();
        const top = open[open.length - 1];
        if (top === undefined) return;
        if (text[i] === ',') {
          i++;
          if (top === '{') key();
          break;
        }
        if (text[i] === (top === '{' ? '}' : ']')) {
          i++;
          open.pop();
          continue;
        }
        fail();
      }
    }
  };

  try {
    document();
    ws();
    if (i < text.length) fail();
    return undefined;
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
    return locate(text, e.offset);
  }
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

function locate(text: string, offset: number): JsonErrorLocation {
  let line = 1;
  let lineStart = 0;
  for (let k = 0; k < offset && k < text.length; k++) {
    if (text[k] === '\n') {
      line++;
      lineStart = k + 1;
    }
  }
  return {
    offset,
    line,
    column: offset - lineStart + 1,
    found: offset < text.length ? String.fromCodePoint(text.codePointAt(offset)!) : null,
  };
}
