import { defineConfig } from "vitest/config";

// CLI tests run the real `sap` as a subprocess; on a loaded 2-core CI machine a
// cold start of several commands can take seconds, so the per-test budget is wide.
export default defineConfig({
  test: { testTimeout: 120_000, hookTimeout: 120_000 },
});
