// Form pieces that keep labels, hints and errors tied to their control for
// screen readers (aria-describedby, aria-invalid).
import type { Children } from "@kitajs/html";

export function CsrfField({ token }: { token: string | undefined }) {
  return token ? <input type="hidden" name="_csrf" value={token} /> : <></>;
}

export interface FieldProps {
  name: string;
  label: string;
  error?: string;
  hint?: string;
  children: Children;
}

/** Wraps one control; the control itself must carry id={name} and aria-describedby={describedBy(name, ...)}. */
export function Field({ name, label, error, hint, children }: FieldProps) {
  return (
    <div class="field">
      <label for={name} safe>
        {label}
      </label>
      {children}
      {hint ? (
        <p class="hint" id={`${name}-hint`} safe>
          {hint}
        </p>
      ) : (
        ""
      )}
      {error ? (
        <p class="field-error" id={`${name}-error`} safe>
          {error}
        </p>
      ) : (
        ""
      )}
    </div>
  );
}

export function describedBy(name: string, opts: { error?: string; hint?: string }): string | undefined {
  const ids = [opts.hint ? `${name}-hint` : "", opts.error ? `${name}-error` : ""].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

export function FormErrors({ errors }: { errors: Record<string, string> }) {
  const list = Object.values(errors);
  if (!list.length) return <></>;
  return (
    <div class="alert alert-error" role="alert">
      <strong>Please fix the following:</strong>
      <ul>
        {list.map((e) => (
          <li safe>{e}</li>
        ))}
      </ul>
    </div>
  );
}
