import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { buildManifest, SCHEMAS } from '../../src/cli/manifest.ts';
import type { PackageInfo } from '../../src/cli/package-info.ts';
import { relativize } from '../../src/cli/relative-urls.ts';
import { validateManifest } from '../../src/cli/validate-manifest.ts';
import { readCourses } from './course-files.ts';

const schemas = (version: '1.2' | '2004') => fileURLToPath(new URL(`../../vendor/scorm-xsd/${SCHEMAS[version].folder}`, import.meta.url));
const infos: PackageInfo[] = [
  ...readCourses(fileURLToPath(new URL('../../courses', import.meta.url))),
  ...readCourses(fileURLToPath(new URL('../fixtures/valid-courses', import.meta.url))),
].map((c) => ({ id: c.id, title: c.entry.data.title, description: c.entry.data.summary, language: c.entry.data.language, version: c.entry.data.version }));
const files = ['index.html', 'courses/x/index.html', '_astro/a.js'];

describe('imsmanifest.xml', () => {
  test.each(infos.flatMap((info) => (['1.2', '2004'] as const).map((v) => [info.id, v, info] as const)))('%s, SCORM %s: valid against the official schemas', (_, version, info) => {
    expect(validateManifest(buildManifest(version, info, files), schemas(version))).toEqual([]);
  });

  test('names the course, describes it, and lists every file under one SCO', () => {
    const info = { id: 'demo', title: 'Drugs & <harm> "reduction"', description: 'What to do', language: 'pt-BR', version: '1.2.0' };
    const twelve = buildManifest('1.2', info, files);
    expect(twelve).toContain('<imsmd:langstring xml:lang="pt-BR">Drugs &amp; &lt;harm&gt; "reduction"</imsmd:langstring>');
    expect(twelve).toContain('adlcp:scormtype="sco" href="index.html"');
    expect(twelve.match(/<file /g)).toHaveLength(3);
    const twenty = buildManifest('2004', info, files);
    expect(twenty).toContain('<schemaversion>2004 4th Edition</schemaversion>');
    expect(twenty).toContain('<string language="pt-BR">What to do</string>');
    expect(twenty).toContain('adlcp:scormType="sco"');
    expect(validateManifest(twenty, schemas('2004'))).toEqual([]);
  });

  test('the check catches a manifest the schemas refuse', () => {
    const broken = buildManifest('2004', infos[0]!, files).replace('adlcp:scormType="sco"', 'adlcp:scormType="lesson"');
    expect(validateManifest(broken, schemas('2004')).join('\n')).toContain("The value 'lesson' is not an element of the set");
    const misnamed = buildManifest('1.2', infos[0]!, files).replaceAll('organizations', 'organisations');
    expect(validateManifest(misnamed, schemas('1.2'))).not.toEqual([]);
  });
});

describe('relative links', () => {
  const page = `<!doctype html><html lang="en" data-base="/"><head><link rel="stylesheet" href="/_astro/a.css"></head>
<body><a href="/courses/demo/">Course</a> <a href="/courses/demo/next/#q-x--y">Next</a> <a href="https://who.int/">WHO</a> <a href="#main">Skip</a>
<astro-island component-url="/_astro/Quiz.js" renderer-url="/_astro/client.js" props="{&quot;a&quot;:[0,&quot;/not-a-link&quot;]}"></astro-island>
<script type="module" src="/_astro/page.js"></script></body></html>`;
  const resolve = (path: string) => path.slice(1);

  test('point from each page to the file itself, naming index.html, and change nothing else', async () => {
    const out = await relativize(page, { from: 'courses/demo/first/index.html', resolve, htmlAttributes: { 'data-scorm-version': '2004' } });
    expect(out).toContain('<html lang="en" data-base="../../../" data-scorm-version="2004">');
    expect(out).toContain('href="../../../_astro/a.css"');
    expect(out).toContain('<a href="../index.html">Course</a>');
    expect(out).toContain('<a href="../next/index.html#q-x--y">Next</a>');
    expect(out).toContain('<a href="https://who.int/">WHO</a> <a href="#main">Skip</a>');
    expect(out).toContain('component-url="../../../_astro/Quiz.js" renderer-url="../../../_astro/client.js"');
    expect(out).toContain('src="../../../_astro/page.js"');
    expect(out).toContain('props="{&quot;a&quot;:[0,&quot;/not-a-link&quot;]}"');
    const atRoot = await relativize(page, { from: 'index.html', resolve });
    expect(atRoot).toContain('data-base="./"');
    expect(atRoot).toContain('<a href="courses/demo/index.html">Course</a>');
  });

  test('refuse a page that would still point at the site root', async () => {
    await expect(relativize('<img data-hires="/_astro/big.png">', { from: 'index.html', resolve })).rejects.toThrow(/data-hires/);
    await expect(relativize('<a href="/elsewhere/">x</a>', { from: 'index.html', resolve: () => { throw new Error('not in the package'); } })).rejects.toThrow('not in the package');
  });
});
