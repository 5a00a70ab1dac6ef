// The Chromium that e2e tests and screenshots drive: CHROMIUM_PATH if set, else Debian's
// chromium-headless-shell (the same Chromium build without the browser's own UI: app pages start
// about a third faster), else Debian's full chromium.
import { existsSync } from 'node:fs';

export const CHROMIUM_CANDIDATES = ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium'];

export function chromiumPath() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return CHROMIUM_CANDIDATES.find((p) => existsSync(p)) ?? CHROMIUM_CANDIDATES[0];
}
