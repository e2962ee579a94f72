import { expect, test } from "bun:test";
import { parameterGroupFamily, pgvectorProblem } from "./aurora.ts";

test("the parameter group family follows the major version", () => {
  expect(parameterGroupFamily("16.6")).toBe("aurora-postgresql16");
  expect(parameterGroupFamily("15.4")).toBe("aurora-postgresql15");
  expect(() => parameterGroupFamily("16")).toThrow('"16" is not an Aurora PostgreSQL version');
});

test("versions before pgvector 0.5 (HNSW) are refused", () => {
  expect(pgvectorProblem("15.3")).toContain("lacks pgvector 0.5");
  expect(pgvectorProblem("14.9")).toContain("use 15.4 or newer");
  expect(pgvectorProblem("15.4")).toBeUndefined();
  expect(pgvectorProblem("16.6")).toBeUndefined();
  expect(pgvectorProblem("17.4")).toBeUndefined();
});
