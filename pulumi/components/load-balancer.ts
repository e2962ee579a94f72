// The app's front door, built as children of the App component: an internet-
// facing ALB in the public subnets, HTTPS with a TLS 1.3 policy, HTTP
// redirected, and an idle timeout long enough for quiet streams. The target
// group checks /health, which answers 503 while the database is down.
import * as aws from "@pulumi/aws";
import type * as pulumi from "@pulumi/pulumi";

export interface LoadBalancerArgs {
  vpcId: pulumi.Input<string>;
  subnetIds: pulumi.Input<string>[];
  securityGroupId: pulumi.Input<string>;
  certificateArn: string;
  targetPort: number;
  /** Seconds an idle connection stays open; SSE answers can pause between tokens. */
  idleTimeoutSeconds: number;
  /** Route 53 zone in which to point the domain at the ALB; none leaves DNS to you. */
  dns?: { zoneId: string; domainName: string };
  production: boolean;
}

export interface LoadBalancerParts {
  loadBalancer: aws.lb.LoadBalancer;
  targetGroup: aws.lb.TargetGroup;
  httpsListener: aws.lb.Listener;
}

export const TLS_POLICY = "ELBSecurityPolicy-TLS13-1-2-2021-06";

export function createLoadBalancer(name: string, args: LoadBalancerArgs, parent: pulumi.Resource): LoadBalancerParts {
  const opts = { parent };
  const loadBalancer = new aws.lb.LoadBalancer(
    `${name}-alb`,
    {
      loadBalancerType: "application",
      internal: false,
      subnets: args.subnetIds,
      securityGroups: [args.securityGroupId],
      idleTimeout: args.idleTimeoutSeconds,
      dropInvalidHeaderFields: true,
      enableHttp2: true,
      enableDeletionProtection: args.production,
    },
    opts,
  );
  const targetGroup = new aws.lb.TargetGroup(
    `${name}-tg`,
    {
      vpcId: args.vpcId,
      targetType: "ip",
      protocol: "HTTP",
      port: args.targetPort,
      // Long enough for a request to finish; a stream cut here resumes from its job.
      deregistrationDelay: 60,
      healthCheck: { path: "/health", matcher: "200", interval: 15, timeout: 5, healthyThreshold: 2, unhealthyThreshold: 3 },
    },
    opts,
  );
  const httpsListener = new aws.lb.Listener(
    `${name}-https`,
    {
      loadBalancerArn: loadBalancer.arn,
      protocol: "HTTPS",
      port: 443,
      certificateArn: args.certificateArn,
      sslPolicy: TLS_POLICY,
      defaultActions: [{ type: "forward", targetGroupArn: targetGroup.arn }],
    },
    opts,
  );
  new aws.lb.Listener(
    `${name}-http`,
    {
      loadBalancerArn: loadBalancer.arn,
      protocol: "HTTP",
      port: 80,
      defaultActions: [{ type: "redirect", redirect: { protocol: "HTTPS", port: "443", statusCode: "HTTP_301" } }],
    },
    opts,
  );
  if (args.dns) {
    new aws.route53.Record(
      `${name}-dns`,
      { zoneId: args.dns.zoneId, name: args.dns.domainName, type: "A", aliases: [{ name: loadBalancer.dnsName, zoneId: loadBalancer.zoneId, evaluateTargetHealth: true }] },
      opts,
    );
  }
  return { loadBalancer, targetGroup, httpsListener };
}
