import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import {
  CATEGORY_TO_KERNEL,
  canonicalRegistry,
  contentHash,
  DETECTION_SOURCE_TO_KERNEL,
  HandshakeKernelExportError,
  handshakeKernelJson,
  handshakeKernelProblems,
  KERNEL_COVERAGE,
  KERNEL_DETECTION_SOURCE_KINDS,
  KERNEL_DOMAINS,
  KERNEL_POLICY_OUTCOMES,
  type KernelRegistry,
  kernelEntryId,
  kernelFlightRecorderRef,
  kernelVersion,
  type LoadedEntry,
  type LoadedRegistry,
  loadRegistry,
  OUTCOME_TO_KERNEL,
  PROSE_MARKER,
  registryFromCanonical,
  splitProse,
  toHandshakeKernelRegistry,
  triggerText,
} from "../src/index.js";

const root = join(import.meta.dirname, "..", "..", "..");
const schemaPath = join(
  import.meta.dirname,
  "..",
  "schemas",
  "handshake-kernel-session-anti-pattern-registry-v1.schema.json",
);
const schema = JSON.parse(readFileSync(schemaPath, "utf8")) as Record<string, unknown> & {
  $defs: Record<string, { properties?: Record<string, unknown>; required?: string[] }>;
};
const ajv = new Ajv2020({ allErrors: true, strict: true });
const validate = ajv.compile(schema);
/** The type alone, without the validator's rules: what serde_json would deserialize. */
const validateType = ajv.compile({
  $ref: `${schema.$id as string}#/$defs/SessionAntiPatternRegistryV1`,
});

const loaded = loadRegistry(join(root, "registry")).registry as LoadedRegistry;
const version = "0.1.0";
const exported = toHandshakeKernelRegistry(loaded, { version });

function copy(): KernelRegistry {
  return structuredClone(exported);
}

function withEntries(mutate: (entry: LoadedEntry) => LoadedEntry): LoadedRegistry {
  return { ...loaded, entries: loaded.entries.map((e) => mutate(structuredClone(e))) };
}

describe("the schema", () => {
  it("names the Rust file and the runtime commit it was derived from", () => {
    expect(schema.$comment).toContain(
      "src/backend/handshake_core/src/kernel/session_anti_pattern_registry.rs",
    );
    expect(schema.$comment).toContain("6519f4e2");
  });

  it("states every Rust field as required (no Option, no serde default) with serde's enum names", () => {
    const d = schema.$defs;
    expect(d.SessionAntiPatternRegistryV1?.required).toEqual([
      "schema_id",
      "registry_id",
      "version",
      "folded_stub_ids",
      "entries",
      "product_authority_refs",
      "folded_source_refs",
    ]);
    expect(d.SessionAntiPatternEntryV1?.required).toEqual([
      "entry_id",
      "title",
      "domain",
      "severity",
      "trigger_condition",
      "detections",
      "policy_outcome",
      "coverage_tags",
      "required_flight_recorder_refs",
    ]);
    expect(d.SessionAntiPatternDetectionV1?.required).toEqual([
      "source_id",
      "source_kind",
      "signal_ref",
      "deterministic",
    ]);
    expect((d.SessionAntiPatternDomain as { enum: string[] }).enum).toEqual([...KERNEL_DOMAINS]);
    expect((d.DetectionSourceKind as { enum: string[] }).enum).toEqual([
      ...KERNEL_DETECTION_SOURCE_KINDS,
    ]);
    expect((d.PolicyOutcome as { enum: string[] }).enum).toEqual([...KERNEL_POLICY_OUTCOMES]);
    expect((d.SessionAntiPatternCoverage as { enum: string[] }).enum).toEqual([...KERNEL_COVERAGE]);
  });
});

