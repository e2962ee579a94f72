// postinstall: builds the embedded database image so the first `bun run start`
// is fast. Never fails the install: without the image, start builds it.
import { pgliteImage } from "./pglite-image.ts";

try {
  await pgliteImage();
} catch (err) {
  console.warn(`atelier: could not prepare the embedded database image (${err instanceof Error ? err.message : err}); the first start will build it.`);
}
