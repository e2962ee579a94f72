// The labeled evaluation format (one JSON object per line):
// {"id","profile","direction","text","expect","categories","pii":[{"type","value"}]}
// Labels are optional, so the CLI can also just run over unlabeled text.
import { actions, categories, type Action, type Category, type Direction } from "../engine/types.ts";
import type { ProfileId } from "../engine/profiles.ts";

export interface EvalCase {
  id: string;
  profile: ProfileId;
  direction: Direction;
  text: string;
  expect?: Action;
  categories?: Category[];
  pii?: Array<{ type: string; value: string }>;
}

export class DatasetError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DatasetError";
  }
}

export function parseDataset(source: string, name = "input"): EvalCase[] {
  const cases: EvalCase[] = [];
  const lines = source.split(/\r?\n/);
  lines.forEach((line, index) => {
    if (!line.trim()) return;
    const where = `${name} line ${index + 1}`;
    let raw: Record<string, unknown>;
    try {
      raw = JSON.parse(line) as Record<string, unknown>;
    } catch (e) {
      throw new DatasetError(`${where}: not valid JSON (${(e as Error).message})`);
    }
    if (!raw || typeof raw !== "object" || Array.isArray(raw)) throw new DatasetError(`${where}: expected a JSON object`);
    if (typeof raw.id !== "string" && typeof raw.id !== "number") throw new DatasetError(`${where}: "id" is required`);
    if (typeof raw.text !== "string") throw new DatasetError(`${where}: "text" must be a string`);
    if (raw.profile !== "student" && raw.profile !== "staff") throw new DatasetError(`${where}: "profile" must be "student" or "staff", got ${JSON.stringify(raw.profile)}`);
    const direction = raw.direction ?? "input";
    if (direction !== "input" && direction !== "output") throw new DatasetError(`${where}: "direction" must be "input" or "output", got ${JSON.stringify(raw.direction)}`);
    const c: EvalCase = { id: String(raw.id), profile: raw.profile, direction, text: raw.text };
    if (raw.expect !== undefined) {
      if (!(actions as readonly unknown[]).includes(raw.expect)) throw new DatasetError(`${where}: "expect" must be one of ${actions.join(", ")}`);
      c.expect = raw.expect as Action;
    }
    if (raw.categories !== undefined) {
      if (!Array.isArray(raw.categories)) throw new DatasetError(`${where}: "categories" must be an array`);
      const unknown = raw.categories.filter((x) => !(categories as readonly unknown[]).includes(x));
      if (unknown.length) throw new DatasetError(`${where}: unknown categories ${JSON.stringify(unknown)}`);
      c.categories = raw.categories as Category[];
    }
    if (raw.pii !== undefined) {
      if (!Array.isArray(raw.pii) || raw.pii.some((p) => !p || typeof p.type !== "string" || typeof p.value !== "string")) {
        throw new DatasetError(`${where}: "pii" must be a list of {"type","value"}`);
      }
      c.pii = raw.pii as Array<{ type: string; value: string }>;
    }
    cases.push(c);
  });
  return cases;
}
