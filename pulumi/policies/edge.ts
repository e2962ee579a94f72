// The front door: browsers reach the ALB over HTTPS only, and the ALB keeps a
// quiet stream (an SSE answer between heartbeats) open long enough.
import { list, ofType, record, str, violation, type StackPolicy, type Violation } from "./types.ts";

export const MIN_IDLE_TIMEOUT_S = 3600;

export const albServesHttps: StackPolicy = {
  name: "alb-serves-https",
  description: `Application load balancers listen with HTTPS (a certificate and a TLS 1.3 policy), redirect HTTP to HTTPS, and keep idle connections at least ${MIN_IDLE_TIMEOUT_S} s.`,
  check(resources) {
    const out: Violation[] = [];
    for (const lb of ofType(resources, "aws:lb/loadBalancer:LoadBalancer")) {
      if ((lb.props.loadBalancerType ?? "application") !== "application") continue;
      const idle = Number(lb.props.idleTimeout ?? 60);
      if (idle < MIN_IDLE_TIMEOUT_S) out.push(violation(this.name, lb, `the idle timeout is ${idle} s; streams need at least ${MIN_IDLE_TIMEOUT_S} s`));
      const listeners = ofType(resources, "aws:lb/listener:Listener").filter((l) => l.props.loadBalancerArn === lb.props.arn);
      const https = listeners.filter((l) => l.props.protocol === "HTTPS");
      if (https.length === 0) out.push(violation(this.name, lb, "no HTTPS listener"));
      for (const listener of https) {
        if (!str(listener.props.certificateArn)) out.push(violation(this.name, listener, "the HTTPS listener has no certificate"));
        if (!str(listener.props.sslPolicy)?.startsWith("ELBSecurityPolicy-TLS13")) {
          out.push(violation(this.name, listener, `TLS policy ${String(listener.props.sslPolicy ?? "(default, allows TLS 1.0)")} is not a TLS 1.3 policy`));
        }
      }
      for (const listener of listeners.filter((l) => l.props.protocol !== "HTTPS")) {
        const actions = list(listener.props.defaultActions).map(record);
        const redirects = actions.length > 0 && actions.every((a) => a.type === "redirect" && record(a.redirect).protocol === "HTTPS");
        if (!redirects) out.push(violation(this.name, listener, `the ${String(listener.props.protocol ?? "HTTP")} listener on port ${String(listener.props.port)} serves traffic instead of redirecting to HTTPS`));
      }
    }
    return out;
  },
};
