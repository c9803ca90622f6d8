import type { RegistryHistory } from "@handshake/session-anti-patterns";
import { describe, expect, it } from "vitest";
import { formatOffset, linkifyHtml, offsetsFromFirst, payloadPairs } from "../src/data/format.ts";
import { historyOf, introducedIn, normalizeHistory } from "../src/data/history.ts";

describe("formatOffset", () => {
  it.each([
    [0, "+0 s"],
    [1000, "+1 s"],
    [1500, "+1.5 s"],
    [12_300, "+12 s"],
    [62_000, "+1 min 2 s"],
    [3_600_000, "+1 h"],
    [3_725_000, "+1 h 2 min 5 s"],
    [-2000, "−2 s"],
  ])("%i ms -> %s", (given, want) => {
    expect(formatOffset(given)).toBe(want);
  });

  it("measures from the first event", () => {
    expect(offsetsFromFirst(["2026-03-01T10:00:00.000Z", "2026-03-01T10:00:01.500Z"])).toEqual([
      0, 1500,
    ]);
  });
});

describe("payloadPairs", () => {
  it("quotes only strings that need it", () => {
    expect(payloadPairs({ a: "root", b: "two words", c: 3, d: ["x"] })).toEqual([
      { key: "a", value: "root" },
      { key: "b", value: '"two words"' },
      { key: "c", value: "3" },
      { key: "d", value: '["x"]' },
    ]);
  });
});

describe("linkifyHtml", () => {
  const targets = {
    entryIds: new Set(["SAP-001"]),
    ruleIds: new Set(["INV-SPAWN-001", "AP-006"]),
    eventTypes: new Set(["session.spawn_requested"]),
  };
  it.each([
    ["<p>see INV-SPAWN-001.</p>", '<p>see <a href="/rules/#inv-spawn-001">INV-SPAWN-001</a>.</p>'],
    [
      "<p><code>session.spawn_requested</code></p>",
      '<p><a href="/events/session.spawn_requested/"><code>session.spawn_requested</code></a></p>',
    ],
    [
      "<p>like SAP-001 (AP-006)</p>",
      '<p>like <a href="/anti-patterns/sap-001/">SAP-001</a> (<a href="/rules/#ap-006">AP-006</a>)</p>',
    ],
    ['<p><a href="/x">AP-006</a></p>', '<p><a href="/x">AP-006</a></p>'],
    ["<pre><code>AP-006</code></pre>", "<pre><code>AP-006</code></pre>"],
    ["<p>AP-0061 and XAP-006</p>", "<p>AP-0061 and XAP-006</p>"],
    ["<p><code>session.root_id</code></p>", "<p><code>session.root_id</code></p>"],
  ])("%s", (given, want) => {
    expect(linkifyHtml(given, targets)).toBe(want);
  });
});

describe("normalizeHistory", () => {
  it("is undefined when the registry ships none", () => {
    expect(normalizeHistory(undefined)).toBeUndefined();
  });

  it("orders releases by version precedence, newest first", () => {
    const release = (version: string) => ({ version, bump: "minor" as const, content_hash: "" });
    const releases = normalizeHistory({
      releases: [release("1.2.0"), release("1.10.0"), release("1.10.0-rc.1")],
      ids: {},
      registry: {},
    });
    expect(releases?.map((item) => item.version)).toEqual(["1.10.0", "1.10.0-rc.1", "1.2.0"]);
  });
});

describe("normalizeHistory: the registry package's RegistryHistory", () => {
  const raw: RegistryHistory = {
    releases: [
      { version: "1.0.0", bump: "major", content_hash: "sha256:a" },
      { version: "1.1.0", bump: "major", content_hash: "sha256:b" },
    ],
    ids: {
      "SAP-001": {
        introduced: "1.0.0",
        steps: [
          {
            version: "1.1.0",
            bump: "major",
            changes: [
              {
                kind: "severity.raised",
                bump: "major",
                path: "severity",
                message: "severity medium -> high",
              },
            ],
          },
        ],
      },
      "SAP-002": { introduced: "1.1.0", steps: [] },
    },
    registry: {
      "event session.created": [
        {
          version: "1.1.0",
          bump: "minor",
          changes: [{ kind: "event.added", bump: "minor", path: "", message: "new event" }],
        },
      ],
    },
  };
  const releases = normalizeHistory(raw) ?? [];

  it("lists releases newest first with their bump", () => {
    expect(releases.map((release) => [release.version, release.bump])).toEqual([
      ["1.1.0", "major"],
      ["1.0.0", "major"],
    ]);
  });

  it("knows when each id was introduced and what changed it", () => {
    expect(introducedIn(releases, "SAP-001")).toBe("1.0.0");
    expect(introducedIn(releases, "SAP-002")).toBe("1.1.0");
    expect(historyOf(releases, "SAP-001")[0]).toEqual({
      version: "1.1.0",
      changes: [
        { id: "SAP-001", kind: "severity.raised", bump: "major", text: "severity medium -> high" },
      ],
    });
  });

  it("keeps registry-wide changes without an id", () => {
    expect(releases[0]?.changes.find((change) => change.id === undefined)?.text).toBe(
      "event session.created: new event",
    );
  });
});
