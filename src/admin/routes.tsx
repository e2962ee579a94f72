// The admin area: users, roles and the audit log. Every change goes through
// a service that writes the audit log; handlers only translate HTTP.
import { desc, eq, sql } from "drizzle-orm";
import { Elysia, t } from "elysia";
import { AdminHome } from "../../views/admin/admin-home.tsx";
import { AuditPage } from "../../views/admin/audit-page.tsx";
import { CreateRoleForm, RoleCard, RolesPage } from "../../views/admin/roles-page.tsx";
import { UserRow, UsersPage, UsersTable } from "../../views/admin/users-page.tsx";
import { capabilities as capabilityCatalog, type Capability } from "../auth/capabilities.ts";
import type { authPlugin } from "../auth/plugin.ts";
import { createRole, listRoles, updateRole } from "../auth/roles.ts";
import { roles, users } from "../auth/schema.ts";
import { changeUserRole, searchUsers, setUserDisabled } from "../auth/users.ts";
import { auditLog } from "../platform/audit/schema.ts";
import type { Db } from "../platform/db/client.ts";
import { AppError } from "../platform/errors.ts";
import { isHtmx, redirect, wantsFragment } from "../platform/htmx.ts";
import { classes, schools } from "../roster/schema.ts";

const catalog = (Object.entries(capabilityCatalog) as [Capability, string][]).map(([id, label]) => ({ id, label }));
const asList = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const profile = t.Union([t.Literal("student"), t.Literal("staff")]);

export function adminRoutes(opts: { db: Db; auth: ReturnType<typeof authPlugin> }) {
  const { db } = opts;
  const roleOptions = async () => (await listRoles(db)).map((r) => ({ id: r.id, name: r.name }));

  return new Elysia({ name: "admin", prefix: "/admin" })
    .use(opts.auth)
    .get(
      "/",
      async ({ page }) => {
        const count = async (table: typeof users | typeof roles | typeof schools | typeof classes) =>
          (await db.select({ n: sql<number>`count(*)::int` }).from(table))[0]!.n;
        return <AdminHome layout={await page()} counts={{ users: await count(users), roles: await count(roles), schools: await count(schools), classes: await count(classes) }} />;
      },
      { can: "admin" },
    )
    .get(
      "/users",
      async ({ page, query, request, csrf }) => {
        const q = query.q ?? "";
        const roleId = query.role ?? "";
        const { rows, total } = await searchUsers(db, { q, roleId: roleId || undefined });
        const roleList = await roleOptions();
        if (wantsFragment(request.headers)) return <UsersTable rows={rows} total={total} roles={roleList} csrfToken={csrf()} />;
        return <UsersPage layout={await page()} q={q} roleId={roleId} rows={rows} total={total} roles={roleList} csrfToken={csrf()} />;
      },
      { can: "admin", query: t.Object({ q: t.Optional(t.String({ maxLength: 200 })), role: t.Optional(t.String({ maxLength: 40 })) }) },
    )
    .post(
      "/users/:id/role",
      async ({ me, params, body, request, requestId, csrf }) => {
        const user = await changeUserRole(db, params.id, body.role, { id: me.user.id, requestId });
        return userRowResponse(request, user.id, csrf(), "Role saved");
      },
      { can: "admin", params: t.Object({ id: t.String({ format: "uuid" }) }), body: t.Object({ role: t.String({ maxLength: 40 }), _csrf: t.Optional(t.String()) }) },
    )
    .post(
      "/users/:id/disabled",
      async ({ me, params, body, request, requestId, csrf }) => {
        const disabled = body.disabled === "true";
        const user = await setUserDisabled(db, params.id, disabled, { id: me.user.id, requestId });
        return userRowResponse(request, user.id, csrf(), disabled ? "Disabled and signed out everywhere" : "Enabled");
      },
      { can: "admin", params: t.Object({ id: t.String({ format: "uuid" }) }), body: t.Object({ disabled: t.Union([t.Literal("true"), t.Literal("false")]), _csrf: t.Optional(t.String()) }) },
    )
    .get(
      "/roles",
      async ({ page, csrf }) => <RolesPage layout={await page()} roles={await listRoles(db)} catalog={catalog} csrfToken={csrf()} />,
      { can: "admin" },
    )
    .post(
      "/roles",
      async ({ me, body, request, requestId, csrf, set }) => {
        const input = { id: body.id.trim(), name: body.name, description: body.description ?? "", safetyProfile: body.safetyProfile, capabilities: asList(body.capabilities) };
        try {
          await createRole(db, input, { id: me.user.id, requestId });
        } catch (err) {
          if (!(err instanceof AppError) || err.code !== "validation" || !isHtmx(request.headers)) throw err;
          set.status = 422;
          return <CreateRoleForm catalog={catalog} csrfToken={csrf()} errors={err.fields} values={{ ...input, capabilities: "" }} />;
        }
        if (isHtmx(request.headers)) return new Response(null, { headers: { "HX-Location": JSON.stringify({ path: "/admin/roles", target: "body" }) } });
        return redirect(request.headers, "/admin/roles");
      },
      {
        can: "admin",
        body: t.Object({
          id: t.String({ maxLength: 40 }),
          name: t.String({ maxLength: 80 }),
          description: t.Optional(t.String({ maxLength: 300 })),
          safetyProfile: profile,
          capabilities: t.Optional(t.Union([t.String(), t.Array(t.String())])),
          _csrf: t.Optional(t.String()),
        }),
      },
    )
    .post(
      "/roles/:id",
      async ({ me, params, body, request, requestId, csrf }) => {
        await updateRole(db, params.id, { safetyProfile: body.safetyProfile, capabilities: asList(body.capabilities) }, { id: me.user.id, requestId });
        if (!isHtmx(request.headers)) return redirect(request.headers, "/admin/roles");
        const role = (await listRoles(db)).find((r) => r.id === params.id)!;
        return <RoleCard role={role} catalog={catalog} csrfToken={csrf()} notice="Saved" />;
      },
      {
        can: "admin",
        params: t.Object({ id: t.String({ maxLength: 40 }) }),
        body: t.Object({ safetyProfile: profile, capabilities: t.Optional(t.Union([t.String(), t.Array(t.String())])), _csrf: t.Optional(t.String()) }),
      },
    )
    .get(
      "/audit",
      async ({ page, query }) => {
        const action = query.action?.trim() ?? "";
        const entries = await db
          .select({ entry: auditLog, actorEmail: users.email })
          .from(auditLog)
          .leftJoin(users, eq(users.id, auditLog.actorId))
          .where(action ? eq(auditLog.action, action) : undefined)
          .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
          .limit(200);
        return <AuditPage layout={await page()} entries={entries.map((e) => ({ ...e.entry, actorEmail: e.actorEmail }))} action={action} />;
      },
      { can: "admin", query: t.Object({ action: t.Optional(t.String({ maxLength: 80 })) }) },
    );

  async function userRowResponse(request: Request, userId: string, csrfToken: string | undefined, notice: string) {
    if (!isHtmx(request.headers)) return redirect(request.headers, "/admin/users");
    return <UserRow user={await userRow(userId)} roles={await roleOptions()} csrfToken={csrfToken} notice={notice} />;
  }

  async function userRow(userId: string) {
    const [row] = await db.select({ user: users, roleName: roles.name }).from(users).innerJoin(roles, eq(roles.id, users.roleId)).where(eq(users.id, userId));
    if (!row) throw new AppError("not_found", "That user does not exist.");
    return { ...row.user, roleName: row.roleName };
  }
}
