// What every worker needs, built once from Config: the database, blob store,
// queue and embedder. The OpenAI key for embeddings comes from the settings
// (encrypted in the database, or OPENAI_API_KEY), like every model call's.
import type { Config } from "../src/config.ts";
import { createEmbedder } from "../src/knowledge/embed/registry.ts";
import type { PipelineDeps } from "../src/knowledge/pipeline.ts";
import { createBlobStore } from "../src/platform/blobs/index.ts";
import type { Database } from "../src/platform/db/client.ts";
import type { Logger } from "../src/platform/logger.ts";
import { createQueue } from "../src/platform/queue/index.ts";
import type { Settings } from "../src/platform/settings/service.ts";

export interface WorkerEnvironment {
  config: Config;
  database: Database;
  logger: Logger;
  settings?: Settings;
}

const OPENAI_KEY = "providers.openai.apiKey";

export function buildPipelineDeps({ config, database, logger, settings }: WorkerEnvironment): PipelineDeps {
  const hasOpenAiKey = settings?.definitions().some((d) => d.key === OPENAI_KEY) ?? false;
  return {
    db: database.db,
    blobs: createBlobStore(config.blobs),
    queue: createQueue(config.queue, database),
    embedder: createEmbedder(
      settings && hasOpenAiKey
        ? {
            openai: async () => {
              const apiKey = await settings.get(OPENAI_KEY);
              return apiKey ? { apiKey } : {};
            },
          }
        : {},
    ),
    uploadMaxBytes: config.knowledge.uploadMaxBytes,
    maxAttempts: config.queue.maxAttempts,
    logger,
  };
}
