// The shape the policies judge: a deployed resource as CrossGuard's
// validateStack reports it (type, name, props holding the resolved outputs).
// The mock cloud in ../testing records the same shape, so the same functions
// run in `bun test` today and in a policy pack later.

export interface StackResource {
  /** Pulumi type token, e.g. "aws:sqs/queue:Queue". */
  type: string;
  /** Logical name. */
  name: string;
  urn?: string;
  /** Type token of the parent component, when the mock cloud knows it. */
  parentType?: string;
  /** Resolved properties (inputs and outputs). */
  props: Record<string, unknown>;
  /** Properties Pulumi keeps encrypted in its state, when known. */
  secretProps?: string[];
}

export interface Violation {
  policy: string;
  resource: string;
  message: string;
}

export interface StackPolicy {
  name: string;
  description: string;
  check(resources: readonly StackResource[]): Violation[];
}

/** Resources of one type, e.g. ofType(resources, "aws:sqs/queue:Queue"). */
export function ofType(resources: readonly StackResource[], type: string): StackResource[] {
  return resources.filter((r) => r.type === type);
}

export function str(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

export function list(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

export function record(value: unknown): Record<string, unknown> {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** A property that may hold JSON text (policies, redrive settings) or an object already. */
export function json(value: unknown): unknown {
  if (typeof value !== "string") return value;
  try {
    return JSON.parse(value);
  } catch {
    return undefined;
  }
}

/** Finds the resource whose id, ARN or name a reference property holds. */
export function resolveRef(resources: readonly StackResource[], type: string, ref: unknown): StackResource | undefined {
  if (typeof ref !== "string" || ref === "") return undefined;
  return ofType(resources, type).find((r) => r.props.id === ref || r.props.arn === ref || r.props.name === ref || r.props.url === ref);
}

export function violation(policy: string, resource: StackResource, message: string): Violation {
  return { policy, resource: `${resource.type}::${resource.name}`, message };
}
