/** Receives the lines of a JSON Lines stream, numbered from 1. */
export interface LineHandler {
  /** A complete line without its terminator (`\n` or `\r\n`). Blank lines are passed too. */
  line(text: string, lineNumber: number): void;
  /** A line longer than the byte limit: its text is dropped, never buffered whole. */
  tooLong(lineNumber: number, bytes: number): void;
}

function utf8Length(text: string): number {
  return Buffer.byteLength(text, "utf8");
}

/**
 * Splits a stream of text chunks into numbered lines, streaming: memory is
 * bounded by `maxLineBytes`, not by the input. A line over the limit is
 * reported through `tooLong` and skipped up to its terminator.
 */
export class LineSplitter {
  readonly #maxLineBytes: number;
  readonly #handler: LineHandler;
  #pending = "";
  #pendingBytes = 0;
  #skipping = false;
  #lineNumber = 0;
  #first = true;

  constructor(maxLineBytes: number, handler: LineHandler) {
    this.#maxLineBytes = maxLineBytes;
    this.#handler = handler;
  }

  /** Lines delivered so far (including blank and over-long ones). */
  get lines(): number {
    return this.#lineNumber;
  }

  push(chunk: string): void {
    if (this.#first && chunk.length > 0) {
      this.#first = false;
      if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
    }
    let start = 0;
    for (;;) {
      const nl = chunk.indexOf("\n", start);
      if (nl < 0) break;
      this.#complete(chunk.slice(start, nl));
      start = nl + 1;
    }
    if (start < chunk.length) this.#append(start === 0 ? chunk : chunk.slice(start));
  }

  /** Flushes a last line that has no terminator. */
  end(): void {
    if (this.#pending.length > 0 || this.#skipping) this.#complete("");
  }

  #append(rest: string): void {
    if (this.#skipping) {
      this.#pendingBytes += utf8Length(rest);
      return;
    }
    this.#pending += rest;
    // A string of n UTF-16 units has at least n and at most 3n UTF-8 bytes.
    if (this.#pending.length * 3 > this.#maxLineBytes) {
      const bytes = utf8Length(this.#pending);
      if (bytes > this.#maxLineBytes) {
        this.#skipping = true;
        this.#pending = "";
        this.#pendingBytes = bytes;
      }
    }
  }

  #complete(tail: string): void {
    this.#lineNumber++;
    if (this.#skipping) {
      const bytes = this.#pendingBytes + utf8Length(tail);
      this.#skipping = false;
      this.#pendingBytes = 0;
      this.#handler.tooLong(this.#lineNumber, bytes);
      return;
    }
    let text = this.#pending.length > 0 ? this.#pending + tail : tail;
    this.#pending = "";
    if (text.length > 0 && text.charCodeAt(text.length - 1) === 13) text = text.slice(0, -1);
    if (text.length * 3 > this.#maxLineBytes) {
      const bytes = utf8Length(text);
      if (bytes > this.#maxLineBytes) {
        this.#handler.tooLong(this.#lineNumber, bytes);
        return;
      }
    }
    this.#handler.line(text, this.#lineNumber);
  }
}

/** Feeds an async stream of chunks (a file or stdin with utf8 encoding) through a splitter. */
export async function splitStream(
  stream: AsyncIterable<string | Uint8Array>,
  splitter: LineSplitter,
): Promise<void> {
  const decoder = new TextDecoder("utf-8");
  for await (const chunk of stream) {
    splitter.push(typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true }));
  }
  const rest = decoder.decode();
  if (rest.length > 0) splitter.push(rest);
  splitter.end();
}

/** A line of spaces, tabs and carriage returns only (skipped, not an event). */
export function isBlankLine(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return true;
}
