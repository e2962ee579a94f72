// Builds the config a stack's program would receive from the Pulumi CLI:
// the defaults declared in Pulumi.yaml, overlaid with Pulumi.<stack>.yaml.
// Encrypted (`secure:`) values cannot be read here, so a test supplies
// stand-ins for the secrets.
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";

export const REPO_ROOT = resolve(import.meta.dir, "../..");

export interface ConfigDeclaration {
  type: "string" | "integer" | "boolean" | "array";
  description?: string;
  default?: unknown;
  secret?: boolean;
  items?: { type: string };
}

export interface ProjectFile {
  name: string;
  runtime: string | { name: string };
  main?: string;
  config: Record<string, ConfigDeclaration>;
}

export function readProjectFile(): ProjectFile {
  return Bun.YAML.parse(readFileSync(join(REPO_ROOT, "Pulumi.yaml"), "utf8")) as ProjectFile;
}

/** A stack file's config, keys as written ("atelier:domainName", "aws:region"). */
export function readStackFile(stack: string): Record<string, unknown> {
  const parsed = Bun.YAML.parse(readFileSync(join(REPO_ROOT, `Pulumi.${stack}.yaml`), "utf8")) as { config?: Record<string, unknown> };
  return parsed.config ?? {};
}

/** Config values as the CLI passes them to a program: strings, JSON for arrays and objects. */
function asConfigString(value: unknown): string {
  return typeof value === "string" ? value : JSON.stringify(value);
}

export function stackConfig(stack: string, secretStandIns: Record<string, string>): { config: Record<string, string>; secretKeys: string[] } {
  const project = readProjectFile();
  const config: Record<string, string> = {};
  const secretKeys: string[] = [];
  for (const [key, declaration] of Object.entries(project.config)) {
    const full = `${project.name}:${key}`;
    if (declaration.default !== undefined) config[full] = asConfigString(declaration.default);
    if (declaration.secret) secretKeys.push(full);
  }
  for (const [key, value] of Object.entries(readStackFile(stack))) {
    const encrypted = value !== null && typeof value === "object" && "secure" in value;
    if (encrypted) {
      const standIn = secretStandIns[key];
      if (standIn === undefined) throw new Error(`${key} is encrypted in Pulumi.${stack}.yaml; give the test a stand-in value`);
      config[key] = standIn;
      secretKeys.push(key);
    } else {
      config[key] = asConfigString(value);
    }
  }
  for (const [key, value] of Object.entries(secretStandIns)) {
    if (config[key] === undefined) config[key] = value;
    if (!secretKeys.includes(key)) secretKeys.push(key);
  }
  return { config, secretKeys };
}
