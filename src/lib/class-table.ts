import type { Report } from '../schemas/report-schema.ts';

/**
 * Turns imported progress reports into class tables: one table per assignment (or per course, for reports made
 * without one), one row per learner, a column per assigned lesson. Pure: the trainer's page only renders it.
 */
export interface ClassRow {
  learner: string;
  status: Report['status'];
  lessons: Record<string, { status: Report['lessons'][number]['status']; bestPercent: number | null }>;
  completed: number;
  assessmentBest: number | null;
  assessmentAttempts: number;
  exportedAt: string;
  overdue: boolean;
}

export interface ClassTable {
  key: string;
  group: string | null;
  courseTitle: string;
  due: string | null;
  lessons: { slug: string; title: string }[];
  rows: ClassRow[];
}

export type SortKey = 'learner' | 'completed' | 'assessment' | 'status' | 'exportedAt';

/** Where one learner sent several reports for the same assignment, the newest counts. */
export function latestReports(reports: readonly Report[]): Report[] {
  const byKey = new Map<string, Report>();
  for (const r of reports) {
    const key = `${tableKey(r)}\u0000${r.learner.trim().toLowerCase()}`;
    const kept = byKey.get(key);
    if (!kept || kept.exportedAt < r.exportedAt) byKey.set(key, r);
  }
  return [...byKey.values()];
}

const tableKey = (r: Report) => (r.assignment ? `assignment:${r.assignment.id}` : `course:${r.course.id}`);

export function buildClassTables(reports: readonly Report[], today: string): ClassTable[] {
  const tables = new Map<string, ClassTable>();
  for (const r of latestReports(reports)) {
    const key = tableKey(r);
    const assigned = r.assignment ? r.lessons.filter((l) => r.assignment!.lessons.includes(l.slug)) : r.lessons;
    let table = tables.get(key);
    if (!table) {
      table = {
        key,
        group: r.assignment?.group ?? null,
        courseTitle: r.course.title,
        due: r.assignment?.due ?? null,
        lessons: assigned.map((l) => ({ slug: l.slug, title: l.title })),
        rows: [],
      };
      tables.set(key, table);
    }
    const completed = assigned.filter((l) => l.status === 'completed').length;
    table.rows.push({
      learner: r.learner,
      status: r.status,
      lessons: Object.fromEntries(assigned.map((l) => [l.slug, { status: l.status, bestPercent: l.bestPercent }])),
      completed,
      assessmentBest: r.assessment?.bestPercent ?? null,
      assessmentAttempts: r.assessment?.attempts ?? 0,
      exportedAt: r.exportedAt,
      overdue: table.due !== null && table.due < today && completed < table.lessons.length,
    });
  }
  return [...tables.values()].map((t) => ({ ...t, rows: sortRows(t.rows, 'learner', 'ascending') }));
}

export function sortRows(rows: readonly ClassRow[], key: SortKey, direction: 'ascending' | 'descending'): ClassRow[] {
  const value = (r: ClassRow): string | number =>
    key === 'learner' ? r.learner.toLocaleLowerCase() : key === 'completed' ? r.completed : key === 'assessment' ? (r.assessmentBest ?? -1) : key === 'status' ? STATUS_ORDER.indexOf(r.status) : r.exportedAt;
  const sign = direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = value(a);
    const y = value(b);
    return (x < y ? -1 : x > y ? 1 : a.learner.localeCompare(b.learner)) * sign;
  });
}

const STATUS_ORDER: Report['status'][] = ['notAttempted', 'incomplete', 'completed', 'failed', 'passed'];

/** The message that names each course status, in the table and in its CSV. */
export const STATUS_MESSAGE = {
  notAttempted: 'review.statusNotAttempted',
  incomplete: 'review.statusIncomplete',
  completed: 'review.statusCompleted',
  passed: 'review.statusPassed',
  failed: 'review.statusFailed',
} as const satisfies Record<Report['status'], string>;

export const STATUS_MESSAGES = Object.values(STATUS_MESSAGE);

export type StatusMessageKey = (typeof STATUS_MESSAGE)[Report['status']];
