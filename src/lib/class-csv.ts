import Papa from 'papaparse';
import { STATUS_MESSAGE, STATUS_MESSAGES, type ClassTable } from './class-table.ts';
import type { Translate } from './messages.ts';

/** Every message the CSV writes: its headings and words are in the language of the page it is exported from. */
export const CSV_MESSAGES = [
  'csv.learner', 'csv.group', 'csv.course', 'csv.due', 'csv.overdue', 'csv.lessonsCompleted', 'csv.lesson', 'csv.assessmentBest',
  'csv.assessmentAttempts', 'csv.status', 'csv.exportedAt', 'csv.yes', 'csv.no', 'csv.lessonCompleted', 'csv.lessonInProgress',
  'csv.lessonNotStarted', 'csv.withPercent', 'review.doneOf', ...STATUS_MESSAGES,
] as const;

export type CsvMessageKey = (typeof CSV_MESSAGES)[number];

/**
 * A class table as CSV that opens cleanly in a spreadsheet: every field quoted, and cells that a spreadsheet
 * would run as a formula (starting with =, +, -, @, tab or return) made inert by PapaParse's escapeFormulae.
 * Dates stay YYYY-MM-DD and scores plain digits, so a spreadsheet in any language can sort and sum them.
 */
export function classTableCsv(table: ClassTable, t: Translate<CsvMessageKey>): string {
  const fields = [
    t('csv.learner'),
    t('csv.group'),
    t('csv.course'),
    t('csv.due'),
    t('csv.overdue'),
    t('csv.lessonsCompleted'),
    ...table.lessons.map((l) => t('csv.lesson', { title: l.title })),
    t('csv.assessmentBest'),
    t('csv.assessmentAttempts'),
    t('csv.status'),
    t('csv.exportedAt'),
  ];
  const data = table.rows.map((r) => [
    r.learner,
    table.group ?? '',
    table.courseTitle,
    table.due ?? '',
    t(r.overdue ? 'csv.yes' : 'csv.no'),
    t('review.doneOf', { done: r.completed, count: table.lessons.length }),
    ...table.lessons.map((l) => {
      const cell = r.lessons[l.slug];
      const status = t(cell?.status === 'completed' ? 'csv.lessonCompleted' : cell?.status === 'inProgress' ? 'csv.lessonInProgress' : 'csv.lessonNotStarted');
      return cell?.bestPercent != null ? t('csv.withPercent', { status, percent: cell.bestPercent }) : status;
    }),
    r.assessmentBest === null ? '' : String(r.assessmentBest),
    String(r.assessmentAttempts),
    t(STATUS_MESSAGE[r.status]),
    r.exportedAt,
  ]);
  // \r\n and a byte-order mark: what spreadsheet programs expect, so names in any script open correctly.
  return '\uFEFF' + Papa.unparse({ fields, data }, { quotes: true, escapeFormulae: true, newline: '\r\n' });
}

/** The file name a class table downloads under: its group (or course) in any script, without characters file systems refuse. */
export function classCsvFileName(table: Pick<ClassTable, 'group' | 'courseTitle'>): string {
  const words = (table.group ?? table.courseTitle).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '');
  return `fieldlab-class-${words.slice(0, 40) || 'report'}.csv`;
}
