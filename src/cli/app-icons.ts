/**
 * Makes every icon the site needs from one source image (src/assets/app-icon.svg), and the web app manifest
 * that lets Android phones add Fieldlab to the home screen. Run at build time; nothing here is drawn by hand.
 */
import { copyFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';

const SOURCE = new URL('../assets/app-icon.svg', import.meta.url).pathname;
/** The icon's own background colour, used to pad the maskable icon's safe zone. */
const BACKGROUND = '#0b5cad';

const ICONS = [
  { file: 'icon-192.png', size: 192, purpose: 'any' },
  { file: 'icon-512.png', size: 512, purpose: 'any' },
  { file: 'icon-maskable-512.png', size: 512, purpose: 'maskable' },
  { file: 'apple-touch-icon.png', size: 180, purpose: null },
] as const;

export async function writeAppIcons(dist: string, base: string): Promise<void> {
  await copyFile(SOURCE, join(dist, 'favicon.svg'));
  for (const icon of ICONS) {
    // Maskable icons may be cropped to a circle: keep the drawing inside the middle 80%.
    const inner = icon.purpose === 'maskable' ? Math.round(icon.size * 0.8) : icon.size;
    const pad = (icon.size - inner) / 2;
    await sharp(SOURCE, { density: 384 })
      .resize(inner, inner)
      .extend({ top: Math.floor(pad), bottom: Math.ceil(pad), left: Math.floor(pad), right: Math.ceil(pad), background: BACKGROUND })
      .png({ compressionLevel: 9 })
      .toFile(join(dist, icon.file));
  }
  const manifest = {
    name: 'Fieldlab: harm-reduction courses',
    short_name: 'Fieldlab',
    description: 'Free harm-reduction courses that work offline. Your progress stays on your device.',
    start_url: base,
    scope: base,
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: BACKGROUND,
    icons: ICONS.filter((i) => i.purpose !== null).map((i) => ({ src: `${base}${i.file}`, sizes: `${i.size}x${i.size}`, type: 'image/png', purpose: i.purpose })),
  };
  await writeFile(join(dist, 'manifest.webmanifest'), `${JSON.stringify(manifest, null, 2)}\n`);
}
