// Offline changelog generator for `changeset version` (no network, no GitHub
// API). Release lines are the changeset summaries with the short hash of the
// commit that added them (read from the local git history by changesets). For
// the registry package it adds the anti-pattern changes by id: `sap diff`
// between the last release snapshot and the working registry, which is exactly
// what this release ships. It also refuses to version an under-versioned
// registry: `sap diff --against-changesets` must pass first.
//
// Needs the CLI built (`pnpm build`); the root `version` script builds first.
"use strict";

const { execFileSync } = require("node:child_process");
const { existsSync } = require("node:fs");
const path = require("node:path");

const ROOT = path.resolve(__dirname, "..");
// SAP_CLI: another build of the CLI (the tests version throwaway repositories).
// biome-ignore lint/suspicious/noUndeclaredEnvVars: a test-only override, not an input of any turbo task
const CLI = process.env.SAP_CLI || path.join(ROOT, "packages", "cli", "dist", "bin.js");

/** @type {{ chosen: string | undefined, section: string } | undefined} */
let registryNotes;

function sap(args) {
  if (!existsSync(CLI)) {
    throw new Error(
      `changelog: ${CLI} is missing; run \`pnpm build\` before \`changeset version\``,
    );
  }
  try {
    return execFileSync(process.execPath, [CLI, ...args, "--root", ROOT], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
  } catch (error) {
    const out = `${error.stdout ?? ""}${error.stderr ?? ""}`;
    throw new Error(`changelog: \`sap ${args.join(" ")}\` failed; nothing was versioned.\n${out}`);
  }
}

/**
 * Computed once per `changeset version`: the by-id section, and the changeset it
 * is attached to (the first, by id, that releases only the registry package; else
 * the first that releases it).
 */
function notesFor(registryPackage) {
  if (registryNotes) return registryNotes;
  const report = JSON.parse(sap(["diff", "--against-changesets", "--json"]));
  const named = report.changesets.filter((c) => c.type !== "none").map((c) => c.id);
  const only = report.registry_only ?? [];
  const chosen = named.find((id) => only.includes(id)) ?? named[0];
  const section = sap(["diff", "--format", "markdown"]).trim();
  registryNotes = { chosen, section, registryPackage };
  return registryNotes;
}

function indent(text, by) {
  return text
    .split("\n")
    .map((l) => (l ? `${by}${l}` : l))
    .join("\n");
}

async function getReleaseLine(changeset, _type, options) {
  const registryPackage = options?.registryPackage || "@handshake/session-anti-patterns";
  const [first = "", ...rest] = changeset.summary.split("\n").map((l) => l.trimEnd());
  const hash = changeset.commit ? `${changeset.commit.slice(0, 7)}: ` : "";
  let line = `- ${hash}${first}`;
  if (rest.join("").trim()) line += `\n${indent(rest.join("\n"), "  ")}`;
  if (changeset.releases.some((r) => r.name === registryPackage && r.type !== "none")) {
    const notes = notesFor(registryPackage);
    if (notes.chosen === changeset.id && notes.section)
      line += `\n\n${indent(notes.section, "  ")}`;
  }
  return line;
}

async function getDependencyReleaseLine(_changesets, dependenciesUpdated) {
  if (dependenciesUpdated.length === 0) return "";
  const lines = dependenciesUpdated.map((d) => `  - ${d.name}@${d.newVersion}`);
  return ["- Updated dependencies:", ...lines].join("\n");
}

module.exports = { getReleaseLine, getDependencyReleaseLine };
