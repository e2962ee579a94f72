// Every runtime setting the app knows. Features add their own definitions here.
import { providerSettingDefs } from "../../ai/providers.ts";
import type { SettingDef } from "./service.ts";

export const settingDefs: SettingDef[] = [
  {
    key: "district.name",
    env: "DISTRICT_NAME",
    secret: false,
    label: "District name",
    description: "Shown on the home page and in notices to families and staff.",
  },
  ...providerSettingDefs,
];

/** The environment variables settings fall back to, read once at boot by main.ts. */
export function settingsEnv(env: Record<string, string | undefined>): Record<string, string | undefined> {
  return Object.fromEntries(settingDefs.filter((d) => d.env).map((d) => [d.env!, env[d.env!]]));
}
