// /admin/safety: administrators tune the safety profiles.
import { Elysia, t } from "elysia";
import { ProfileEditor, SafetyProfilesPage } from "../../views/admin/safety-page.tsx";
import type { authPlugin } from "../auth/plugin.ts";
import { configOf, formOf, type ProfileForm } from "../safety/profile-form.ts";
import { ProfileError, type ProfileStore } from "../safety/profiles-store.ts";
import { isHtmx, redirect } from "../platform/htmx.ts";

/** The engine's field paths in the words of the form: "Custom terms, line 2: …". */
function readable(problem: string): string {
  return problem
    .replace(/^customTerms\[(\d+)\]\.?/, (_, i) => `Custom terms, line ${Number(i) + 1}: `)
    .replace(/^blockedTopics\[(\d+)\]\.?/, (_, i) => `Blocked topic ${Number(i) + 1}: `);
}

const titles = { student: "Students", staff: "Staff (teachers, staff, administrators)" } as const;

export function safetyAdminRoutes(opts: { auth: ReturnType<typeof authPlugin>; profiles: ProfileStore }) {
  return new Elysia({ name: "admin/safety", prefix: "/admin" })
    .use(opts.auth)
    .get(
      "/safety",
      async ({ page, csrf }) => (
        <SafetyProfilesPage layout={await page()} forms={{ student: formOf(opts.profiles.get("student")), staff: formOf(opts.profiles.get("staff")) }} csrfToken={csrf()} />
      ),
      { can: ["admin", "safety.admin"] },
    )
    .post(
      "/safety/:id",
      async ({ me, params, body, request, requestId, csrf, set }) => {
        const fields = body as Record<string, string | undefined>;
        const form: ProfileForm = {
          actions: Object.fromEntries(Object.entries(fields).filter(([k]) => k.startsWith("action.")).map(([k, v]) => [k.slice(7), String(v)])),
          customTerms: fields.customTerms ?? "",
          blockedTopics: fields.blockedTopics ?? "",
          failClosed: params.id === "student" || fields.failClosed === "on",
        };
        try {
          await opts.profiles.save(params.id, configOf(form), { id: me.user.id, requestId });
        } catch (err) {
          if (!(err instanceof ProfileError)) throw err;
          set.status = 422;
          return <ProfileEditor id={params.id} title={titles[params.id]} form={form} csrfToken={csrf()} problems={err.problems.map(readable)} />;
        }
        if (!isHtmx(request.headers)) return redirect(request.headers, "/admin/safety");
        return <ProfileEditor id={params.id} title={titles[params.id]} form={formOf(opts.profiles.get(params.id))} csrfToken={csrf()} notice="Saved. The new profile applies now." />;
      },
      {
        can: ["admin", "safety.admin"],
        params: t.Object({ id: t.Union([t.Literal("student"), t.Literal("staff")]) }),
        body: t.Record(t.String(), t.String({ maxLength: 20_000 })),
      },
    );
}
