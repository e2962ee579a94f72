// The safety profiles in force: the engine's defaults, as tuned by
// administrators (stored in safety_profiles). Cached, and reloaded on every
// instance when an administrator saves (NOTIFY).
import { eq } from "drizzle-orm";
import type { Database, Unlisten } from "../platform/db/client.ts";
import { recordAudit } from "../platform/audit/service.ts";
import { defaultProfiles, parseProfile, ProfileError, type Profile, type ProfileId } from "./engine/index.ts";
import { safetyProfiles } from "./incidents/schema.ts";

const CHANNEL = "atelier_safety_profiles";

export class ProfileStore {
  private cache = new Map<string, Profile>();
  private loaded = false;
  private unlisten: Unlisten | undefined;

  constructor(private readonly database: Database) {}

  async start(): Promise<void> {
    // A failed reload keeps the profiles in force; the next notice or reconnect tries again.
    const reload = () => void this.reload().catch(() => {});
    this.unlisten = await this.database.listen(CHANNEL, reload, reload);
    await this.reload();
  }

  async stop(): Promise<void> {
    await this.unlisten?.();
  }

  private async reload(): Promise<void> {
    const rows = await this.database.db.select().from(safetyProfiles);
    const next = new Map<string, Profile>();
    for (const row of rows) {
      try {
        next.set(row.id, parseProfile({ ...(row.config as object), id: row.id }));
      } catch {
        // A stored profile that no longer parses falls back to the default (the admin page shows why).
      }
    }
    this.cache = next;
    this.loaded = true;
  }

  get(id: ProfileId): Profile {
    return (this.loaded && this.cache.get(id)) || defaultProfiles[id];
  }

  /** Validates and stores a tuned profile; throws ProfileError naming every problem. */
  async save(id: ProfileId, config: unknown, actor: { id: string; requestId?: string }): Promise<Profile> {
    const profile = parseProfile({ ...(config as object), id });
    const before = this.get(id);
    await this.database.db.transaction(async (tx) => {
      await tx
        .insert(safetyProfiles)
        .values({ id, config: profile, updatedBy: actor.id })
        .onConflictDoUpdate({ target: safetyProfiles.id, set: { config: profile, updatedBy: actor.id } });
      await recordAudit(tx, { actorId: actor.id, action: "safety.profile_changed", subjectType: "safety_profile", subjectId: id, before, after: profile, requestId: actor.requestId });
    });
    await this.database.notify(CHANNEL, id);
    await this.reload();
    return profile;
  }

  async reset(id: ProfileId, actor: { id: string; requestId?: string }): Promise<void> {
    await this.database.db.delete(safetyProfiles).where(eq(safetyProfiles.id, id));
    await recordAudit(this.database.db, { actorId: actor.id, action: "safety.profile_reset", subjectType: "safety_profile", subjectId: id, requestId: actor.requestId });
    await this.database.notify(CHANNEL, id);
    await this.reload();
  }
}

export { ProfileError };
