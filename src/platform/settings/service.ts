// Runtime settings: the database first, then the environment, then nothing.
// Values are cached (5 minutes by default) and the cache is dropped on write,
// here at once and on every other app instance through NOTIFY.
import { eq } from "drizzle-orm";
import type { Database, Unlisten } from "../db/client.ts";
import { recordAudit } from "../audit/service.ts";
import { decryptSecret, encryptSecret } from "./crypto.ts";
import { settings } from "./schema.ts";

export interface SettingDef {
  key: string;
  /** The environment variable used when the database holds no value. */
  env?: string;
  secret: boolean;
  label: string;
  description: string;
}

export type SettingSource = "database" | "environment" | "unset";

export interface SettingView {
  def: SettingDef;
  source: SettingSource;
  /** Clear text for ordinary settings; a mask for secrets. */
  display: string;
}

export interface SettingsOptions {
  database: Database;
  secretsKey: Uint8Array;
  defs: SettingDef[];
  env: Record<string, string | undefined>;
  cacheMs: number;
  now?: () => number;
}

const CHANNEL = "atelier_settings_changed";

export class UnknownSettingError extends Error {
  constructor(key: string) {
    super(`"${key}" is not a known setting`);
    this.name = "UnknownSettingError";
  }
}

export function maskSecret(value: string): string {
  return value.length <= 8 ? "••••" : `••••${value.slice(-4)}`;
}

export class Settings {
  private readonly cache = new Map<string, { value: string | undefined; source: SettingSource; expires: number }>();
  private readonly defs: Map<string, SettingDef>;
  private readonly now: () => number;

  constructor(private readonly opts: SettingsOptions) {
    this.defs = new Map(opts.defs.map((d) => [d.key, d]));
    this.now = opts.now ?? Date.now;
  }

  definitions(): SettingDef[] {
    return [...this.defs.values()];
  }

  private def(key: string): SettingDef {
    const def = this.defs.get(key);
    if (!def) throw new UnknownSettingError(key);
    return def;
  }

  async get(key: string): Promise<string | undefined> {
    return (await this.read(key)).value;
  }

  private async read(key: string): Promise<{ value: string | undefined; source: SettingSource }> {
    const def = this.def(key);
    const hit = this.cache.get(key);
    if (hit && hit.expires > this.now()) return hit;
    const [row] = await this.opts.database.db.select().from(settings).where(eq(settings.key, key));
    let entry: { value: string | undefined; source: SettingSource };
    if (row) {
      entry = { value: row.secret ? decryptSecret(this.opts.secretsKey, key, row.value) : row.value, source: "database" };
    } else {
      const fromEnv = def.env ? this.opts.env[def.env] : undefined;
      entry = fromEnv ? { value: fromEnv, source: "environment" } : { value: undefined, source: "unset" };
    }
    this.cache.set(key, { ...entry, expires: this.now() + this.opts.cacheMs });
    return entry;
  }

  /** Every setting with where its value comes from; secrets masked. For the admin page. */
  async list(): Promise<SettingView[]> {
    const out: SettingView[] = [];
    for (const def of this.defs.values()) {
      const { value, source } = await this.read(def.key);
      out.push({ def, source, display: value === undefined ? "" : def.secret ? maskSecret(value) : value });
    }
    return out;
  }

  async set(key: string, value: string, actor: { id: string | null; requestId?: string }): Promise<void> {
    const def = this.def(key);
    const before = await this.read(key);
    const stored = def.secret ? encryptSecret(this.opts.secretsKey, key, value) : value;
    await this.opts.database.db.transaction(async (tx) => {
      await tx
        .insert(settings)
        .values({ key, value: stored, secret: def.secret, updatedBy: actor.id })
        .onConflictDoUpdate({ target: settings.key, set: { value: stored, secret: def.secret, updatedBy: actor.id } });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "setting.changed",
        subjectType: "setting",
        subjectId: key,
        before: { source: before.source, value: this.shown(def, before.value) },
        after: { source: "database", value: this.shown(def, value) },
        requestId: actor.requestId,
      });
    });
    await this.changed(key);
  }

  /** Removes the database value, so the environment (or nothing) applies again. */
  async clear(key: string, actor: { id: string | null; requestId?: string }): Promise<void> {
    const def = this.def(key);
    const before = await this.read(key);
    await this.opts.database.db.transaction(async (tx) => {
      await tx.delete(settings).where(eq(settings.key, key));
      await recordAudit(tx, {
        actorId: actor.id,
        action: "setting.cleared",
        subjectType: "setting",
        subjectId: key,
        before: { source: before.source, value: this.shown(def, before.value) },
        after: null,
        requestId: actor.requestId,
      });
    });
    await this.changed(key);
  }

  private shown(def: SettingDef, value: string | undefined): string | null {
    if (value === undefined) return null;
    return def.secret ? maskSecret(value) : value;
  }

  private async changed(key: string): Promise<void> {
    this.cache.delete(key);
    await this.opts.database.notify(CHANNEL, key);
  }

  /** Drops cached values when another instance writes a setting (all of them after missed notices). */
  subscribe(): Promise<Unlisten> {
    return this.opts.database.listen(CHANNEL, (key) => this.cache.delete(key), () => this.cache.clear());
  }
}
