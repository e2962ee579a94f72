// Roles and their capabilities: the four system roles are created at boot,
// administrators add custom ones. A role's capabilities are read per request
// (one small indexed query), so a change applies at once everywhere.
import { asc, eq, sql } from "drizzle-orm";
import type { Db, Tx } from "../platform/db/client.ts";
import { recordAudit } from "../platform/audit/service.ts";
import { AppError } from "../platform/errors.ts";
import { isCapability, systemRoles, type Capability } from "./capabilities.ts";
import { roleCapabilities, roles, users, type Role, type SafetyProfile } from "./schema.ts";

/** Creates any missing system role with its default grants; never overrides an administrator's edits. */
export async function ensureSystemRoles(db: Db): Promise<void> {
  await db.transaction(async (tx) => {
    for (const role of systemRoles) {
      const inserted = await tx
        .insert(roles)
        .values({ id: role.id, name: role.name, description: role.description, system: true, safetyProfile: role.safetyProfile })
        .onConflictDoNothing()
        .returning({ id: roles.id });
      if (inserted.length) {
        await tx.insert(roleCapabilities).values(role.grants.map((capability) => ({ roleId: role.id, capability })));
      }
    }
  });
}

export async function capabilitiesOf(db: Db | Tx, roleId: string): Promise<Set<Capability>> {
  const rows = await db.select({ c: roleCapabilities.capability }).from(roleCapabilities).where(eq(roleCapabilities.roleId, roleId));
  return new Set(rows.map((r) => r.c).filter(isCapability));
}

export interface RoleSummary extends Role {
  capabilities: Capability[];
  members: number;
}

export async function listRoles(db: Db): Promise<RoleSummary[]> {
  const all = await db.select().from(roles).orderBy(sql`${roles.system} desc`, asc(roles.name));
  const grants = await db.select().from(roleCapabilities);
  const counts = await db.select({ roleId: users.roleId, n: sql<number>`count(*)::int` }).from(users).groupBy(users.roleId);
  return all.map((r) => ({
    ...r,
    capabilities: grants.filter((g) => g.roleId === r.id).map((g) => g.capability).filter(isCapability),
    members: counts.find((c) => c.roleId === r.id)?.n ?? 0,
  }));
}

export async function getRole(db: Db | Tx, id: string): Promise<Role | undefined> {
  const [role] = await db.select().from(roles).where(eq(roles.id, id));
  return role;
}

export interface Actor {
  id: string | null;
  requestId?: string;
}

const ROLE_ID = /^[a-z][a-z0-9_-]{1,39}$/;

export async function createRole(
  db: Db,
  input: { id: string; name: string; description: string; safetyProfile: SafetyProfile; capabilities: string[] },
  actor: Actor,
): Promise<Role> {
  const fields: Record<string, string> = {};
  if (!ROLE_ID.test(input.id)) fields.id = "Use 2 to 40 lowercase letters, digits, - or _, starting with a letter.";
  if (!input.name.trim()) fields.name = "Give the role a name.";
  const unknown = input.capabilities.filter((c) => !isCapability(c));
  if (unknown.length) fields.capabilities = `Unknown capability: ${unknown.join(", ")}.`;
  if (Object.keys(fields).length) throw new AppError("validation", "The role could not be created.", fields);
  if (await getRole(db, input.id)) throw new AppError("validation", "The role could not be created.", { id: "A role with this key already exists." });
  return db.transaction(async (tx) => {
    const [role] = await tx
      .insert(roles)
      .values({ id: input.id, name: input.name.trim(), description: input.description.trim(), system: false, safetyProfile: input.safetyProfile })
      .returning();
    if (input.capabilities.length) {
      await tx.insert(roleCapabilities).values(input.capabilities.map((capability) => ({ roleId: input.id, capability })));
    }
    await recordAudit(tx, { actorId: actor.id, action: "role.created", subjectType: "role", subjectId: input.id, after: { ...role, capabilities: input.capabilities }, requestId: actor.requestId });
    return role!;
  });
}

/** Replaces a role's capabilities and safety profile. An administrator role keeps `admin`, so nobody locks the district out. */
export async function updateRole(
  db: Db,
  id: string,
  input: { safetyProfile: SafetyProfile; capabilities: string[] },
  actor: Actor,
): Promise<void> {
  const role = await getRole(db, id);
  if (!role) throw new AppError("not_found", "That role does not exist.");
  const unknown = input.capabilities.filter((c) => !isCapability(c));
  if (unknown.length) throw new AppError("validation", "Unknown capability.", { capabilities: unknown.join(", ") });
  if (id === "administrator" && !input.capabilities.includes("admin")) {
    throw new AppError("validation", "The administrator role must keep the admin capability.", { capabilities: "admin is required for administrators" });
  }
  await db.transaction(async (tx) => {
    const before = [...(await capabilitiesOf(tx, id))].sort();
    await tx.delete(roleCapabilities).where(eq(roleCapabilities.roleId, id));
    if (input.capabilities.length) {
      await tx.insert(roleCapabilities).values(input.capabilities.map((capability) => ({ roleId: id, capability })));
    }
    await tx.update(roles).set({ safetyProfile: input.safetyProfile }).where(eq(roles.id, id));
    await recordAudit(tx, {
      actorId: actor.id,
      action: "role.updated",
      subjectType: "role",
      subjectId: id,
      before: { safetyProfile: role.safetyProfile, capabilities: before },
      after: { safetyProfile: input.safetyProfile, capabilities: [...input.capabilities].sort() },
      requestId: actor.requestId,
    });
  });
}
