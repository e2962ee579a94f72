import { Elysia } from "elysia";
import { HomePage } from "../../views/home/home-page.tsx";
import type { Settings } from "../platform/settings/service.ts";

export function homeRoutes(settings: Settings) {
  return new Elysia({ name: "home" }).get("/", async ({ path }) => (
    <HomePage layout={{ path }} districtName={await settings.get("district.name")} />
  ));
}
