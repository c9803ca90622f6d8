import type { LoadedRegistry } from "@handshake/sap-core";
import type { EngineOptions } from "./engine.js";
import { Engine } from "./engine.js";
import { LineSplitter, splitStream } from "./input/lines.js";
import type { EvaluationResult } from "./types.js";

/** Options of a streaming evaluation. */
export interface StreamOptions extends EngineOptions {
  /** Called every `progressEvery` lines with the lines read so far. */
  readonly onProgress?: (lines: number) => void;
  readonly progressEvery?: number;
}

/**
 * Evaluates a JSON Lines stream (a file or stdin) line by line, without
 * holding the log in memory.
 */
export async function evaluateStream(
  registry: LoadedRegistry,
  stream: AsyncIterable<string | Uint8Array>,
  options: StreamOptions,
): Promise<EvaluationResult> {
  const engine = new Engine(registry, options);
  const every = options.progressEvery ?? 100_000;
  const onProgress = options.onProgress;
  const splitter = new LineSplitter(registry.meta.limits.max_line_bytes, {
    line(text, n) {
      engine.line(text, n);
      if (onProgress !== undefined && n % every === 0) onProgress(n);
    },
    tooLong(n, bytes) {
      engine.lineTooLong(n, bytes);
    },
  });
  await splitStream(stream, splitter);
  return engine.finish();
}

/** Evaluates JSON Lines text held in memory. */
export function evaluateText(
  registry: LoadedRegistry,
  text: string,
  options: EngineOptions,
): EvaluationResult {
  const engine = new Engine(registry, options);
  const splitter = new LineSplitter(registry.meta.limits.max_line_bytes, {
    line: (t, n) => engine.line(t, n),
    tooLong: (n, bytes) => engine.lineTooLong(n, bytes),
  });
  splitter.push(text);
  splitter.end();
  return engine.finish();
}

/** Evaluates parsed events (for example an entry's examples), numbered from line 1. */
export function evaluateEvents(
  registry: LoadedRegistry,
  events: readonly unknown[],
  options: EngineOptions,
): EvaluationResult {
  const engine = new Engine(registry, options);
  events.forEach((event, i) => {
    engine.event(event, i + 1);
  });
  return engine.finish();
}
