import { transformSync } from 'esbuild';

/**
 * The two classic scripts written inline into pages (src/islands/inline/), minified the same way wherever they
 * are used: by the components that write them, and by the Content-Security-Policy that hashes them, so the hash
 * always matches. Their comments stay in the source, not on every page.
 */
export const minifyInline = (source: string): string => transformSync(source, { minify: true, loader: 'js' }).code;
