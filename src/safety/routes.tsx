// The safety pages: incidents for the adults responsible (teachers see their
// own students', safety administrators all), their follow-up, the live
// badge, and the in-app notices critical incidents leave.
import { and, desc, eq, isNull } from "drizzle-orm";
import { Elysia, t } from "elysia";
import { IncidentPage } from "../../views/safety/incident-page.tsx";
import { IncidentsPage } from "../../views/safety/incidents-page.tsx";
import { NoticesPage } from "../../views/safety/notices-page.tsx";
import type { authPlugin } from "../auth/plugin.ts";
import type { Authenticated } from "../auth/sessions.ts";
import type { Db } from "../platform/db/client.ts";
import { AppError } from "../platform/errors.ts";
import { redirect } from "../platform/htmx.ts";
import { sseResponse } from "../platform/sse.ts";
import { listSchools } from "../roster/queries.ts";
import { AsyncQueue } from "../chat/jobs/async-queue.ts";
import type { IncidentBus } from "./incidents/bus.ts";
import { notifications } from "./incidents/schema.ts";
import { addNote, changeStatus, countOpen, getIncident, listIncidents, scopeFor } from "./incidents/service.ts";

const reviewers = ["safety.review", "safety.admin"] as const;
const uuid = t.String({ format: "uuid" });
const csrfField = { _csrf: t.Optional(t.String()) };

export function safetyRoutes(opts: { db: Db; auth: ReturnType<typeof authPlugin>; bus: IncidentBus }) {
  const { db } = opts;
  const scopeOf = (me: Authenticated) => scopeFor(db, { userId: me.user.id, capabilities: me.capabilities });

  return new Elysia({ name: "safety" })
    .use(opts.auth)
    .get(
      "/safety",
      async ({ me, page, query }) => {
        const admin = me.capabilities.has("safety.admin");
        const date = (s: string | undefined, end = false) => (s && /^\d{4}-\d{2}-\d{2}$/.test(s) ? new Date(`${s}T${end ? "23:59:59" : "00:00:00"}Z`) : undefined);
        const filter = {
          schoolId: admin ? (query.school ?? "") : "",
          category: query.category ?? "",
          severity: query.severity ?? "",
          status: query.status ?? "",
          from: admin ? (query.from ?? "") : "",
          to: admin ? (query.to ?? "") : "",
        };
        const rows = await listIncidents(db, await scopeOf(me), {
          schoolId: filter.schoolId || undefined,
          category: filter.category || undefined,
          severity: (filter.severity || undefined) as never,
          status: (filter.status || undefined) as never,
          from: date(filter.from),
          to: date(filter.to, true),
        });
        const schools = admin ? (await listSchools(db)).map((s) => ({ id: s.id, name: s.name })) : [];
        return <IncidentsPage layout={await page()} rows={rows} admin={admin} schools={schools} filter={filter} />;
      },
      {
        can: [...reviewers],
        query: t.Object({
          school: t.Optional(t.String({ maxLength: 40 })),
          category: t.Optional(t.String({ maxLength: 40 })),
          severity: t.Optional(t.Union(["", "low", "medium", "high", "critical"].map((s) => t.Literal(s)))),
          status: t.Optional(t.Union(["", "new", "acknowledged", "escalated", "resolved"].map((s) => t.Literal(s)))),
          from: t.Optional(t.String({ maxLength: 10 })),
          to: t.Optional(t.String({ maxLength: 10 })),
        }),
      },
    )
    .get(
      "/safety/incidents/:id",
      async ({ me, page, params }) => {
        const { incident, notes } = await getIncident(db, await scopeOf(me), params.id);
        return <IncidentPage layout={await page()} incident={incident} notes={notes} />;
      },
      { can: [...reviewers], params: t.Object({ id: uuid }) },
    )
    .post(
      "/safety/incidents/:id/status",
      async ({ me, params, body, request, requestId }) => {
        await changeStatus(db, await scopeOf(me), params.id, { status: body.status, escalatedTo: body.escalatedTo }, { id: me.user.id, requestId });
        return redirect(request.headers, `/safety/incidents/${params.id}`);
      },
      {
        can: [...reviewers],
        params: t.Object({ id: uuid }),
        body: t.Object({
          status: t.Union([t.Literal("acknowledged"), t.Literal("escalated"), t.Literal("resolved")]),
          escalatedTo: t.Optional(t.Union([t.Literal("counselor"), t.Literal("administrator")])),
          ...csrfField,
        }),
      },
    )
    .post(
      "/safety/incidents/:id/notes",
      async ({ me, params, body, request, requestId }) => {
        await addNote(db, await scopeOf(me), params.id, body.body, { id: me.user.id, requestId });
        return redirect(request.headers, `/safety/incidents/${params.id}`);
      },
      { can: [...reviewers], params: t.Object({ id: uuid }), body: t.Object({ body: t.String({ maxLength: 5000 }), ...csrfField }) },
    )
    .get(
      "/safety/badge",
      async ({ me, request, server }) => {
        server?.timeout(request, 0);
        const scope = await scopeOf(me);
        const mine = (userId: string) => scope.all || scope.studentIds.includes(userId);
        return sseResponse(async function* (signal) {
          const queue = new AsyncQueue<true>();
          const off = opts.bus.subscribe((event) => mine(event.userId) && queue.push(true));
          signal.addEventListener("abort", () => queue.close());
          try {
            // The count now, then again whenever one of my students' incidents arrives.
            yield { data: badgeText(await countOpen(db, scope)) };
            for (let r = await queue.next(); !r.done; r = await queue.next()) yield { data: badgeText(await countOpen(db, scope)) };
          } finally {
            off();
          }
        });
      },
      { can: [...reviewers] },
    )
    .get(
      "/notices",
      async ({ me, page }) => {
        const rows = await db.select().from(notifications).where(eq(notifications.userId, me.user.id)).orderBy(desc(notifications.createdAt)).limit(100);
        return <NoticesPage layout={await page()} notices={rows} />;
      },
      { auth: true },
    )
    .post(
      "/notices/:id/read",
      async ({ me, params, request }) => {
        const [row] = await db
          .update(notifications)
          .set({ readAt: new Date() })
          .where(and(eq(notifications.id, params.id), eq(notifications.userId, me.user.id), isNull(notifications.readAt)))
          .returning();
        if (!row) {
          const [exists] = await db.select({ id: notifications.id }).from(notifications).where(and(eq(notifications.id, params.id), eq(notifications.userId, me.user.id)));
          if (!exists) throw new AppError("not_found", "That notice does not exist.");
        }
        return redirect(request.headers, "/notices");
      },
      { auth: true, params: t.Object({ id: uuid }), body: t.Optional(t.Object(csrfField)) },
    );
}

/** The badge's content: a number for sighted readers, words for screen readers. */
function badgeText(n: number): string {
  return n === 0 ? "" : `${n}<span class="visually-hidden"> open incident${n === 1 ? "" : "s"}</span>`;
}
