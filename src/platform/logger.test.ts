import { describe, expect, test } from "bun:test";
import { piiRedactor } from "../safety/pii/index.ts";
import { createLogger } from "./logger.ts";

describe("JSON logs", () => {
  test("one JSON line per event, with the fields given", () => {
    const lines: string[] = [];
    createLogger({ level: "info", write: (l) => lines.push(l) }).child({ requestId: "r-1" }).info("hello", { path: "/x" });
    expect(JSON.parse(lines[0]!)).toMatchObject({ level: "info", msg: "hello", requestId: "r-1", path: "/x" });
  });

  test("levels below the threshold are dropped", () => {
    const lines: string[] = [];
    const log = createLogger({ level: "warn", write: (l) => lines.push(l) });
    log.info("quiet");
    log.warn("loud");
    expect(lines).toHaveLength(1);
  });

  test("personal data never reaches a log line, nested or in an error", () => {
    const lines: string[] = [];
    const log = createLogger({ level: "debug", redact: piiRedactor, write: (l) => lines.push(l) });
    log.error("failed", {
      note: "call me at 503-555-0182 or jane.doe@example.org",
      nested: { ssn: "123-45-6789" },
      error: new Error("student 2345678 not found"),
    });
    const line = lines[0]!;
    expect(line).not.toContain("503-555-0182");
    expect(line).not.toContain("jane.doe@example.org");
    expect(line).not.toContain("123-45-6789");
    expect(line).not.toContain("2345678");
    expect(line).toContain("[EMAIL]");
  });
});
