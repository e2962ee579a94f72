// Runs the whole program for the dev stack in the mock cloud and holds it to
// the stack policies, the project files and the secrets rules. Each
// component's own checks sit beside it (components/*.test.ts).
import { beforeAll, describe, expect, test } from "bun:test";
import { checkStack } from "./policies/index.ts";
import { devStack, DEV_REGION, GOOGLE_SECRET_STAND_IN, valueOf, type DevStack } from "./testing/dev-stack.ts";
import { readProjectFile, readStackFile } from "./testing/stack-config.ts";

let stack: DevStack;
beforeAll(async () => {
  stack = await devStack();
});

test("the program passes every stack policy", () => {
  expect(stack.resources.length).toBeGreaterThan(100);
  expect(checkStack(stack.resources)).toEqual([]);
});

test("each concern is its own component, and every resource belongs to one", () => {
  const components = stack.resources.filter((r) => r.type.startsWith("atelier:infra:")).map((r) => r.type.replace("atelier:infra:", ""));
  expect(components.sort()).toEqual(["App", "Auth", "Database", "Encryption", "MigrationHook", "Network", "Observability", "Safety", "Storage", "Workers"]);
  const orphans = stack.resources.filter((r) => !r.type.startsWith("atelier:infra:") && !r.parentType?.startsWith("atelier:infra:"));
  expect(orphans.map((r) => `${r.type}::${r.name}`)).toEqual([]);
});

describe("config", () => {
  test("Pulumi.yaml runs the Bun program in pulumi/ and documents every key the program reads", () => {
    const project = readProjectFile();
    expect(project.runtime).toBe("bun");
    expect(project.main).toBe("pulumi/");
    const read = [...stack.configKeysRead].filter((k) => k.startsWith("atelier:")).map((k) => k.slice("atelier:".length));
    expect(read.length).toBeGreaterThan(30);
    expect(read.filter((k) => !(k in project.config))).toEqual([]);
    // No key documented that the program ignores.
    expect(Object.keys(project.config).filter((k) => !read.includes(k))).toEqual([]);
    const undocumented = Object.entries(project.config).filter(([, d]) => (d.description ?? "").length < 30).map(([k]) => k);
    expect(undocumented).toEqual([]);
  });

  test("Pulumi.dev.yaml sets only declared keys and holds no secret in clear", () => {
    const project = readProjectFile();
    const dev = readStackFile("dev");
    expect(dev["aws:region"]).toBe(DEV_REGION);
    for (const [key, value] of Object.entries(dev)) {
      if (!key.startsWith("atelier:")) continue;
      const declaration = project.config[key.slice("atelier:".length)];
      expect(declaration ? key : `${key} (not declared in Pulumi.yaml)`).toBe(key);
      if (declaration?.secret) expect(value).toMatchObject({ secure: expect.any(String) });
    }
    const secrets = Object.entries(project.config).filter(([, d]) => d.secret).map(([k]) => k);
    expect(secrets).toEqual(["googleClientSecret"]);
  });

  test("no secret appears in clear in any resource; Pulumi keeps each one encrypted", () => {
    const secretsKey = String(stack.one("aws:secretsmanager/secretVersion:SecretVersion", "atelier-dev-keys-secrets-key-value").props.secretString);
    const secrets = [GOOGLE_SECRET_STAND_IN, "mock-db-password", "mock-client-secret", secretsKey];
    // Outputs the provider itself marks secret.
    const providerSecret: Record<string, string[]> = { "aws:cognito/userPoolClient:UserPoolClient": ["clientSecret"] };
    const leaks: string[] = [];
    for (const r of stack.resources) {
      for (const [prop, v] of Object.entries(r.props)) {
        if (r.secretProps?.includes(prop) || providerSecret[r.type]?.includes(prop)) continue;
        const text = JSON.stringify(v) ?? "";
        for (const secret of secrets) if (text.includes(secret)) leaks.push(`${r.type}::${r.name}.${prop}`);
      }
    }
    expect(leaks).toEqual([]);
    // And the places that must hold secrets do, encrypted.
    expect(stack.one("aws:cognito/identityProvider:IdentityProvider").secretProps).toContain("providerDetails");
    for (const fn of stack.all("aws:lambda/function:Function").filter((f) => f.props.packageType === "Image")) expect(fn.secretProps).toContain("environment");
  });
});

test("the stack outputs say where to find the app, sign-in and the dashboard", async () => {
  expect(stack.program.url).toBe("https://atelier-dev.example.org");
  expect(stack.program.signInUrl).toBe("https://atelier-dev-example.auth.us-east-1.amazoncognito.com");
  expect(await valueOf(stack.program.dashboardUrl)).toBe("https://us-east-1.console.aws.amazon.com/cloudwatch/home?region=us-east-1#dashboards:name=atelier-dev");
  expect(stack.program.migrateTaskFamily).toBe("atelier-dev-migrate");
});
