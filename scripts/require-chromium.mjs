// Stops `npm test` at the e2e step with instructions when Debian's Chromium is missing
// (Playwright cannot download its own browser on this network).
import { existsSync } from 'node:fs';
import { chromiumPath } from './chromiumPath.mjs';

const path = chromiumPath();
if (!existsSync(path)) {
  console.error(`End-to-end tests need Chromium at ${path}, and it is not there.
Install Debian's package:   sudo apt-get update && sudo apt-get install -y chromium-headless-shell
(or chromium), or point CHROMIUM_PATH at another Chromium binary, then run npm test again.`);
  process.exit(1);
}
