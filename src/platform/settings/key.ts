// Where the secret-settings key comes from: SECRETS_KEY, or on a laptop a key
// generated once into DATA_DIR/secrets.key (readable by its owner only).
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import type { Config } from "../../config.ts";

export function resolveSecretsKey(config: Pick<Config, "secretsKey" | "dataDir" | "production">): Uint8Array {
  if (config.secretsKey) return config.secretsKey;
  if (config.production) throw new Error("SECRETS_KEY is required in production");
  const file = join(config.dataDir, "secrets.key");
  if (existsSync(file)) {
    const key = Buffer.from(readFileSync(file, "utf8").trim(), "base64");
    if (key.length !== 32) throw new Error(`${file} does not hold a 32-byte base64 key; delete it to generate a new one`);
    return new Uint8Array(key);
  }
  mkdirSync(config.dataDir, { recursive: true });
  const key = randomBytes(32);
  writeFileSync(file, key.toString("base64") + "\n", { mode: 0o600 });
  chmodSync(file, 0o600);
  return new Uint8Array(key);
}
