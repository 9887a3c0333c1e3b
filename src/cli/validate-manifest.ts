import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Checks an imsmanifest.xml against the schema files a package carries, with xmllint (Debian: libxml2-utils).
 * xmllint takes one schema, so a small driver imports every namespace the manifest's xsi:schemaLocation names,
 * from the file it names: the manifest is judged by exactly the schemas it points an LMS to.
 * Returns xmllint's complaints; an empty list means valid.
 */
export function validateManifest(manifest: string, schemaFolder: string): string[] {
  const locations = /xsi:schemaLocation="([^"]*)"/.exec(manifest)?.[1]?.trim().split(/\s+/) ?? [];
  if (locations.length === 0 || locations.length % 2 !== 0) return ['imsmanifest.xml names no schemas in xsi:schemaLocation'];
  const imports = [];
  for (let i = 0; i < locations.length; i += 2) imports.push(`<xs:import namespace="${locations[i]}" schemaLocation="${locations[i + 1]}"/>`);
  const dir = mkdtempSync(join(tmpdir(), 'fieldlab-manifest-'));
  try {
    cpSync(schemaFolder, dir, { recursive: true });
    writeFileSync(join(dir, 'imsmanifest.xml'), manifest);
    writeFileSync(join(dir, 'validate.xsd'), `<?xml version="1.0"?>\n<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">${imports.join('')}</xs:schema>\n`);
    execFileSync('xmllint', ['--noout', '--nonet', '--schema', 'validate.xsd', 'imsmanifest.xml'], { cwd: dir, stdio: 'pipe' });
    return [];
  } catch (error) {
    const e = error as { code?: string; stderr?: Buffer };
    if (e.code === 'ENOENT') throw new Error('xmllint is missing: install it (Debian/Ubuntu: apt-get install libxml2-utils) to check manifests');
    return String(e.stderr ?? error)
      .split('\n')
      // The official SCORM 1.2 ims_xml.xsd declares the xml namespace as its default one; xmllint remarks on it and carries on.
      .filter((line) => line.trim() !== '' && !/ims_xml\.xsd|^filename=ims_xml|^\s*\^$/.test(line));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
