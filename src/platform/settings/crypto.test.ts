import { describe, expect, test } from "bun:test";
import { decryptSecret, encryptSecret, SecretDecryptionError } from "./crypto.ts";

const key = new Uint8Array(32).fill(1);
const otherKey = new Uint8Array(32).fill(2);

describe("secret settings encryption", () => {
  test("round-trips and never stores the clear text", () => {
    const stored = encryptSecret(key, "providers.openai.apiKey", "sk-live-123456");
    expect(stored).not.toContain("sk-live");
    expect(decryptSecret(key, "providers.openai.apiKey", stored)).toBe("sk-live-123456");
  });

  test("the same value encrypts differently each time (fresh nonce)", () => {
    expect(encryptSecret(key, "k", "v")).not.toBe(encryptSecret(key, "k", "v"));
  });

  test("a wrong key, another setting's name or a flipped byte is refused", () => {
    const stored = encryptSecret(key, "a", "secret");
    expect(() => decryptSecret(otherKey, "a", stored)).toThrow(SecretDecryptionError);
    expect(() => decryptSecret(key, "b", stored)).toThrow(/"b" cannot be decrypted/);
    const raw = Buffer.from(stored.slice(3), "base64");
    raw[raw.length - 1]! ^= 1;
    expect(() => decryptSecret(key, "a", `v1:${raw.toString("base64")}`)).toThrow(SecretDecryptionError);
  });
});
