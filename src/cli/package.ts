import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync, type Zippable } from 'fflate';
import type { ScormVersion } from '../scorm/lms-api.ts';
import { buildSite } from './build-site.ts';
import { courseFiles, launchPage } from './course-files.ts';
import { buildManifest, SCHEMAS } from './manifest.ts';
import { packageInfoSchema, type PackageInfo } from './package-info.ts';
import { packageOffline } from './offline-bundle.ts';
import { relativize } from './relative-urls.ts';
import { validateManifest } from './validate-manifest.ts';

/**
 * `npm run package`: writes release/<course-id>.scorm12.zip and release/<course-id>.scorm2004.zip for every
 * course, and release/fieldlab-offline.zip (src/cli/offline-bundle.ts). For the SCORM packages it builds the site
 * once in SCORM mode into a temporary folder, then for each course and version copies only what the course needs,
 * makes every link relative, and adds the manifest and its schema files.
 *
 * FIELDLAB_COURSES: the courses folder (default courses/). FIELDLAB_RELEASE: where the zips go (default release/).
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const release = resolve(root, process.env.FIELDLAB_RELEASE ?? 'release');
const VERSIONS: Record<ScormVersion, string> = { '1.2': 'scorm12', '2004': 'scorm2004' };
/** One fixed date for every file in the zips, so the same course always gives the same bytes. */
const MTIME = new Date('2026-01-01T00:00:00Z');

const work = mkdtempSync(join(tmpdir(), 'fieldlab-scorm-'));
try {
  console.log('Building the courses for SCORM packages…');
  const site = buildSite(root, work, true);
  mkdirSync(release, { recursive: true });
  const infos = readdirSync(join(site, 'scorm'))
    .filter((name) => name.endsWith('.json'))
    .map((name) => packageInfoSchema.parse(JSON.parse(readFileSync(join(site, 'scorm', name), 'utf8'))));
  for (const info of infos) {
    for (const version of Object.keys(VERSIONS) as ScormVersion[]) {
      const file = join(release, `${info.id}.${VERSIONS[version]}.zip`);
      const zip = await packageCourse(site, info, version);
      writeFileSync(file, zip);
      console.log(`${relative(root, file)}  ${(zip.length / 1024).toFixed(1)} KiB`);
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

const offline = join(release, 'fieldlab-offline.zip');
const bundle = await packageOffline(root, MTIME);
writeFileSync(offline, bundle);
console.log(`${relative(root, offline)}  ${(bundle.length / 1024).toFixed(1)} KiB`);

async function packageCourse(site: string, info: PackageInfo, version: ScormVersion): Promise<Uint8Array> {
  const launch = launchPage(info.id);
  // The package keeps the site's folders, with the launch page at its root.
  const inPackage = (sitePath: string) => (sitePath === launch ? 'index.html' : sitePath);
  const files = courseFiles(site, info.id);
  const known = new Set(files);
  const resolveLink = (path: string) => {
    const sitePath = path.slice(1);
    if (!known.has(sitePath)) throw new Error(`${info.id}: a page links to ${path}, which is not in the package`);
    return inPackage(sitePath);
  };

  const entries: Zippable = {};
  for (const sitePath of files) {
    const bytes = readFileSync(join(site, sitePath));
    // A service worker would outlive the package in the LMS's origin and serve stale pages to other courses.
    if (/\.(html|js)$/.test(sitePath) && /serviceWorker\s*\.\s*register/.test(bytes.toString('utf8'))) {
      throw new Error(`${sitePath} registers a service worker: SCORM packages must not (leave it out when FIELDLAB_SCORM=1)`);
    }
    entries[inPackage(sitePath)] = sitePath.endsWith('.html')
      ? new TextEncoder().encode(
          await relativize(bytes.toString('utf8'), {
            from: inPackage(sitePath),
            resolve: resolveLink,
            htmlAttributes: sitePath === launch ? { 'data-scorm-version': version } : {},
          }),
        )
      : bytes;
  }
  const manifest = buildManifest(version, info, Object.keys(entries).sort());
  const schemas = join(root, 'vendor/scorm-xsd', SCHEMAS[version].folder);
  const problems = validateManifest(manifest, schemas);
  if (problems.length > 0) throw new Error(`${info.id}: the SCORM ${version} manifest does not match its schemas:\n${problems.join('\n')}`);
  entries['imsmanifest.xml'] = new TextEncoder().encode(manifest);
  for (const name of readdirSync(schemas)) entries[name] = readFileSync(join(schemas, name));
  return zipSync(entries, { level: 9, mtime: MTIME });
}
