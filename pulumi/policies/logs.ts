// Logs are kept long enough to investigate and no longer: every log group has
// a retention, and every writer (Lambda, ECS container, flow log) writes to a
// group this stack manages, never to one AWS creates on the fly with none.
import { json, list, ofType, record, str, violation, type StackPolicy, type Violation } from "./types.ts";

export const logGroupsExpire: StackPolicy = {
  name: "log-groups-expire",
  description: "Every log group has a retention, and every Lambda, ECS container and flow log writes to a log group of this stack.",
  check(resources) {
    const out: Violation[] = [];
    const groups = ofType(resources, "aws:cloudwatch/logGroup:LogGroup");
    const names = new Set(groups.map((g) => g.props.name));
    const arns = new Set(groups.map((g) => g.props.arn));
    for (const group of groups) {
      const days = Number(group.props.retentionInDays ?? 0);
      if (!(days > 0)) out.push(violation(this.name, group, "the log group never expires (no retentionInDays)"));
    }
    for (const fn of ofType(resources, "aws:lambda/function:Function")) {
      const target = str(record(fn.props.loggingConfig).logGroup) ?? `/aws/lambda/${String(fn.props.name)}`;
      if (!names.has(target)) out.push(violation(this.name, fn, `the function logs to ${target}, which this stack does not manage, so AWS creates it with no retention`));
    }
    for (const task of ofType(resources, "aws:ecs/taskDefinition:TaskDefinition")) {
      for (const container of list(json(task.props.containerDefinitions)).map(record)) {
        const logging = record(container.logConfiguration);
        const group = str(record(logging.options)["awslogs-group"]);
        if (logging.logDriver !== "awslogs" || !group) out.push(violation(this.name, task, `container ${String(container.name)} sends its output nowhere (no awslogs configuration)`));
        else if (!names.has(group)) out.push(violation(this.name, task, `container ${String(container.name)} logs to ${group}, which this stack does not manage`));
      }
    }
    for (const flowLog of ofType(resources, "aws:ec2/flowLog:FlowLog")) {
      if ((flowLog.props.logDestinationType ?? "cloud-watch-logs") !== "cloud-watch-logs") continue;
      if (!arns.has(flowLog.props.logDestination)) out.push(violation(this.name, flowLog, "the flow log writes to a log group this stack does not manage"));
    }
    return out;
  },
};
