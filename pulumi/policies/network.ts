// Where things run and who can reach them: tasks and workers stay in private
// subnets, and nothing but HTTP(S) is open to the internet.
import { list, ofType, record, resolveRef, str, violation, type StackPolicy, type StackResource, type Violation } from "./types.ts";

export type SubnetTier = "public" | "private" | "isolated" | "unknown";

const WORLD = new Set(["0.0.0.0/0", "::/0"]);

/**
 * A subnet's tier, read from its routes the way AWS would route it: a default
 * route to an internet gateway makes it public, one to a NAT gateway private,
 * none at all isolated.
 */
export function subnetTier(resources: readonly StackResource[], subnetRef: unknown): SubnetTier {
  const subnet = resolveRef(resources, "aws:ec2/subnet:Subnet", subnetRef);
  if (!subnet) return "unknown";
  if (subnet.props.mapPublicIpOnLaunch === true) return "public";
  const association = ofType(resources, "aws:ec2/routeTableAssociation:RouteTableAssociation").find((a) => a.props.subnetId === subnet.props.id);
  const table = association && resolveRef(resources, "aws:ec2/routeTable:RouteTable", association.props.routeTableId);
  if (!table) return "unknown";
  const defaults = [
    ...list(table.props.routes).map(record).filter((r) => WORLD.has(str(r.cidrBlock) ?? "") || WORLD.has(str(r.ipv6CidrBlock) ?? "")),
    ...ofType(resources, "aws:ec2/route:Route")
      .filter((r) => r.props.routeTableId === table.props.id)
      .map((r) => r.props)
      .filter((r) => WORLD.has(str(r.destinationCidrBlock) ?? "") || WORLD.has(str(r.destinationIpv6CidrBlock) ?? "")),
  ];
  if (defaults.some((r) => resolveRef(resources, "aws:ec2/internetGateway:InternetGateway", r.gatewayId))) return "public";
  if (defaults.length === 0) return "isolated";
  return "private";
}

export const tasksInPrivateSubnets: StackPolicy = {
  name: "tasks-in-private-subnets",
  description: "ECS services and VPC Lambdas run in private subnets (outbound through NAT) without public addresses.",
  check(resources) {
    const out: Violation[] = [];
    for (const service of ofType(resources, "aws:ecs/service:Service")) {
      const network = record(service.props.networkConfiguration);
      if (network.assignPublicIp === true) out.push(violation(this.name, service, "tasks get public IP addresses (assignPublicIp is true)"));
      const subnets = list(network.subnets);
      if (subnets.length === 0) out.push(violation(this.name, service, "no subnets are named, so AWS picks the default VPC's public ones"));
      for (const subnet of subnets) {
        const tier = subnetTier(resources, subnet);
        if (tier !== "private") out.push(violation(this.name, service, `tasks run in subnet ${String(subnet)}, which is ${tier}, not private`));
      }
    }
    for (const fn of ofType(resources, "aws:lambda/function:Function")) {
      for (const subnet of list(record(fn.props.vpcConfig).subnetIds)) {
        const tier = subnetTier(resources, subnet);
        if (tier !== "private") out.push(violation(this.name, fn, `the function runs in subnet ${String(subnet)}, which is ${tier}, not private`));
      }
    }
    return out;
  },
};

interface IngressRule {
  owner: StackResource;
  protocol: string;
  fromPort: number | undefined;
  toPort: number | undefined;
  cidrs: string[];
}

function ingressRules(resources: readonly StackResource[]): IngressRule[] {
  const rules: IngressRule[] = [];
  for (const group of ofType(resources, "aws:ec2/securityGroup:SecurityGroup")) {
    for (const rule of list(group.props.ingress).map(record)) {
      rules.push({ owner: group, protocol: String(rule.protocol ?? ""), fromPort: num(rule.fromPort), toPort: num(rule.toPort), cidrs: [...list(rule.cidrBlocks), ...list(rule.ipv6CidrBlocks)].map(String) });
    }
  }
  for (const rule of ofType(resources, "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule")) {
    const p = rule.props;
    rules.push({ owner: rule, protocol: String(p.ipProtocol ?? ""), fromPort: num(p.fromPort), toPort: num(p.toPort), cidrs: [p.cidrIpv4, p.cidrIpv6].filter((c) => c !== undefined).map(String) });
  }
  for (const rule of ofType(resources, "aws:ec2/securityGroupRule:SecurityGroupRule").filter((r) => r.props.type === "ingress")) {
    const p = rule.props;
    rules.push({ owner: rule, protocol: String(p.protocol ?? ""), fromPort: num(p.fromPort), toPort: num(p.toPort), cidrs: [...list(p.cidrBlocks), ...list(p.ipv6CidrBlocks)].map(String) });
  }
  return rules;
}

function num(value: unknown): number | undefined {
  return typeof value === "number" ? value : typeof value === "string" && value !== "" ? Number(value) : undefined;
}

export const onlyWebOpenToWorld: StackPolicy = {
  name: "only-web-open-to-world",
  description: "No security group admits 0.0.0.0/0 or ::/0 on anything but TCP 80 and 443.",
  check(resources) {
    const out: Violation[] = [];
    for (const rule of ingressRules(resources)) {
      const world = rule.cidrs.filter((c) => WORLD.has(c));
      if (world.length === 0) continue;
      const tcp = rule.protocol === "tcp" || rule.protocol === "6";
      const web = rule.fromPort !== undefined && rule.fromPort === rule.toPort && (rule.fromPort === 80 || rule.fromPort === 443);
      if (!tcp || !web) {
        const ports = rule.fromPort === rule.toPort ? `port ${rule.fromPort}` : `ports ${rule.fromPort}-${rule.toPort}`;
        out.push(violation(this.name, rule.owner, `${world.join(" and ")} may reach ${rule.protocol === "-1" ? "every protocol and port" : `${rule.protocol} ${ports}`}; only TCP 80 and 443 may be open to the internet`));
      }
    }
    return out;
  },
};

/** Ingress rules that name address ranges rather than security groups, for the database policy. */
export function cidrIngressTo(resources: readonly StackResource[], groupId: unknown): IngressRule[] {
  return ingressRules(resources).filter((rule) => {
    const p = rule.owner.props;
    const owner = rule.owner.type === "aws:ec2/securityGroup:SecurityGroup" ? p.id : p.securityGroupId;
    return owner === groupId && rule.cidrs.length > 0;
  });
}
