/**
 * Upgrades of the stored progress record, one step per version: MIGRATIONS[n] turns version n into n + 1.
 * Each step is pure and tolerant: it reshapes what it recognises and leaves the rest for validation to judge.
 */
type Raw = Record<string, unknown>;

const isObject = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);

export const MIGRATIONS: Record<number, (old: Raw) => Raw> = {
  /**
   * Version 1 kept lessons only, as lists of slugs: { version: 1, courses: { id: { visited: [], finished: [] } } }.
   * Version 2 keeps a record per lesson (with times), per quiz, and a shuffle seed.
   */
  1: (old) => {
    const courses: Raw = {};
    if (isObject(old.courses)) {
      for (const [id, course] of Object.entries(old.courses)) {
        if (!isObject(course)) continue;
        const visited = Array.isArray(course.visited) ? course.visited.filter((s): s is string => typeof s === 'string') : [];
        const finished = Array.isArray(course.finished) ? course.finished.filter((s): s is string => typeof s === 'string') : [];
        const lessons: Raw = {};
        // Version 1 kept no times: 0 means "before times were recorded".
        for (const slug of new Set([...visited, ...finished])) lessons[slug] = finished.includes(slug) ? { visitedAt: 0, endReachedAt: 0 } : { visitedAt: 0 };
        courses[id] = { lessons, quizzes: {} };
      }
    }
    return { version: 2, seed: old.seed, courses };
  },
};
