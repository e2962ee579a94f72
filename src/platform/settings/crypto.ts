// AES-256-GCM for secret settings. Each value gets a fresh 96-bit nonce; the
// setting's key is bound as additional data, so a ciphertext copied onto
// another setting fails to decrypt instead of leaking under the wrong name.
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

const VERSION = "v1";

export class SecretDecryptionError extends Error {
  constructor(key: string) {
    super(`The secret setting "${key}" cannot be decrypted: it was written under another SECRETS_KEY or altered.`);
    this.name = "SecretDecryptionError";
  }
}

export function encryptSecret(masterKey: Uint8Array, settingKey: string, plaintext: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", masterKey, iv);
  cipher.setAAD(Buffer.from(settingKey));
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return `${VERSION}:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64")}`;
}

export function decryptSecret(masterKey: Uint8Array, settingKey: string, stored: string): string {
  const [version, payload] = stored.split(":", 2);
  if (version !== VERSION || !payload) throw new SecretDecryptionError(settingKey);
  const raw = Buffer.from(payload, "base64");
  try {
    const decipher = createDecipheriv("aes-256-gcm", masterKey, raw.subarray(0, 12));
    decipher.setAAD(Buffer.from(settingKey));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString("utf8");
  } catch {
    throw new SecretDecryptionError(settingKey);
  }
}
