import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // End-to-end adapter tests open real sockets on 127.0.0.1; give them room on a 2-core CI box.
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});
