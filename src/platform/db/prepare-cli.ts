// postinstall: builds what the first `bun run start` would otherwise build
// while people wait: the embedded database image, and the safety
// classifier's weights (trained from committed data). Never fails the
// install: without them, start builds them.
import { shippedClassifier } from "../../safety/classifier/shipped.ts";
import { pgliteImage } from "./pglite-image.ts";

try {
  await pgliteImage();
} catch (err) {
  console.warn(`atelier: could not prepare the embedded database image (${err instanceof Error ? err.message : err}); the first start will build it.`);
}
try {
  shippedClassifier();
} catch (err) {
  console.warn(`atelier: could not train the safety classifier ahead of time (${err instanceof Error ? err.message : err}); the first check will.`);
}
