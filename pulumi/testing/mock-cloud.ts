// Runs a Pulumi program against an in-memory cloud (pulumi.runtime.setMocks)
// and records every resource it registers, with the state a real deployment
// would report, so that the policies in ../policies can judge the result.
// The fake outputs are just realistic enough (ARNs, ids, URLs) for resources
// to reference each other the way they would in AWS.
import * as pulumi from "@pulumi/pulumi";
import type { StackResource } from "../policies/types.ts";

export const MOCK_ACCOUNT = "123456789012";
const SECRET_SIG = "1b47061264138c4ac30d75fd1eb44270";
const SIG_KEY = "4dabf18193072939515e22adb298388d";

export interface MockCloud {
  /** Every resource registered so far, with its parent component's type. */
  resources(): StackResource[];
  /** Data-source calls (invokes) the program made. */
  calls: { token: string; inputs: Record<string, unknown> }[];
  /** Resolves once the program has stopped registering resources. */
  settle(): Promise<void>;
}

export interface MockCloudOptions {
  project: string;
  stack: string;
  region: string;
  /** Fully qualified keys ("atelier:domainName") to raw string values, as the CLI passes them. */
  config: Record<string, string>;
  secretKeys?: string[];
}

export function installMockCloud(options: MockCloudOptions): MockCloud {
  const props = new Map<string, Record<string, unknown>>();
  const secretProps = new Map<string, string[]>();
  const calls: MockCloud["calls"] = [];
  const { region } = options;

  pulumi.runtime.setMocks(
    {
      newResource(args) {
        const inputs = unwrapSecrets(args.inputs) as Record<string, unknown>;
        const { id, state } = fakeState(args.type, args.name, inputs, region);
        props.set(`${args.type}::${args.name}`, { ...inputs, ...state, id });
        secretProps.set(`${args.type}::${args.name}`, Object.keys(args.inputs ?? {}).filter((k) => holdsSecret(args.inputs[k])));
        return { id, state };
      },
      call(args) {
        const inputs = unwrapSecrets(args.inputs) as Record<string, unknown>;
        calls.push({ token: args.token, inputs });
        return fakeCall(args.token, inputs, region);
      },
    },
    options.project,
    options.stack,
    false,
  );
  pulumi.runtime.setAllConfig(options.config, options.secretKeys ?? []);

  function registered(): Map<string, { urn: string }> {
    const monitor = pulumi.runtime.getMonitor() as unknown as { getRegisteredResources?: () => Map<string, { urn: string }> };
    if (!monitor?.getRegisteredResources) throw new Error("the Pulumi mock monitor is not installed");
    return monitor.getRegisteredResources();
  }

  return {
    calls,
    resources() {
      const out: StackResource[] = [];
      for (const { urn } of registered().values()) {
        // urn:pulumi:<stack>::<project>::<parent type>$<type>::<name>
        const [, , qualifiedType = "", name = ""] = urn.split("::");
        const chain = qualifiedType.split("$");
        const type = chain[chain.length - 1] ?? "";
        const parentType = chain.length > 1 ? chain[chain.length - 2] : undefined;
        const key = `${type}::${name}`;
        out.push({ type, name, urn, parentType, props: props.get(key) ?? {}, secretProps: secretProps.get(key) ?? [] });
      }
      return out;
    },
    async settle() {
      // Outputs resolve over many turns of the event loop; registration is
      // over when the count stops moving for a while.
      let last = -1;
      let stable = 0;
      while (stable < 5) {
        await new Promise((resolve) => setTimeout(resolve, 10));
        const now = registered().size;
        stable = now === last ? stable + 1 : 0;
        last = now;
      }
    },
  };
}

function holdsSecret(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(holdsSecret);
  if (value && typeof value === "object") {
    const record = value as Record<string, unknown>;
    return record[SIG_KEY] === SECRET_SIG || Object.values(record).some(holdsSecret);
  }
  return false;
}

function unwrapSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(unwrapSecrets);
  if (value && typeof value === "object") {
    const record = value as Record<string, unknown>;
    if (record[SIG_KEY] === SECRET_SIG) return unwrapSecrets(record.value);
    return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, unwrapSecrets(v)]));
  }
  return value;
}

