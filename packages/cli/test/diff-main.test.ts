import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { sap } from "./diff-repo.js";

const REPO = fileURLToPath(new URL("../../../", import.meta.url));

// The release gate on this repository itself: a pull request that changes the
// registry with a smaller changeset than the policy requires (or that removes,
// reuses or renames an id) fails the test suite, and so CI.
describe("this repository's registry against its pending changesets", () => {
  it("sap diff --against-changesets passes", () => {
    const r = sap(REPO, "diff", "--against-changesets");
    // The gate's own verdict line; the changes listed above it may quote
    // trigger text such as "FAILED".
    expect(`${r.stdout}${r.stderr}`).not.toMatch(/^FAIL:/m);
    expect(r.code).toBe(0);
  }, 120_000);
});
