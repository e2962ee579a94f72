import { expect, test } from "bun:test";
import { loadConfig } from "../../src/config.ts";
import { newSecretsKey } from "./encryption.ts";

test("a generated SECRETS_KEY is 32 random bytes the app accepts", () => {
  const key = newSecretsKey();
  expect(Buffer.from(key, "base64")).toHaveLength(32);
  expect(newSecretsKey()).not.toBe(key);
  expect(loadConfig({ SECRETS_KEY: key }).secretsKey).toHaveLength(32);
});
