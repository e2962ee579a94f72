import { describe, expect, test } from "bun:test";
import { readFileSync } from "node:fs";
import { envSpec, loadConfig } from "./config.ts";
import { ConfigError, envReference } from "./platform/env-vars.ts";

describe("config", () => {
  test("an empty environment gives the embedded mode on port 3000", () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.database.kind).toBe("pglite");
    expect(config.database.kind === "pglite" && config.database.dataDir.endsWith("/.data/pg")).toBe(true);
    expect(config.publicUrl).toBe("http://localhost:3000");
  });

  test("DATABASE_URL switches to PostgreSQL", () => {
    const config = loadConfig({ DATABASE_URL: "postgres://app@db.internal:5432/atelier" });
    expect(config.database).toMatchObject({ kind: "postgres", url: "postgres://app@db.internal:5432/atelier" });
  });

  test("a bad value names the variable and what is expected", () => {
    expect(() => loadConfig({ PORT: "eighty" })).toThrow(/PORT must be a whole number from 1 to 65535, got "eighty"/);
    expect(() => loadConfig({ LOG_LEVEL: "loud" })).toThrow(/LOG_LEVEL must be one of debug, info, warn, error/);
    expect(() => loadConfig({ DATABASE_URL: "mysql://x" })).toThrow(/DATABASE_URL must be a URL starting with postgres:/);
    expect(() => loadConfig({ SECRETS_KEY: "c2hvcnQ=" })).toThrow(/SECRETS_KEY must be 32 bytes/);
  });

  test("every problem is reported at once", () => {
    try {
      loadConfig({ PORT: "0", TRUST_PROXY: "maybe" });
      throw new Error("expected a ConfigError");
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      expect((err as ConfigError).problems).toHaveLength(2);
    }
  });

  test("a secret is never echoed in an error", () => {
    expect(() => loadConfig({ DATABASE_URL: "not a url with hunter2" })).toThrow(/got "\(hidden\)"/);
  });

  test("production refuses the embedded database and a generated key", () => {
    expect(() => loadConfig({ NODE_ENV: "production" })).toThrow(/SECRETS_KEY is required[\s\S]*DATABASE_URL is required/);
  });

  test("the README's configuration table is current (regenerate it with `bun run config:doc`)", () => {
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
    expect(readme).toContain(envReference(envSpec));
  });
});
