// IPv4 CIDR arithmetic for the subnet plan. Pure, so the plan is checked by a
// unit test instead of by AWS rejecting an overlapping subnet mid-deploy.

export interface Cidr {
  /** Network address as an unsigned 32-bit integer. */
  base: number;
  prefix: number;
}

export function parseCidr(text: string): Cidr {
  const match = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/.exec(text);
  if (!match) throw new Error(`"${text}" is not an IPv4 CIDR block such as 10.0.0.0/16`);
  const octets = match.slice(1, 5).map(Number);
  const prefix = Number(match[5]);
  if (octets.some((o) => o > 255) || prefix > 32) throw new Error(`"${text}" is not an IPv4 CIDR block such as 10.0.0.0/16`);
  const address = octets.reduce((acc, o) => acc * 256 + o, 0);
  const size = 2 ** (32 - prefix);
  if (address % size !== 0) throw new Error(`"${text}" has host bits set; did you mean ${formatCidr({ base: address - (address % size), prefix })}?`);
  return { base: address, prefix };
}

export function formatCidr(cidr: Cidr): string {
  const o = [24, 16, 8, 0].map((shift) => Math.floor(cidr.base / 2 ** shift) % 256);
  return `${o.join(".")}/${cidr.prefix}`;
}

/** The `index`-th block of `prefix + newBits` inside `parent` (Terraform's cidrsubnet). */
export function cidrSubnet(parent: string, newBits: number, index: number): string {
  const p = parseCidr(parent);
  const prefix = p.prefix + newBits;
  if (prefix > 28) throw new Error(`a /${prefix} subnet is smaller than AWS allows (/28)`);
  if (index < 0 || index >= 2 ** newBits) throw new Error(`${parent} holds only ${2 ** newBits} blocks of /${prefix}; index ${index} is outside`);
  return formatCidr({ base: p.base + index * 2 ** (32 - prefix), prefix });
}

export function cidrsOverlap(a: string, b: string): boolean {
  const x = parseCidr(a);
  const y = parseCidr(b);
  const xEnd = x.base + 2 ** (32 - x.prefix);
  const yEnd = y.base + 2 ** (32 - y.prefix);
  return x.base < yEnd && y.base < xEnd;
}

export function cidrContains(outer: string, inner: string): boolean {
  const o = parseCidr(outer);
  const i = parseCidr(inner);
  return i.prefix >= o.prefix && i.base >= o.base && i.base + 2 ** (32 - i.prefix) <= o.base + 2 ** (32 - o.prefix);
}

export type SubnetTier = "public" | "private" | "isolated";

export interface PlannedSubnet {
  tier: SubnetTier;
  availabilityZone: string;
  cidrBlock: string;
}

/**
 * Three tiers per availability zone inside a /16 (or larger) VPC:
 * public /24s for the ALB and NAT gateways (small: they hold few addresses),
 * private /20s for Fargate tasks and Lambda ENIs (each takes an address),
 * isolated /24s for Aurora.
 */
export function planSubnets(vpcCidr: string, availabilityZones: readonly string[]): PlannedSubnet[] {
  const vpc = parseCidr(vpcCidr);
  if (vpc.prefix > 16) throw new Error(`the VPC block ${vpcCidr} is too small: use a /16 so each zone gets a /20 for tasks`);
  if (availabilityZones.length < 2 || availabilityZones.length > 4) {
    throw new Error(`give two to four availability zones, got ${availabilityZones.length}`);
  }
  const vpc16 = formatCidr({ base: vpc.base, prefix: 16 });
  return availabilityZones.flatMap((zone, i) => [
    // /24 blocks 0..3 sit in the first /20, which no private subnet uses.
    { tier: "public" as const, availabilityZone: zone, cidrBlock: cidrSubnet(vpc16, 8, i) },
    { tier: "private" as const, availabilityZone: zone, cidrBlock: cidrSubnet(vpc16, 4, 1 + i) },
    // /24 blocks 240..243 sit in the last /20, likewise unused by private subnets.
    { tier: "isolated" as const, availabilityZone: zone, cidrBlock: cidrSubnet(vpc16, 8, 240 + i) },
  ]);
}
