import type { Document, Node, Pair } from "yaml";
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit } from "yaml";
import { errorMessage } from "../error-message.js";

/** A path into a YAML document: map keys and sequence indexes. */
export type DataPath = readonly (string | number)[];

/** 1-based line and column. */
export interface Position {
  line: number;
  column: number;
}

/** A YAML syntax problem, with its position. */
export interface YamlProblem extends Position {
  /** The yaml library's error code, for example DUPLICATE_KEY. */
  kind: string;
  message: string;
}

/** Where to point in a map entry: at its key (unknown fields) or its value. */
export type Anchor = "key" | "value";

/**
 * One parsed YAML file: its data and the source positions of every node,
 * so each problem can point at the offending key or value.
 */
export class SourceFile {
  readonly file: string;
  readonly text: string;
  readonly problems: YamlProblem[];
  readonly data: unknown;
  readonly #doc: Document.Parsed;
  readonly #lines: LineCounter;

  constructor(file: string, text: string) {
    this.file = file;
    this.text = text;
    this.#lines = new LineCounter();
    this.#doc = parseDocument(text, {
      lineCounter: this.#lines,
      prettyErrors: false,
      uniqueKeys: true,
    });
    this.problems = this.#doc.errors.map((error) => ({
      kind: error.code,
      message: firstLine(error.message),
      ...this.positionOfOffset(error.pos[0]),
    }));
    this.data = undefined;
    if (this.problems.length === 0) {
      const converted = toJs(this.#doc);
      if ("error" in converted) {
        this.problems.push({
          kind: "YAML_TO_JS",
          message: converted.error,
          ...this.#aliasPosition(),
        });
      } else {
        this.data = converted.data;
      }
    }
  }

  /** Where the first alias is (the usual cause of a failed conversion), else the document start. */
  #aliasPosition(): Position {
    let offset: number | undefined;
    visit(this.#doc, {
      Alias(_key, node) {
        offset = node.range?.[0];
        return visit.BREAK;
      },
    });
    return this.positionOfOffset(offset ?? this.#doc.contents?.range?.[0] ?? 0);
  }

  /** Line and column of a character offset in the text. */
  positionOfOffset(offset: number): Position {
    const { line, col } = this.#lines.linePos(Math.max(0, Math.min(offset, this.text.length)));
    return { line, column: col };
  }

  /**
   * Position of the node at `path`, or of its deepest existing ancestor when the
   * path does not exist (a missing field points at the map that lacks it).
   */
  position(path: DataPath, anchor: Anchor = "value"): Position {
    const found = this.#find(path);
    const target =
      anchor === "key" && found.pair && isScalar(found.pair.key) ? found.pair.key : found.node;
    const offset = target?.range?.[0] ?? this.#doc.contents?.range?.[0] ?? 0;
    return this.positionOfOffset(offset);
  }

  /** The scalar node at `path` when it exists, for mapping offsets inside a string. */
  scalarAt(path: DataPath): { start: number; text: string; style: string } | undefined {
    const { node, complete } = this.#find(path);
    if (!complete || !isScalar(node) || !node.range) return undefined;
    return {
      start: node.range[0],
      text: this.text.slice(node.range[0], node.range[1]),
      style: String(node.type),
    };
  }

  #find(path: DataPath): { node: Node | undefined; pair: Pair | undefined; complete: boolean } {
    let node = this.#doc.contents as Node | null | undefined;
    let pair: Pair | undefined;
    for (const segment of path) {
      const next = child(node, segment);
      if (!next) return { node: node ?? undefined, pair, complete: false };
      node = next.node;
      pair = next.pair;
    }
    return { node: node ?? undefined, pair, complete: true };
  }
}

function child(
  node: Node | null | undefined,
  segment: string | number,
): { node: Node; pair: Pair | undefined } | undefined {
  if (isMap(node)) {
    const pair = node.items.find(
      (item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment),
    );
    if (!pair) return undefined;
    const value = pair.value as Node | null;
    return { node: value ?? (pair.key as Node), pair };
  }
  if (isSeq(node) && typeof segment === "number") {
    const item = node.items[segment] as Node | undefined;
    return item ? { node: item, pair: undefined } : undefined;
  }
  return undefined;
}

/** The document as plain data; unresolved or excessive aliases become an error message, not a throw. */
function toJs(doc: Document.Parsed): { data: unknown } | { error: string } {
  try {
    return { data: doc.toJS({ maxAliasCount: 100 }) };
  } catch (error) {
    return { error: firstLine(errorMessage(error)) };
  }
}

function firstLine(message: string): string {
  return (message.split("\n")[0] ?? message).trim();
}
