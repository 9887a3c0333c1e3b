import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { AstroUserConfig } from 'astro';
import { minifyInline } from './inline-script.ts';

/**
 * The site's Content-Security-Policy, through Astro's `security.csp`: Astro hashes every script and style it
 * writes or bundles and puts the policy in a <meta http-equiv> on every page; the two inline classic scripts that
 * must run before anything else (quick exit, the content-warning gate) are minified and hashed here from their files. No
 * 'unsafe-inline' for scripts, so a script smuggled into a page does not run. Pagefind compiles its wasm
 * ('wasm-unsafe-eval'); everything else comes from the site itself. A meta policy cannot set frame-ancestors:
 * the offline bundle's server sends the same policy as a header, with it (src/offline/server-core.ts).
 */
export const INLINE_SCRIPTS = {
  quickExit: new URL('../islands/inline/quick-exit.js', import.meta.url),
  contentGate: new URL('../islands/inline/content-gate.js', import.meta.url),
} as const;

const sha256 = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}` as const;

type Csp = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;

export function contentSecurityPolicy(): Csp {
  return {
    directives: [
      "default-src 'self'",
      "connect-src 'self'",
      "img-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
    ],
    scriptDirective: {
      resources: ["'self'", "'wasm-unsafe-eval'"],
      hashes: Object.values(INLINE_SCRIPTS).map((file) => sha256(minifyInline(readFileSync(file, 'utf8')))),
    },
    styleDirective: { resources: ["'self'"] },
  };
}
