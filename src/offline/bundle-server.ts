import { build } from 'esbuild';

/**
 * Bundles serve.ts with everything it imports (uqr for the QR code) into one self-contained serve.mjs, so the
 * offline bundle needs nothing but Node.
 */
export async function bundleServer(outfile: string): Promise<void> {
  await build({
    entryPoints: [new URL('./serve.ts', import.meta.url).pathname],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node18',
    minify: false,
    legalComments: 'inline',
    banner: { js: '// Fieldlab offline server. Run: node serve.mjs [--port 8080] [--host 0.0.0.0]' },
    logLevel: 'error',
  });
}
