// Turns a model row into a LanguageModelV4 from its provider's SDK package.
// Keys come from settings (database first, then the environment), so an
// administrator can connect a provider without a restart.
import { createAmazonBedrock } from "@ai-sdk/amazon-bedrock";
import { createAnthropic } from "@ai-sdk/anthropic";
import { createAzure } from "@ai-sdk/azure";
import { createGoogle } from "@ai-sdk/google";
import { createOpenAI } from "@ai-sdk/openai";
import { createOpenAICompatible } from "@ai-sdk/openai-compatible";
import type { LanguageModelV4 } from "@ai-sdk/provider";
import { defaultProvider } from "@aws-sdk/credential-provider-node";
import { AppError } from "../platform/errors.ts";
import type { SettingDef, Settings } from "../platform/settings/service.ts";
import { createOfflineModel, type OfflineModelOptions } from "./offline-model.ts";
import type { AiModel, ProviderKind } from "./schema.ts";

export const providerSettingDefs: SettingDef[] = [
  { key: "providers.openai.apiKey", env: "OPENAI_API_KEY", secret: true, label: "OpenAI API key", description: "For models of the openai provider." },
  { key: "providers.anthropic.apiKey", env: "ANTHROPIC_API_KEY", secret: true, label: "Anthropic API key", description: "For models of the anthropic provider." },
  { key: "providers.google.apiKey", env: "GOOGLE_GENERATIVE_AI_API_KEY", secret: true, label: "Google AI API key", description: "For Gemini models (google provider)." },
  { key: "providers.azure.apiKey", env: "AZURE_OPENAI_API_KEY", secret: true, label: "Azure OpenAI API key", description: "For the azure provider." },
  { key: "providers.azure.resourceName", env: "AZURE_OPENAI_RESOURCE", secret: false, label: "Azure OpenAI resource name", description: "The resource in https://<name>.openai.azure.com." },
  { key: "providers.bedrock.region", env: "AWS_REGION", secret: false, label: "Amazon Bedrock region", description: "Credentials come from the task's IAM role." },
  { key: "providers.compatible.apiKey", env: "OPENAI_COMPATIBLE_API_KEY", secret: true, label: "OpenAI-compatible server key", description: "Sent to Ollama, vLLM or llama.cpp servers that ask for one." },
];

export const providerLabels: Record<ProviderKind, string> = {
  offline: "Offline demo model",
  openai: "OpenAI",
  anthropic: "Anthropic",
  bedrock: "Amazon Bedrock",
  google: "Google",
  azure: "Azure OpenAI",
  "openai-compatible": "OpenAI-compatible server",
};

async function required(settings: Settings, key: string, what: string): Promise<string> {
  const value = await settings.get(key);
  if (!value) throw new AppError("unavailable", `${what} is not configured. An administrator can add it under Admin → Settings.`);
  return value;
}

export interface ProviderRegistryOptions {
  settings: Settings;
  offline?: OfflineModelOptions;
  /** Lets tests and benchmarks point providers at a local server. */
  fetch?: typeof fetch;
  /** Lets tests supply the model for a row (ai/test's MockLanguageModelV4); undefined falls through. */
  override?: (model: AiModel) => LanguageModelV4 | undefined;
}

export async function languageModelFor(model: AiModel, opts: ProviderRegistryOptions): Promise<LanguageModelV4> {
  const { settings } = opts;
  const overridden = opts.override?.(model);
  if (overridden) return overridden;
  const common = opts.fetch ? { fetch: opts.fetch } : {};
  switch (model.provider) {
    case "offline":
      return createOfflineModel(opts.offline);
    case "openai":
      return createOpenAI({ apiKey: await required(settings, "providers.openai.apiKey", "The OpenAI API key"), ...common })(model.modelId);
    case "anthropic":
      return createAnthropic({ apiKey: await required(settings, "providers.anthropic.apiKey", "The Anthropic API key"), ...common })(model.modelId);
    case "google":
      return createGoogle({ apiKey: await required(settings, "providers.google.apiKey", "The Google AI API key"), ...common })(model.modelId);
    case "azure":
      return createAzure({
        apiKey: await required(settings, "providers.azure.apiKey", "The Azure OpenAI API key"),
        resourceName: await required(settings, "providers.azure.resourceName", "The Azure OpenAI resource name"),
        ...common,
      })(model.modelId);
    case "bedrock":
      return createAmazonBedrock({
        region: await required(settings, "providers.bedrock.region", "The Amazon Bedrock region"),
        credentialProvider: defaultProvider(),
        ...common,
      })(model.modelId);
    case "openai-compatible": {
      if (!model.baseUrl) throw new AppError("unavailable", `The model ${model.displayName} has no server address.`);
      const apiKey = await settings.get("providers.compatible.apiKey");
      return createOpenAICompatible({ name: "compatible", baseURL: model.baseUrl, ...(apiKey ? { apiKey } : {}), includeUsage: true, ...common })(model.modelId);
    }
  }
}