describe("the export of the real registry", () => {
  it("validates against the schema and breaks no rule of the runtime's validator", () => {
    expect(validate(exported) ? [] : validate.errors).toEqual([]);
    expect(handshakeKernelProblems(exported)).toEqual([]);
  });

  it("writes only the fields the Rust types have (serde would silently drop any other)", () => {
    const d = schema.$defs;
    const keys = (name: string) => Object.keys(d[name]?.properties ?? {}).sort();
    expect(Object.keys(exported).sort()).toEqual(keys("SessionAntiPatternRegistryV1"));
    for (const entry of exported.entries) {
      expect(Object.keys(entry).sort()).toEqual(keys("SessionAntiPatternEntryV1"));
      for (const detection of entry.detections)
        expect(Object.keys(detection).sort()).toEqual(keys("SessionAntiPatternDetectionV1"));
    }
  });

  it("has one entry per live entry, keyed by the id, with its first tier's outcome", () => {
    expect(exported.entries.map((e) => e.entry_id)).toEqual(
      loaded.entries.map((e) => kernelEntryId(e.id)),
    );
    for (const entry of loaded.entries) {
      const out = exported.entries.find((e) => e.entry_id === kernelEntryId(entry.id));
      expect(out?.title).toBe(entry.title);
      expect(out?.severity).toBe(entry.severity.toUpperCase());
      expect(out?.policy_outcome).toBe(
        OUTCOME_TO_KERNEL[entry.enforcement.tiers[0]?.outcome ?? ""],
      );
      expect(out?.domain).toBe(CATEGORY_TO_KERNEL[entry.category]?.domain);
      expect(out?.coverage_tags).toEqual([CATEGORY_TO_KERNEL[entry.category]?.coverage]);
      expect(out?.detections.map((d) => d.source_kind).sort()).toEqual(
        [...new Set(entry.detection.map((d) => DETECTION_SOURCE_TO_KERNEL[d.source]))].sort(),
      );
      expect(out?.trigger_condition).toContain(`on ${entry.trigger.on.join(", ")}`);
    }
  });

  it("cites, per entry, the flight recorder ref of every event its trigger and evidence use", () => {
    for (const entry of loaded.entries) {
      const used = new Set([
        ...entry.trigger.on,
        ...(entry.trigger.window?.steps ?? []).flatMap((s) => s.on),
        ...entry.evidence.source_events.flatMap((s) => [s.event_type, ...(s.or_event_types ?? [])]),
      ]);
      const refs = [...used].map((type) => {
        const event = loaded.events.get(type);
        if (!event) throw new Error(`${type} not in the catalog`);
        return kernelFlightRecorderRef(event);
      });
      const out = exported.entries.find((e) => e.entry_id === kernelEntryId(entry.id));
      expect(out?.required_flight_recorder_refs).toEqual([...new Set(refs)].sort());
    }
  });

  it("is deterministic: canonical JSON, sorted, with a trailing newline", () => {
    const a = handshakeKernelJson(toHandshakeKernelRegistry(loaded, { version }));
    const b = handshakeKernelJson(toHandshakeKernelRegistry(loaded, { version }));
    expect(a).toBe(b);
    expect(a.endsWith("}\n")).toBe(true);
    const ids = exported.entries.map((e) => e.entry_id);
    expect(ids).toEqual([...ids].sort());
    for (const e of exported.entries) {
      expect(e.required_flight_recorder_refs).toEqual([...e.required_flight_recorder_refs].sort());
      const sources = e.detections.map((d) => d.source_id);
      expect(sources).toEqual([...sources].sort());
    }
  });

  it("is the same from a machine registry.json without prose (a consumer's project has no YAML)", () => {
    // Built the way codegen writes the registry package's registry.json (which may lag the YAML mid-change).
    const canonical = canonicalRegistry(loaded);
    const machine = {
      ...splitProse(canonical).machine,
      content_hash: contentHash(canonical),
      [PROSE_MARKER]: "docs/prose.json",
    };
    const fromMachine = registryFromCanonical(machine as never, "registry.json");
    expect(fromMachine.machineOnly).toBeDefined();
    expect(handshakeKernelJson(toHandshakeKernelRegistry(fromMachine, { version }))).toBe(
      handshakeKernelJson(exported),
    );
  });

  it("writes a per-event-type expression map as text and cites runtime and proposed events side by side", () => {
    const base = loaded.entries.find((e) => e.id === "SAP-001");
    if (!base) throw new Error("no SAP-001");
    const entry: LoadedEntry = {
      ...structuredClone(base),
      trigger: {
        on: ["session.spawn_accepted", "model.call_started"],
        condition: { "session.spawn_accepted": "true", "model.call_started": "false" },
      },
      detection: [
        { source: "scheduler_check", events: ["session.spawn_accepted", "model.call_started"] },
      ],
    };
    const text = triggerText(entry);
    expect(text).toContain(
      "on session.spawn_accepted, model.call_started; condition {model.call_started: false, session.spawn_accepted: true}",
    );
    const out = toHandshakeKernelRegistry(
      withEntries((e) => (e.id === "SAP-001" ? entry : e)),
      { version },
    ).entries.find((e) => e.entry_id === "sap.sap-001");
    const model = loaded.events.get("model.call_started");
    expect(model?.origin).toBe("proposed");
    expect(out?.required_flight_recorder_refs).toEqual(
      [
        "FR-EVT-SESSION-SPAWN-002",
        kernelFlightRecorderRef(model as NonNullable<typeof model>),
        ...base.evidence.source_events.map((s) =>
          kernelFlightRecorderRef(loaded.events.get(s.event_type) as NonNullable<typeof model>),
        ),
      ]
        .filter((r, i, all) => all.indexOf(r) === i)
        .sort(),
    );
    expect(out?.required_flight_recorder_refs).toContain("FR-EVT-SESSION-SAP-MODEL-001");
  });

  it("keeps an entry's id when its slug changes (ids are derived from the id alone)", () => {
    const renamed = withEntries((e) => ({ ...e, slug: `${e.slug}-renamed` }));
    const ids = toHandshakeKernelRegistry(renamed, { version }).entries.map((e) => e.entry_id);
    expect(ids).toEqual(exported.entries.map((e) => e.entry_id));
  });
});

