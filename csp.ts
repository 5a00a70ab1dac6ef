import type { Plugin } from 'vite';

/**
 * The Content-Security-Policy of the built app, as a <meta> tag (the dev server needs
 * inline scripts for hot reload, so only the build gets it). No 'unsafe-eval', no inline
 * scripts; workers from self or blob:. Styles allow inline attributes: React Flow and
 * Monaco position elements with style attributes and inject their own <style> tags.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

export function contentSecurityPolicy(): Plugin {
  return {
    name: 'linuxkit-studio-csp',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
    ],
  };
}

/**
 * What a host should send with every response of the app (README, "Hosting"); `npm run preview`
 * sends them. A <meta> CSP cannot forbid framing: `frame-ancestors` works only as a header.
 */
export const HOST_HEADERS: Record<string, string> = {
  'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};