function fakeState(type: string, name: string, inputs: Record<string, unknown>, region: string): { id: string; state: Record<string, unknown> } {
  const service = type.split(":")[1]?.split("/")[0] ?? "mock";
  const physical = typeof inputs.name === "string" ? inputs.name : name;
  const id = `${physical}-id`;
  const arn = `arn:aws:${service}:${region}:${MOCK_ACCOUNT}:${physical}`;
  // An input named arn (an event target's destination) stays as given.
  const base = { arn, ...inputs, name: physical };
  switch (type) {
    case "aws:sqs/queue:Queue":
      return {
        id: `https://sqs.${region}.amazonaws.com/${MOCK_ACCOUNT}/${physical}`,
        state: { ...base, arn: `arn:aws:sqs:${region}:${MOCK_ACCOUNT}:${physical}`, url: `https://sqs.${region}.amazonaws.com/${MOCK_ACCOUNT}/${physical}` },
      };
    case "aws:rds/cluster:Cluster":
      return {
        id: String(inputs.clusterIdentifier ?? physical),
        state: {
          ...base,
          endpoint: `${physical}.cluster-abc.${region}.rds.amazonaws.com`,
          readerEndpoint: `${physical}.cluster-ro-abc.${region}.rds.amazonaws.com`,
          port: 5432,
          masterUserSecrets: [{ secretArn: `arn:aws:secretsmanager:${region}:${MOCK_ACCOUNT}:secret:rds!cluster-abc`, secretStatus: "active" }],
        },
      };
    case "aws:lb/loadBalancer:LoadBalancer":
      return { id: arn, state: { ...base, arnSuffix: `app/${physical}/50dc6c495c0c9188`, dnsName: `${physical}.${region}.elb.amazonaws.com`, zoneId: "Z35SXDOTRQ7X7K" } };
    case "aws:lb/targetGroup:TargetGroup":
      return { id: arn, state: { ...base, arnSuffix: `targetgroup/${physical}/73e2d6bc24d8a067` } };
    case "aws:s3/bucket:Bucket":
      return { id: physical, state: { ...base, bucket: physical, arn: `arn:aws:s3:::${physical}` } };
    case "aws:ecr/repository:Repository":
      return { id, state: { ...base, repositoryUrl: `${MOCK_ACCOUNT}.dkr.ecr.${region}.amazonaws.com/${physical}` } };
    case "awsx:ecr:Image":
      return { id, state: { ...base, imageUri: `${String(inputs.repositoryUrl)}@sha256:${"0".repeat(63)}1` } };
    case "aws:cognito/userPool:UserPool":
      return { id: `${region}_MockPool`, state: { ...base, endpoint: `cognito-idp.${region}.amazonaws.com/${region}_MockPool` } };
    case "aws:cognito/userPoolClient:UserPoolClient":
      return { id: "mockclientid", state: { ...base, clientSecret: "mock-client-secret" } };
    case "aws:bedrock/guardrail:Guardrail":
      return { id, state: { ...base, guardrailId: "gr-mock", guardrailArn: `arn:aws:bedrock:${region}:${MOCK_ACCOUNT}:guardrail/gr-mock`, version: "DRAFT" } };
    case "aws:bedrock/guardrailVersion:GuardrailVersion":
      return { id, state: { ...base, version: "1" } };
    case "aws:kms/key:Key":
      return { id: "mock-key-id", state: { ...base, keyId: "mock-key-id", arn: `arn:aws:kms:${region}:${MOCK_ACCOUNT}:key/mock-key-id` } };
    case "aws:lambda/invocation:Invocation":
      return { id, state: { ...inputs, result: JSON.stringify({ taskArn: `arn:aws:ecs:${region}:${MOCK_ACCOUNT}:task/mock-cluster/0123456789abcdef`, exitCode: 0 }) } };
    case "aws:lambda/function:Function":
      return { id: physical, state: { ...base, arn: `arn:aws:lambda:${region}:${MOCK_ACCOUNT}:function:${physical}`, invokeArn: `arn:aws:apigateway:${region}:lambda:path/${physical}` } };
    default:
      return { id, state: base };
  }
}

function fakeCall(token: string, inputs: Record<string, unknown>, region: string): Record<string, unknown> {
  switch (token) {
    case "aws:index/getCallerIdentity:getCallerIdentity":
      return { accountId: MOCK_ACCOUNT, arn: `arn:aws:iam::${MOCK_ACCOUNT}:user/mock`, userId: "mock" };
    case "aws:index/getPartition:getPartition":
      return { partition: "aws", dnsSuffix: "amazonaws.com" };
    case "aws:index/getRegion:getRegion":
      return { name: region, region };
    case "aws:secretsmanager/getSecretVersion:getSecretVersion":
      return { arn: inputs.secretId, secretString: JSON.stringify({ username: "atelier", password: "mock-db-password" }), versionId: "v1" };
    default:
      throw new Error(`the mock cloud does not answer ${token}; add it to pulumi/testing/mock-cloud.ts`);
  }
}
