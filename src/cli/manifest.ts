import { create } from 'xmlbuilder2';
import type { ScormVersion } from '../scorm/lms-api.ts';
import type { PackageInfo } from './package-info.ts';

/**
 * imsmanifest.xml for one course as one SCO: SCORM 1.2 (IMS CP 1.1.2, ADL CP 1.2, IMS MD 1.2.1) or SCORM 2004
 * 4th edition (IMS CP 1.1.4, ADL CP 1.3). The course's title and description go in the manifest's metadata;
 * every file the course needs is listed under its one resource. xmlbuilder2 escapes every value.
 */
const NS = {
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
  '1.2': {
    cp: 'http://www.imsproject.org/xsd/imscp_rootv1p1p2',
    adlcp: 'http://www.adlnet.org/xsd/adlcp_rootv1p2',
    md: 'http://www.imsglobal.org/xsd/imsmd_rootv1p2p1',
  },
  '2004': {
    cp: 'http://www.imsglobal.org/xsd/imscp_v1p1',
    adlcp: 'http://www.adlnet.org/xsd/adlcp_v1p3',
    lom: 'http://ltsc.ieee.org/xsd/LOM',
  },
} as const;

/** The schema files each version's package carries at its root (vendor/scorm-xsd/), and where each is named. */
export const SCHEMAS = {
  '1.2': {
    folder: 'scorm12',
    locations: { [NS['1.2'].cp]: 'imscp_rootv1p1p2.xsd', [NS['1.2'].md]: 'imsmd_rootv1p2p1.xsd', [NS['1.2'].adlcp]: 'adlcp_rootv1p2.xsd' },
  },
  '2004': {
    folder: 'scorm2004-4th',
    locations: { [NS['2004'].cp]: 'imscp_v1p1.xsd', [NS['2004'].adlcp]: 'adlcp_v1p3.xsd' },
  },
} as const satisfies Record<ScormVersion, { folder: string; locations: Record<string, string> }>;

const schemaLocation = (version: ScormVersion) =>
  Object.entries(SCHEMAS[version].locations)
    .map(([ns, file]) => `${ns} ${file}`)
    .join(' ');

export function buildManifest(version: ScormVersion, info: PackageInfo, files: readonly string[]): string {
  const id = `fieldlab-${info.id}`;
  const ns = NS[version];
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele(ns.cp, 'manifest', {
    identifier: id,
    version: info.version,
    'xmlns:adlcp': ns.adlcp,
    ...(version === '1.2' ? { 'xmlns:imsmd': NS['1.2'].md } : {}),
    'xmlns:xsi': NS.xsi,
    'xsi:schemaLocation': schemaLocation(version),
  });

  const metadata = root.ele('metadata');
  metadata.ele('schema').txt('ADL SCORM');
  metadata.ele('schemaversion').txt(version === '1.2' ? '1.2' : '2004 4th Edition');
  if (version === '1.2') {
    const general = metadata.ele(NS['1.2'].md, 'imsmd:lom').ele(NS['1.2'].md, 'imsmd:general');
    for (const [field, value] of [['title', info.title], ['description', info.description]] as const) {
      general.ele(NS['1.2'].md, `imsmd:${field}`).ele(NS['1.2'].md, 'imsmd:langstring', { 'xml:lang': info.language }).txt(value);
    }
  } else {
    const general = metadata.ele(NS['2004'].lom, 'lom').ele('general');
    for (const [field, value] of [['title', info.title], ['description', info.description]] as const) {
      general.ele(field).ele('string', { language: info.language }).txt(value);
    }
  }

  const organization = root.ele('organizations', { default: `${id}-org` }).ele('organization', { identifier: `${id}-org` });
  organization.ele('title').txt(info.title);
  organization.ele('item', { identifier: `${id}-item`, identifierref: `${id}-sco` }).ele('title').txt(info.title);

  const resource = root.ele('resources').ele('resource', {
    identifier: `${id}-sco`,
    type: 'webcontent',
    [version === '1.2' ? 'adlcp:scormtype' : 'adlcp:scormType']: 'sco',
    href: 'index.html',
  });
  for (const file of files) resource.ele('file', { href: file });
  return root.end({ prettyPrint: true });
}
