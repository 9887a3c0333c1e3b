/**
 * Finding the LMS's API object the standard way, and one face for both versions' APIs.
 * Pure: the window is passed in, so tests walk frames made of plain objects.
 */
export type ScormVersion = '1.2' | '2004';

/** What the course asks of an LMS, whatever its version. Every call returns the LMS's answer; none throws. */
export interface LmsApi {
  version: ScormVersion;
  initialize(): boolean;
  terminate(): boolean;
  get(element: string): string;
  set(element: string, value: string): boolean;
  commit(): boolean;
}

/** The parts of a window the search reads. */
export interface WindowLike {
  parent?: WindowLike | null;
  opener?: WindowLike | null;
  API?: unknown;
  API_1484_11?: unknown;
}

/** How many frames up the search goes: SCORM 2004's sample API finder allows 500; real LMSs nest a handful. */
const MAX_DEPTH = 500;

const NAMES = { '1.2': 'API', '2004': 'API_1484_11' } as const;

/**
 * Looks for the API of `preferred` first, then of the other version: in this window, up its parents, then in
 * the window that opened it and that window's parents. A frame of another origin ends that part of the search.
 */
export function findLmsApi(start: WindowLike, preferred: ScormVersion): LmsApi | null {
  const chains = [start, read(() => start.opener)];
  for (const version of [preferred, preferred === '1.2' ? '2004' : '1.2'] as const) {
    for (const first of chains) {
      const found = first && searchUp(first, NAMES[version]);
      if (found) return adapt(version, found);
    }
  }
  return null;
}

function searchUp(win: WindowLike, name: 'API' | 'API_1484_11'): object | null {
  let current: WindowLike | null | undefined = win;
  for (let depth = 0; current && depth <= MAX_DEPTH; depth++) {
    const api = read(() => current![name]);
    if (typeof api === 'object' && api !== null) return api;
    const parent: WindowLike | null | undefined = read(() => current!.parent);
    if (!parent || parent === current) return null;
    current = parent;
  }
  return null;
}

/** Reading a property of a window of another origin throws: that is where the search stops. */
function read<T>(get: () => T): T | undefined {
  try {
    return get();
  } catch {
    return undefined;
  }
}

/** Each version's names for the same calls: `API` for SCORM 1.2 (RTE 3.3), `API_1484_11` for SCORM 2004 (RTE 3.1). */
const METHODS = {
  '1.2': { initialize: 'LMSInitialize', terminate: 'LMSFinish', get: 'LMSGetValue', set: 'LMSSetValue', commit: 'LMSCommit' },
  '2004': { initialize: 'Initialize', terminate: 'Terminate', get: 'GetValue', set: 'SetValue', commit: 'Commit' },
} as const;

/** An LMS that throws, or answers with something other than a string, is treated as one that said no. */
function adapt(version: ScormVersion, api: object): LmsApi {
  const names = METHODS[version];
  const call = (name: string, ...args: string[]): string | undefined =>
    read(() => {
      const answer: unknown = (api as Record<string, (...a: string[]) => unknown>)[name]!(...args);
      return typeof answer === 'string' || typeof answer === 'boolean' ? String(answer) : undefined;
    });
  const ok = (answer: string | undefined) => answer === 'true';
  return {
    version,
    initialize: () => ok(call(names.initialize, '')),
    terminate: () => ok(call(names.terminate, '')),
    get: (element) => call(names.get, element) ?? '',
    set: (element, value) => ok(call(names.set, element, value)),
    commit: () => ok(call(names.commit, '')),
  };
}
