// The dev stack, deployed once per test run into the mock cloud: config as the
// CLI would pass it (Pulumi.yaml defaults under Pulumi.dev.yaml, a stand-in
// for the encrypted secret), then the program itself. Every component's test
// file reads the same deployment.
import * as pulumi from "@pulumi/pulumi";
import type { StackResource } from "../policies/types.ts";
import { installMockCloud } from "./mock-cloud.ts";
import { stackConfig } from "./stack-config.ts";

export const DEV_REGION = "us-east-1";
export const GOOGLE_SECRET_STAND_IN = "google-secret-stand-in";

export interface DevStack {
  resources: StackResource[];
  program: typeof import("../index.ts");
  /** Every config key the program asked for ("atelier:domainName"). */
  configKeysRead: Set<string>;
  all(type: string): StackResource[];
  /** The one resource of a type (and name); throws when there are none or several. */
  one(type: string, name?: string): StackResource;
  childrenOf(component: string): StackResource[];
  /** The container definitions of the task definition of a family. */
  containers(family: string): any[];
}

let deployed: Promise<DevStack> | undefined;

export function devStack(): Promise<DevStack> {
  deployed ??= deploy();
  return deployed;
}

async function deploy(): Promise<DevStack> {
  // Each Config getter resolves its key with fullKey: recording it lists what the program reads.
  const configKeysRead = new Set<string>();
  const proto = pulumi.Config.prototype as unknown as { fullKey(key: string): string };
  const fullKey = proto.fullKey;
  proto.fullKey = function (this: pulumi.Config, key: string) {
    const full = fullKey.call(this, key);
    configKeysRead.add(full);
    return full;
  };
  try {
    const { config, secretKeys } = stackConfig("dev", { "atelier:googleClientSecret": GOOGLE_SECRET_STAND_IN });
    const cloud = installMockCloud({ project: "atelier", stack: "dev", region: DEV_REGION, config, secretKeys });
    // The mocks must be in place before the program runs, hence the dynamic import.
    const program = await import("../index.ts");
    await cloud.settle();
    const resources = cloud.resources();
    const all = (type: string) => resources.filter((r) => r.type === type);
    return {
      resources,
      program,
      configKeysRead,
      all,
      one(type, name) {
        const found = all(type).filter((r) => name === undefined || r.name === name);
        if (found.length !== 1) throw new Error(`expected one ${type}${name ? ` named ${name}` : ""}, found ${found.length}`);
        return found[0] as StackResource;
      },
      childrenOf: (component) => resources.filter((r) => r.parentType === `atelier:infra:${component}`),
      containers: (family) => json(all("aws:ecs/taskDefinition:TaskDefinition").find((t) => t.props.family === family)?.props.containerDefinitions),
    };
  } finally {
    proto.fullKey = fullKey;
  }
}

export const json = (value: unknown) => JSON.parse(String(value)) as any;

/** A container's environment list as an object. */
export const envOf = (container: { environment: { name: string; value: string }[] }): Record<string, unknown> => Object.fromEntries(container.environment.map((e) => [e.name, e.value]));

export const valueOf = <T>(output: pulumi.Output<T>) => new Promise<T>((resolve) => output.apply(resolve));