describe("the mapping tables", () => {
  it("map every category, detection source and outcome of registry.yaml", () => {
    for (const c of loaded.meta.categories) expect(CATEGORY_TO_KERNEL, c.id).toHaveProperty([c.id]);
    for (const s of loaded.meta.detection_sources)
      expect(DETECTION_SOURCE_TO_KERNEL, s.id).toHaveProperty([s.id]);
    for (const o of loaded.meta.outcomes) expect(OUTCOME_TO_KERNEL, o.id).toHaveProperty([o.id]);
  });

  it("refuse an entry of an unmapped category, naming it", () => {
    const unmapped = withEntries((e) => (e.id === "SAP-001" ? { ...e, category: "telepathy" } : e));
    expect(() => toHandshakeKernelRegistry(unmapped, { version })).toThrow(
      /SAP-001: category telepathy has no runtime domain/,
    );
  });

  it("map ids to sap.sap-NNN", () => {
    expect(kernelEntryId("SAP-001")).toBe("sap.sap-001");
    expect(kernelEntryId("SAP-1234")).toBe("sap.sap-1234");
    expect(() => kernelEntryId("sap-001")).toThrow();
  });

  it("map FR ids into FR-EVT-SESSION-, one to one: session family, other runtime events, proposed events", () => {
    const ref = (id: string, origin: string) =>
      kernelFlightRecorderRef({ id, origin } as Parameters<typeof kernelFlightRecorderRef>[0]);
    expect(ref("FR-EVT-SESS-SPAWN-001", "runtime")).toBe("FR-EVT-SESSION-SPAWN-001");
    expect(ref("FR-EVT-SESS-SCHED-002", "runtime")).toBe("FR-EVT-SESSION-SCHED-002");
    expect(ref("FR-EVT-SESS-004", "runtime")).toBe("FR-EVT-SESSION-004");
    expect(ref("FR-EVT-004", "runtime")).toBe("FR-EVT-SESSION-EVT-004");
    expect(ref("FR-EVT-CLOUD-001", "runtime")).toBe("FR-EVT-SESSION-EVT-CLOUD-001");
    expect(ref("FR-EVT-WF-RECOVERY", "runtime")).toBe("FR-EVT-SESSION-EVT-WF-RECOVERY");
    expect(ref("FR-EVT-SAP-MODEL-001", "proposed")).toBe("FR-EVT-SESSION-SAP-MODEL-001");
    expect(ref("FR-EVT-MODEL-001", "proposed")).toBe("FR-EVT-SESSION-SAP-MODEL-001");
    expect(() => ref("FR-EVT-SESS-EVT-001", "runtime")).toThrow(/space of other events/);
    expect(() => ref("FR-EVT-SESS-SAP-001", "runtime")).toThrow(/space of other events/);
    expect(() => ref("EVT-1", "runtime")).toThrow(/not a flight recorder id/);
  });

  it("give every event of the catalog its own ref", () => {
    const refs = new Map<string, string>();
    for (const event of loaded.events.values()) {
      const ref = kernelFlightRecorderRef(event);
      expect(refs.get(ref), `${event.id} and ${refs.get(ref)} → ${ref}`).toBeUndefined();
      refs.set(ref, event.id);
    }
  });

  it("refuse two events that would share a ref, once per pair", () => {
    const events = new Map(loaded.events);
    const accepted = events.get("session.spawn_accepted");
    if (!accepted) throw new Error("catalog lacks session.spawn_accepted");
    events.set("session.spawn_accepted", { ...accepted, id: "FR-EVT-SESSION-SPAWN-001" });
    let error: unknown;
    try {
      toHandshakeKernelRegistry({ ...loaded, events }, { version });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(HandshakeKernelExportError);
    expect((error as HandshakeKernelExportError).problems).toEqual([
      "FR-EVT-SESS-SPAWN-001 and FR-EVT-SESSION-SPAWN-001 both map to FR-EVT-SESSION-SPAWN-001",
    ]);
  });

  it("turn release versions into the runtime's positive u32", () => {
    expect(kernelVersion("0.1.0")).toBe(1000);
    expect(kernelVersion("1.2.3")).toBe(1_002_003);
    expect(kernelVersion("4294.967.295")).toBe(0xffff_ffff);
    for (const bad of ["0.0.0", "unversioned", "1.2", "1.2.3-rc.1", "0.1000.0", "4295.0.0"])
      expect(() => kernelVersion(bad), bad).toThrow();
    expect(() => toHandshakeKernelRegistry(loaded, { version: "unversioned" })).toThrow(
      HandshakeKernelExportError,
    );
  });
});

/**
 * Each rule of validate_session_anti_pattern_registry, broken once on a copy of
 * the real export: handshakeKernelProblems names the field the runtime would,
 * and the schema refuses it too, except for the two uniqueness rules JSON
 * Schema cannot state.
 */
describe("the runtime validator's rules", () => {
  const blank = " \u2003\n";
  const cases: [string, string, (r: KernelRegistry) => void, boolean][] = [
    [
      "blank schema_id",
      "schema_id",
      (r) => {
        r.schema_id = blank;
      },
      true,
    ],
    [
      "blank registry_id",
      "registry_id",
      (r) => {
        r.registry_id = "";
      },
      true,
    ],
    [
      "version 0",
      "version",
      (r) => {
        r.version = 0;
      },
      true,
    ],
    [
      "no folded stub ids",
      "folded_stub_ids",
      (r) => {
        r.folded_stub_ids = [];
      },
      true,
    ],
    [
      "the stub id missing",
      "folded_stub_ids",
      (r) => {
        r.folded_stub_ids = ["WP-1-x"];
      },
      true,
    ],
    [
      "no entries",
      "entries",
      (r) => {
        r.entries = [];
      },
      true,
    ],
    [
      "no authority refs",
      "product_authority_refs",
      (r) => {
        r.product_authority_refs = [];
      },
      true,
    ],
    [
      "an authority ref missing",
      "product_authority_refs",
      (r) => {
        r.product_authority_refs.splice(2, 1);
      },
      true,
    ],
    [
      "no folded source refs",
      "folded_source_refs",
      (r) => {
        r.folded_source_refs = [];
      },
      true,
    ],
    [
      "the folded source ref missing",
      "folded_source_refs",
      (r) => {
        r.folded_source_refs = ["elsewhere"];
      },
      true,
    ],
    [
      "an id without sap.",
      "entries.entry_id",
      (r) => {
        first(r).entry_id = "SAP-001";
      },
      true,
    ],
    [
      "a duplicate entry id",
      "entries.entry_id",
      (r) => {
        first(r).entry_id = r.entries[1]?.entry_id ?? "";
      },
      false,
    ],
    [
      "a blank title",
      "entries.title",
      (r) => {
        first(r).title = blank;
      },
      true,
    ],
    [
      "a blank severity",
      "entries.severity",
      (r) => {
        first(r).severity = "";
      },
      true,
    ],
    [
      "a blank trigger_condition",
      "entries.trigger_condition",
      (r) => {
        first(r).trigger_condition = " ";
      },
      true,
    ],
    [
      "no detections",
      "entries.detections",
      (r) => {
        last(r).detections = [];
      },
      true,
    ],
    [
      "no coverage tags",
      "entries.coverage_tags",
      (r) => {
        last(r).coverage_tags = [];
      },
      true,
    ],
    [
      "no flight recorder refs",
      "entries.required_flight_recorder_refs",
      (r) => {
        first(r).required_flight_recorder_refs = [];
      },
      true,
    ],
    [
      "a ref outside FR-EVT-SESSION-",
      "entries.required_flight_recorder_refs",
      (r) => {
        first(r).required_flight_recorder_refs = ["FR-EVT-SESS-SPAWN-001"];
      },
      true,
    ],
    [
      "a duplicate detection source id",
      "entries.detections.source_id",
      (r) => {
        const e = first(r);
        const d = e.detections[0];
        if (d) e.detections.push({ ...d });
      },
      false,
    ],
    [
      "a blank detection source id",
      "entries.detections.source_id",
      (r) => {
        (first(r).detections[0] as { source_id: string }).source_id = "";
      },
      true,
    ],
    [
      "a blank signal_ref",
      "entries.detections.signal_ref",
      (r) => {
        (first(r).detections[0] as { signal_ref: string }).signal_ref = "";
      },
      true,
    ],
    [
      "a non-deterministic detection",
      "entries.detections.deterministic",
      (r) => {
        (first(r).detections[0] as { deterministic: boolean }).deterministic = false;
      },
      true,
    ],
    [
      "no Scheduler domain",
      "entries.domain",
      (r) => {
        r.entries = r.entries.filter((e) => e.domain !== "Scheduler");
      },
      true,
    ],
    [
      "no TrustBoundaryValidation detection",
      "entries.detections.source_kind",
      (r) => {
        for (const e of r.entries)
          e.detections = e.detections.map((d) =>
            d.source_kind === "TrustBoundaryValidation"
              ? { ...d, source_kind: "SessionLifecycleRecord" }
              : d,
          );
      },
      true,
    ],
    [
      "no RequireConsent outcome",
      "entries.policy_outcome",
      (r) => {
        for (const e of r.entries)
          if (e.policy_outcome === "RequireConsent") e.policy_outcome = "Deny";
      },
      true,
    ],
    [
      "no SpawnAbuse coverage",
      "entries.coverage_tags",
      (r) => {
        for (const e of r.entries)
          e.coverage_tags = e.coverage_tags.map((t) =>
            t === "SpawnAbuse" ? "UnauthorizedEscalation" : t,
          );
      },
      true,
    ],
  ];

  it.each(cases)("%s is caught (%s)", (_name, field, mutate, schemaCatches) => {
    const broken = copy();
    mutate(broken);
    expect(handshakeKernelProblems(broken).map((p) => p.field)).toContain(field);
    expect(validate(broken)).toBe(!schemaCatches);
    expect(validateType(broken)).toBe(true);
  });

  it("the type schema refuses what serde would: a missing field, a lower-case variant, a non-u32", () => {
    const missing = copy() as Partial<KernelRegistry>;
    delete missing.folded_source_refs;
    expect(validateType(missing)).toBe(false);
    const lower = copy();
    (first(lower) as { domain: string }).domain = "scheduler";
    expect(validateType(lower)).toBe(false);
    const big = copy();
    big.version = 2 ** 32;
    expect(validateType(big)).toBe(false);
    const fractional = copy();
    fractional.version = 1.5;
    expect(validateType(fractional)).toBe(false);
  });

  it("the export refuses a registry the runtime would reject, with the validator's field", () => {
    const onlySpawn = {
      ...loaded,
      entries: loaded.entries.filter((e) => e.category === "spawn-abuse"),
    };
    expect(() => toHandshakeKernelRegistry(onlySpawn, { version })).toThrow(
      /validator would refuse entries\.domain/,
    );
  });
});

function first(r: KernelRegistry) {
  const e = r.entries[0];
  if (!e) throw new Error("no entries");
  return e;
}

function last(r: KernelRegistry) {
  const e = r.entries.at(-1);
  if (!e) throw new Error("no entries");
  return e;
}
