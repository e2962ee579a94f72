import type { AiModel } from "../../src/ai/schema.ts";
import { CsrfField, Field, FormErrors, describedBy } from "../components/forms.tsx";
import { AdminLayout, type AdminLayoutProps } from "./admin-layout.tsx";

export interface ModelFormValues {
  provider: string;
  modelId: string;
  displayName: string;
  baseUrl: string;
  contextWindow: string;
  inputPrice: string;
  outputPrice: string;
  enabled: boolean;
  rolesAllowed: string[];
}

export function valuesOf(m: AiModel): ModelFormValues {
  return {
    provider: m.provider,
    modelId: m.modelId,
    displayName: m.displayName,
    baseUrl: m.baseUrl ?? "",
    contextWindow: String(m.contextWindow),
    inputPrice: String(m.inputMicrosPerMTok / 1_000_000),
    outputPrice: String(m.outputMicrosPerMTok / 1_000_000),
    enabled: m.enabled,
    rolesAllowed: m.rolesAllowed,
  };
}

const blank: ModelFormValues = { provider: "openai", modelId: "", displayName: "", baseUrl: "", contextWindow: "128000", inputPrice: "0", outputPrice: "0", enabled: true, rolesAllowed: [] };

export interface ModelFormProps {
  id?: string;
  values?: ModelFormValues;
  errors?: Record<string, string>;
  providers: { id: string; label: string }[];
  roles: { id: string; name: string }[];
  csrfToken: string | undefined;
}

export function ModelForm({ id, values = blank, errors = {}, providers, roles, csrfToken }: ModelFormProps) {
  const formId = id ? `model-form-${id}` : "model-form-new";
  const action = id ? `/admin/models/${id}` : "/admin/models";
  const f = (name: string) => `${formId}-${name}`;
  const text = (name: keyof ModelFormValues, label: string, opts: { type?: string; hint?: string; required?: boolean } = {}) => (
    <Field name={f(name)} label={label} error={errors[name]} hint={opts.hint}>
      <input
        id={f(name)}
        name={name}
        type={opts.type ?? "text"}
        value={String(values[name])}
        required={opts.required}
        step={opts.type === "number" ? "any" : undefined}
        aria-invalid={errors[name] ? "true" : undefined}
        aria-describedby={describedBy(f(name), { error: errors[name], hint: opts.hint })}
      />
    </Field>
  );
  return (
    <form id={formId} class="card stack" method="post" action={action} hx-post={action} hx-target={`#${formId}`} hx-swap="outerHTML">
      <h2>{id ? "Edit model" : "Add a model"}</h2>
      <FormErrors errors={errors} />
      <CsrfField token={csrfToken} />
      <Field name={f("provider")} label="Provider" error={errors.provider}>
        <select id={f("provider")} name="provider">
          {providers.map((p) => (
            <option value={p.id} selected={p.id === values.provider} safe>
              {p.label}
            </option>
          ))}
        </select>
      </Field>
      {text("modelId", "Provider's model id", { required: true, hint: "For example gpt-4.1-mini, claude-sonnet-4, llama3.1:8b." })}
      {text("displayName", "Name people see", { required: true })}
      {text("baseUrl", "Server address (OpenAI-compatible servers only)", { hint: "For example http://ollama.internal:11434/v1" })}
      {text("contextWindow", "Context window (tokens)", { type: "number" })}
      {text("inputPrice", "Input price ($ per million tokens)", { type: "number" })}
      {text("outputPrice", "Output price ($ per million tokens)", { type: "number" })}
      <fieldset>
        <legend>Who may use it</legend>
        <p class="hint">Tick none to offer it to every role.</p>
        <div class="checks">
          {roles.map((r) => (
            <label class="check">
              <input type="checkbox" name="rolesAllowed" value={r.id} checked={values.rolesAllowed.includes(r.id)} />
              <span safe>{r.name}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <label class="check">
        <input type="checkbox" name="enabled" value="on" checked={values.enabled} />
        <span>Enabled</span>
      </label>
      <div>
        <button type="submit">{id ? "Save model" : "Add model"}</button>
      </div>
    </form>
  );
}

export interface ModelsPageProps extends Omit<ModelFormProps, "id" | "values" | "errors"> {
  layout: AdminLayoutProps;
  models: AiModel[];
  providerLabels: Record<string, string>;
  notice?: string;
}

const dollars = (micros: number) => `$${(micros / 1_000_000).toFixed(2)}`;

export function ModelsPage(p: ModelsPageProps) {
  return (
    <AdminLayout title="Models" layout={p.layout}>
      <div class="page-header">
        <div>
          <h1>Models</h1>
          <p>The AI models your district offers, who may use them, and what they cost. Provider keys are under Settings.</p>
        </div>
      </div>
      <table>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Provider</th>
            <th scope="col">Price in / out (per 1M tokens)</th>
            <th scope="col">For</th>
            <th scope="col">Status</th>
            <th scope="col">
              <span class="visually-hidden">Edit</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {p.models.map((m) => (
            <tr>
              <td>
                <strong safe>{m.displayName}</strong>
                <br />
                <code safe>{m.modelId}</code>
              </td>
              <td safe>{p.providerLabels[m.provider] ?? m.provider}</td>
              <td>{`${dollars(m.inputMicrosPerMTok)} / ${dollars(m.outputMicrosPerMTok)}`}</td>
              <td safe>{m.rolesAllowed.length ? m.rolesAllowed.join(", ") : "Everyone"}</td>
              <td>{m.enabled ? <span class="badge ok">Enabled</span> : <span class="badge">Disabled</span>}</td>
              <td>
                <a href={`/admin/models/${m.id}`}>Edit</a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ModelForm providers={p.providers} roles={p.roles} csrfToken={p.csrfToken} />
    </AdminLayout>
  );
}
