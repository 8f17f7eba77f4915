import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";

// One Node version everywhere: package.json's engines and the README's quick start name the same
// minimum, which is what the code needs (process.loadEnvFile, for .env, arrived in Node 20.12).

const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { engines: { node: string } };
const readme = readFileSync("README.md", "utf8");

describe("the Node version", () => {
  test("package.json engines and the README name the same minimum", () => {
    const engines = /^>=(\d+\.\d+)$/.exec(pkg.engines.node)?.[1];
    const stated = /Needs Node \d+ \((\d+\.\d+) or newer\)/.exec(readme)?.[1];
    expect(engines).toBeDefined();
    expect(stated).toBe(engines);
  });

  test("the minimum is the first 20.x with process.loadEnvFile", () => {
    expect(pkg.engines.node).toBe(">=20.12");
    expect(typeof process.loadEnvFile).toBe("function");
  });
});
