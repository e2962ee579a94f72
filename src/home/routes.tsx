import { Elysia } from "elysia";
import { HomePage } from "../../views/home/home-page.tsx";
import type { authPlugin } from "../auth/plugin.ts";
import type { Settings } from "../platform/settings/service.ts";

export function homeRoutes(opts: { settings: Settings; auth: ReturnType<typeof authPlugin> }) {
  return new Elysia({ name: "home" })
    .use(opts.auth)
    .get("/", async ({ page }) => <HomePage layout={await page()} districtName={await opts.settings.get("district.name")} />, { public: true });
}
