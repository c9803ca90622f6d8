import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import type { Command } from "../command.js";
import { ExitCode } from "../command.js";

const usage = `Usage: sap new SLUG [--category ID] [--severity ID] [--registry DIR]

Creates registry/anti-patterns/SAP-NNN.yaml with the next free id (one above the
highest live or retired id; retired ids are never reused) and every field to fill.
The new file deliberately fails \`sap validate\` until its TODO fields, trigger
and examples are written, so an unfinished entry can never ship.

Options:
  --category ID   category id from registry.yaml (default: TODO)
  --severity ID   severity id from registry.yaml (default: medium)
  --registry DIR  registry directory (default: ./registry)
  -h, --help      show this help

Exit codes: 0 created, 2 bad usage (invalid slug, missing registry).
`;

const slugPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const idPattern = /SAP-(\d{3})/g;

/** Highest SAP number among live entry files and retired.yaml; 0 when there are none. */
export function highestUsedId(registryDir: string): number {
  const numbers: number[] = [];
  const entriesDir = join(registryDir, "anti-patterns");
  if (existsSync(entriesDir)) {
    for (const name of readdirSync(entriesDir)) {
      const match = /^SAP-(\d{3})\.yaml$/.exec(name);
      if (match?.[1]) numbers.push(Number(match[1]));
    }
  }
  const retired = join(registryDir, "retired.yaml");
  if (existsSync(retired)) {
    for (const match of readFileSync(retired, "utf8").matchAll(idPattern)) {
      if (match[1]) numbers.push(Number(match[1]));
    }
  }
  return numbers.length === 0 ? 0 : Math.max(...numbers);
}

export function formatId(n: number): string {
  return `SAP-${String(n).padStart(3, "0")}`;
}

function template(id: string, slug: string, category: string, severity: string): string {
  return `# yaml-language-server: $schema=../schema/anti-pattern.schema.json
# Created by \`sap new\`. Fill in every TODO, then run \`pnpm sap validate\`.
# Field reference: README.md, "Writing an anti-pattern"; model entry: SAP-001.yaml.
id: ${id}
slug: ${slug}
title: TODO a short title
summary: >-
  TODO one or two sentences: what happens and why it is harmful.
description: |
  TODO the pattern, how it arises, what legitimate work looks like beside it,
  and how the trigger tells them apart.
category: ${category}
tags: []
severity: ${severity}
status: experimental # audit-only until promoted to stable
detection:
  - source: TODO
    events: []
trigger:
  on: []
  condition: "false"
params: {}
enforcement:
  tiers:
    - outcome: TODO
      from: 1
      action: TODO what the runtime does, precisely.
evidence:
  source_events: []
references:
  rules: []
examples:
  trigger: []
  no_trigger: []
`;
}

export const newCommand: Command = {
  name: "new",
  summary: "Scaffold a new anti-pattern file with the next free id.",
  usage,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args: [...args],
      options: {
        category: { type: "string", default: "TODO" },
        severity: { type: "string", default: "medium" },
        registry: { type: "string", default: "registry" },
      },
      allowPositionals: true,
      strict: true,
    });
    const [slug, ...extra] = positionals;
    if (!slug || extra.length > 0 || !slugPattern.test(slug)) {
      io.stderr.write(
        `sap new: give one kebab-case SLUG (for example spawn-retry-loop)\n\n${usage}`,
      );
      return ExitCode.usage;
    }
    const registryDir = resolve(io.cwd, values.registry);
    const entriesDir = join(registryDir, "anti-patterns");
    if (!existsSync(entriesDir)) {
      io.stderr.write(
        `sap new: ${relative(io.cwd, entriesDir) || entriesDir} does not exist; pass --registry DIR\n`,
      );
      return ExitCode.usage;
    }
    const id = formatId(highestUsedId(registryDir) + 1);
    const file = join(entriesDir, `${id}.yaml`);
    // "wx" refuses to overwrite: a file that appeared meanwhile is never clobbered.
    writeFileSync(file, template(id, slug, values.category, values.severity), { flag: "wx" });
    io.stdout.write(
      `created ${relative(io.cwd, file)} (${id}); fill in the TODOs, then run sap validate\n`,
    );
    return ExitCode.ok;
  },
};
