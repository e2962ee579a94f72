// Small, typed readers for environment variables. Each reader knows its
// variable's documentation and default, so config.ts can both validate the
// environment and print the configuration reference from one declaration.

export interface EnvVar<T> {
  readonly kind: string;
  readonly doc: string;
  /** Shown in the reference; `undefined` means the variable is optional with no default. */
  readonly defaultText: string | undefined;
  readonly secret: boolean;
  parse(raw: string | undefined): T;
}

export class EnvError extends Error {}

function reader<T>(
  kind: string,
  doc: string,
  fallback: T | undefined,
  parseSet: (raw: string) => T,
  opts: { secret?: boolean; defaultText?: string } = {},
): EnvVar<T> {
  return {
    kind,
    doc,
    secret: opts.secret ?? false,
    defaultText: opts.defaultText ?? (fallback === undefined ? undefined : String(fallback)),
    parse(raw) {
      if (raw === undefined || raw.trim() === "") {
        if (fallback === undefined) return undefined as T;
        return fallback;
      }
      return parseSet(raw.trim());
    },
  };
}

export function str(doc: string, fallback?: string, opts: { secret?: boolean } = {}): EnvVar<string> {
  return reader("string", doc, fallback, (raw) => raw, opts);
}

export function optionalStr(doc: string, opts: { secret?: boolean } = {}): EnvVar<string | undefined> {
  return reader<string | undefined>("string", doc, undefined, (raw) => raw, opts);
}

export function int(doc: string, fallback: number | undefined, range: { min: number; max: number }): EnvVar<number> {
  return reader("integer", doc, fallback, (raw) => {
    const n = Number(raw);
    if (!/^-?\d+$/.test(raw) || n < range.min || n > range.max) {
      throw new EnvError(`must be a whole number from ${range.min} to ${range.max}, got "${raw}"`);
    }
    return n;
  });
}

export function bool(doc: string, fallback: boolean): EnvVar<boolean> {
  return reader("boolean", doc, fallback, (raw) => {
    const v = raw.toLowerCase();
    if (["1", "true", "yes", "on"].includes(v)) return true;
    if (["0", "false", "no", "off"].includes(v)) return false;
    throw new EnvError(`must be true or false, got "${raw}"`);
  });
}

export function oneOf<const T extends string>(doc: string, values: readonly T[], fallback: T | undefined): EnvVar<T> {
  return reader<T>(`one of ${values.join(", ")}`, doc, fallback, (raw) => {
    if (!(values as readonly string[]).includes(raw)) {
      throw new EnvError(`must be one of ${values.join(", ")}, got "${raw}"`);
    }
    return raw as T;
  });
}

export function url(doc: string, fallback?: string, opts: { protocols?: string[]; secret?: boolean } = {}): EnvVar<string> {
  const protocols = opts.protocols ?? ["http:", "https:"];
  return reader("URL", doc, fallback, (raw) => {
    let parsed: URL;
    try {
      parsed = new URL(raw);
    } catch {
      throw new EnvError(`must be a URL, got "${opts.secret ? "(hidden)" : raw}"`);
    }
    if (!protocols.includes(parsed.protocol)) {
      throw new EnvError(`must be a URL starting with ${protocols.map((p) => p + "//").join(" or ")}`);
    }
    return raw.replace(/\/+$/, "");
  }, opts);
}

export function list(doc: string, fallback: string[] = []): EnvVar<string[]> {
  return reader("comma-separated list", doc, fallback, (raw) =>
    raw.split(",").map((s) => s.trim()).filter(Boolean),
  { defaultText: fallback.length ? fallback.join(",") : undefined });
}

/** A 32-byte key given as base64 (for AES-256-GCM). */
export function key32(doc: string): EnvVar<Uint8Array | undefined> {
  return reader<Uint8Array | undefined>("base64, 32 bytes", doc, undefined, (raw) => {
    const bytes = Buffer.from(raw, "base64");
    if (bytes.length !== 32) throw new EnvError("must be 32 bytes encoded as base64 (try: openssl rand -base64 32)");
    return new Uint8Array(bytes);
  }, { secret: true });
}

export type EnvSpec = Record<string, EnvVar<unknown>>;
export type EnvValues<S extends EnvSpec> = { [K in keyof S]: S[K] extends EnvVar<infer T> ? T : never };

/** Reads every variable of the spec; collects all problems so one boot names them all. */
export function readEnv<S extends EnvSpec>(spec: S, env: Record<string, string | undefined>): EnvValues<S> {
  const out: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [name, v] of Object.entries(spec)) {
    try {
      out[name] = v.parse(env[name]);
    } catch (err) {
      if (!(err instanceof EnvError)) throw err;
      problems.push(`${name} ${err.message}`);
    }
  }
  if (problems.length) throw new ConfigError(problems);
  return out as EnvValues<S>;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join("\n  - ")}`);
    this.name = "ConfigError";
  }
}

/** The configuration reference as a Markdown table (README and `bun run config:doc`). */
export function envReference(spec: EnvSpec): string {
  const rows = Object.entries(spec).map(([name, v]) => {
    const def = v.defaultText === undefined ? "" : `\`${v.defaultText}\``;
    return `| \`${name}\` | ${v.kind} | ${def} | ${v.doc} |`;
  });
  return ["| Variable | Type | Default | Meaning |", "|---|---|---|---|", ...rows].join("\n");
}
