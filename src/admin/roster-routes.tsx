// /admin/classes: schools and classes from the rosters; /admin/roster: the
// OneRoster import (the same service as `bun run roster:import`).
import { Elysia, t } from "elysia";
import { ClassPage, ClassesPage } from "../../views/admin/classes-page.tsx";
import { ImportReportView, RosterPage } from "../../views/admin/roster-page.tsx";
import type { authPlugin } from "../auth/plugin.ts";
import type { Db } from "../platform/db/client.ts";
import { AppError } from "../platform/errors.ts";
import { isHtmx } from "../platform/htmx.ts";
import { importRoster } from "../roster/import.ts";
import { getClass, listClasses, listSchools } from "../roster/queries.ts";

/** Roster exports are zips of CSV files; a large district's is tens of megabytes. */
export const ROSTER_UPLOAD_LIMIT = 100 * 1024 * 1024;

export function rosterRoutes(opts: { db: Db; auth: ReturnType<typeof authPlugin>; defaultRoleId: string }) {
  const { db } = opts;
  return new Elysia({ name: "admin/roster", prefix: "/admin" })
    .use(opts.auth)
    .get(
      "/classes",
      async ({ page, query }) => {
        const schoolId = query.school ?? "";
        const q = query.q ?? "";
        const [schools, classes] = await Promise.all([listSchools(db), listClasses(db, { schoolId: schoolId || undefined, q, limit: 200 })]);
        return <ClassesPage layout={await page()} schools={schools} classes={classes.rows} total={classes.total} schoolId={schoolId} q={q} />;
      },
      { can: "admin", query: t.Object({ school: t.Optional(t.String({ maxLength: 40 })), q: t.Optional(t.String({ maxLength: 200 })) }) },
    )
    .get(
      "/classes/:id",
      async ({ page, params }) => {
        const detail = await getClass(db, params.id);
        if (!detail) throw new AppError("not_found", "That class does not exist.");
        return <ClassPage layout={await page()} detail={detail} />;
      },
      { can: "admin", params: t.Object({ id: t.String({ format: "uuid" }) }) },
    )
    .get("/roster", async ({ page, csrf }) => <RosterPage layout={await page()} csrfToken={csrf()} />, { can: "admin" })
    .post(
      "/roster",
      async ({ me, body, request, requestId, page, csrf, set }) => {
        const file = body.bundle;
        if (!(file instanceof File) || file.size === 0) {
          set.status = 422;
          const error = "Choose the roster export to import (a .zip file).";
          return isHtmx(request.headers) ? <p class="field-error" role="alert">{error}</p> : <RosterPage layout={await page()} csrfToken={csrf()} error={error} />;
        }
        const report = await importRoster(db, { zip: new Uint8Array(await file.arrayBuffer()), name: file.name }, {
          actorId: me.user.id,
          requestId,
          allowPartial: body.allowPartial === "on",
          dryRun: body.dryRun === "on",
          defaultRoleId: opts.defaultRoleId,
        });
        if (report.status === "rejected") set.status = 422;
        if (isHtmx(request.headers)) return <ImportReportView report={report} />;
        return <RosterPage layout={await page()} csrfToken={csrf()} report={report} />;
      },
      {
        can: "admin",
        body: t.Object({ bundle: t.Optional(t.Any()), allowPartial: t.Optional(t.String()), dryRun: t.Optional(t.String()), _csrf: t.Optional(t.String()) }),
      },
    );
}
