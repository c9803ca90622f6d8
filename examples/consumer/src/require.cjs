// Node 20.19+ loads the ESM-only package from require().
const registry = require("@handshake/session-anti-patterns");
const json = require("@handshake/session-anti-patterns/registry.json");
if (registry.registryVersion !== json.version) throw new Error("version mismatch");
console.log(`require: ${registry.antiPatternIds.length} ids, ${json.content_hash}`);
const docs = require("@handshake/session-anti-patterns-docs");
const full = docs.withProse(json, require("@handshake/session-anti-patterns-docs/prose.json"));
const described = full.anti_patterns.filter(
  (e) => typeof e.description === "string" && e.description !== "",
);
console.log(`require: prose joined, ${described.length} entries with descriptions`);
