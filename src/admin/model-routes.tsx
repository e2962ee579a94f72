// /admin/models: the model catalog, and /admin/settings: provider keys and
// other runtime settings. Every change is audited by the service it calls.
import { eq } from "drizzle-orm";
import { Elysia, t } from "elysia";
import { ModelForm, ModelsPage, valuesOf, type ModelFormValues } from "../../views/admin/models-page.tsx";
import { AdminLayout } from "../../views/admin/admin-layout.tsx";
import { SettingRow, SettingsPage } from "../../views/admin/settings-page.tsx";
import { listModels, saveModel } from "../ai/catalog.ts";
import { providerLabels } from "../ai/providers.ts";
import { aiModels, providerKinds } from "../ai/schema.ts";
import type { authPlugin } from "../auth/plugin.ts";
import { listRoles } from "../auth/roles.ts";
import type { Db } from "../platform/db/client.ts";
import { AppError } from "../platform/errors.ts";
import { isHtmx, redirect } from "../platform/htmx.ts";
import type { Settings } from "../platform/settings/service.ts";

const providers = providerKinds.map((id) => ({ id, label: providerLabels[id] }));
const list = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

const modelBody = t.Object({
  provider: t.String(),
  modelId: t.String({ maxLength: 200 }),
  displayName: t.String({ maxLength: 120 }),
  baseUrl: t.Optional(t.String({ maxLength: 500 })),
  contextWindow: t.String(),
  inputPrice: t.String(),
  outputPrice: t.String(),
  enabled: t.Optional(t.String()),
  rolesAllowed: t.Optional(t.Union([t.String(), t.Array(t.String())])),
  _csrf: t.Optional(t.String()),
});
type ModelBody = typeof modelBody.static;

function formValues(body: ModelBody): ModelFormValues {
  return {
    provider: body.provider,
    modelId: body.modelId,
    displayName: body.displayName,
    baseUrl: body.baseUrl ?? "",
    contextWindow: body.contextWindow,
    inputPrice: body.inputPrice,
    outputPrice: body.outputPrice,
    enabled: body.enabled === "on",
    rolesAllowed: list(body.rolesAllowed),
  };
}

export function modelAndSettingsRoutes(opts: { db: Db; settings: Settings; auth: ReturnType<typeof authPlugin> }) {
  const { db, settings } = opts;
  const roleOptions = async () => (await listRoles(db)).map((r) => ({ id: r.id, name: r.name }));

  async function save(id: string | null, body: ModelBody, me: { user: { id: string } }, requestId: string, request: Request, csrfToken: string) {
    const values = formValues(body);
    try {
      await saveModel(
        db,
        id,
        {
          ...values,
          contextWindow: Number(values.contextWindow),
          inputDollarsPerMTok: Number(values.inputPrice),
          outputDollarsPerMTok: Number(values.outputPrice),
        },
        { id: me.user.id, requestId },
      );
    } catch (err) {
      if (!(err instanceof AppError) || err.code !== "validation") throw err;
      const form = <ModelForm id={id ?? undefined} values={values} errors={err.fields} providers={providers} roles={await roleOptions()} csrfToken={csrfToken} />;
      return new Response(form as string, { status: 422, headers: { "Content-Type": "text/html; charset=utf-8" } });
    }
    if (isHtmx(request.headers)) return new Response(null, { headers: { "HX-Location": JSON.stringify({ path: "/admin/models", target: "body" }) } });
    return redirect(request.headers, "/admin/models");
  }

  return new Elysia({ name: "admin/models", prefix: "/admin" })
    .use(opts.auth)
    .get(
      "/models",
      async ({ page, csrf }) => (
        <ModelsPage layout={await page()} models={await listModels(db)} providers={providers} providerLabels={providerLabels} roles={await roleOptions()} csrfToken={csrf()} />
      ),
      { can: "admin" },
    )
    .post("/models", async ({ me, body, requestId, request, csrf }) => save(null, body, me, requestId, request, csrf()), { can: "admin", body: modelBody })
    .get(
      "/models/:id",
      async ({ params, page, csrf }) => {
        const [model] = await db.select().from(aiModels).where(eq(aiModels.id, params.id));
        if (!model) throw new AppError("not_found", "That model does not exist.");
        return (
          <AdminLayout title={`Edit ${model.displayName}`} layout={await page()}>
            <p>
              <a href="/admin/models">← All models</a>
            </p>
            <ModelForm id={model.id} values={valuesOf(model)} providers={providers} roles={await roleOptions()} csrfToken={csrf()} />
          </AdminLayout>
        );
      },
      { can: "admin", params: t.Object({ id: t.String({ format: "uuid" }) }) },
    )
    .post("/models/:id", async ({ me, params, body, requestId, request, csrf }) => save(params.id, body, me, requestId, request, csrf()), {
      can: "admin",
      params: t.Object({ id: t.String({ format: "uuid" }) }),
      body: modelBody,
    })
    .get("/settings", async ({ page, csrf }) => <SettingsPage layout={await page()} views={await settings.list()} csrfToken={csrf()} />, { can: "admin" })
    .post(
      "/settings/:key",
      async ({ me, params, body, request, requestId, csrf }) => {
        if (!settings.definitions().some((d) => d.key === params.key)) throw new AppError("not_found", "That setting does not exist.");
        const value = body.value.trim();
        if (!value) throw new AppError("validation", "Enter a value.", { value: "Enter a value." });
        await settings.set(params.key, value, { id: me.user.id, requestId });
        return settingResponse(request, params.key, csrf(), "Saved");
      },
      { can: "admin", params: t.Object({ key: t.String({ maxLength: 100 }) }), body: t.Object({ value: t.String({ maxLength: 4000 }), _csrf: t.Optional(t.String()) }) },
    )
    .post(
      "/settings/:key/clear",
      async ({ me, params, request, requestId, csrf }) => {
        if (!settings.definitions().some((d) => d.key === params.key)) throw new AppError("not_found", "That setting does not exist.");
        await settings.clear(params.key, { id: me.user.id, requestId });
        return settingResponse(request, params.key, csrf(), "Removed");
      },
      { can: "admin", params: t.Object({ key: t.String({ maxLength: 100 }) }), body: t.Optional(t.Object({ _csrf: t.Optional(t.String()) })) },
    );

  async function settingResponse(request: Request, key: string, csrfToken: string, notice: string) {
    if (!isHtmx(request.headers)) return redirect(request.headers, "/admin/settings");
    const view = (await settings.list()).find((v) => v.def.key === key)!;
    return <SettingRow view={view} csrfToken={csrfToken} notice={notice} />;
  }
}
