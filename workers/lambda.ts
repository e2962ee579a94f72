// The container Lambda entry: `bun run workers/lambda.ts <worker>`, where the
// image's CMD names the worker (file-processor, url-processor,
// embedding-generator). Config is loaded and clients are built once, at init;
// each invocation then runs the worker's per-record handler over an SQS batch.
// `<worker>:dead-letters` runs the same worker's dead-letter handler instead,
// for a function on the worker's DLQ: it marks the items of messages SQS gave
// up on as failed, so no item stays "processing" for ever.
import { loadConfig } from "../src/config.ts";
import { openDatabase } from "../src/platform/db/open.ts";
import { createLogger } from "../src/platform/logger.ts";
import { resolveSecretsKey } from "../src/platform/settings/key.ts";
import { settingDefs, settingsEnv } from "../src/platform/settings/registry.ts";
import { Settings } from "../src/platform/settings/service.ts";
import { buildPipelineDeps } from "./deps.ts";
import { isWorkerName, workers } from "./registry.ts";
import { runLambdaRuntime, type RecordHandler } from "./runtime.ts";

const [name = "", mode] = (process.argv[2] ?? "").split(":");
const api = process.env.AWS_LAMBDA_RUNTIME_API;
if (!api) {
  console.error("AWS_LAMBDA_RUNTIME_API is not set: this entry point runs inside AWS Lambda (use `bun run workers` on a laptop).");
  process.exit(1);
}

const logger = createLogger({ level: "info" }).child({ worker: name });

async function init(): Promise<RecordHandler> {
  if (!isWorkerName(name) || (mode !== undefined && mode !== "dead-letters")) {
    throw new Error(`Unknown worker "${process.argv[2] ?? ""}"; expected file-processor, url-processor or embedding-generator (optionally with :dead-letters)`);
  }
  const config = loadConfig(process.env);
  if (config.queue.kind !== "sqs") throw new Error("Lambda workers need QUEUE_DRIVER=sqs and the SQS_*_URL variables");
  const database = await openDatabase(config.database);
  const settings = new Settings({ database, secretsKey: resolveSecretsKey(config), defs: settingDefs, env: settingsEnv(process.env), cacheMs: config.settingsCacheMs });
  const deps = buildPipelineDeps({ config, database, logger: createLogger({ level: config.logLevel }).child({ worker: name }), settings });
  const worker = workers[name];
  if (mode === "dead-letters") return (message) => worker.onDeadLetter({ body: message.body, lastError: null }, deps);
  return (message) => worker.handler(message, deps);
}

await runLambdaRuntime({
  api,
  init,
  logger,
  concurrency: isWorkerName(name) ? workers[name].concurrency : 1,
  // Tracing libraries read the trace id of the current invocation from here.
  setTraceId: (traceId) => {
    process.env._X_AMZN_TRACE_ID = traceId;
  },
});
