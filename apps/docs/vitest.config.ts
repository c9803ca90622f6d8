import { defineConfig } from "vitest/config";

// The test processes resolve packages as a consumer's Node does. pnpm's bin
// shims put the whole workspace store on NODE_PATH, where every package
// resolves from anywhere, so the tests of a package missing for apps/docs would
// find it there. Node reads NODE_PATH when it starts: clear it for the workers.
delete process.env.NODE_PATH;

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // One preview server for every browser test; see test/support/global-setup.ts.
    globalSetup: ["test/support/global-setup.ts"],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
