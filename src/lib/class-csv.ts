import Papa from 'papaparse';
import { STATUS_LABEL, type ClassTable } from './class-table.ts';

/**
 * A class table as CSV that opens cleanly in a spreadsheet: every field quoted, and cells that a spreadsheet
 * would run as a formula (starting with =, +, -, @, tab or return) made inert by PapaParse's escapeFormulae.
 */
export function classTableCsv(table: ClassTable): string {
  const fields = [
    'Learner (self-reported)',
    'Group',
    'Course',
    'Due',
    'Overdue',
    'Lessons completed',
    ...table.lessons.map((l) => `Lesson: ${l.title}`),
    'Final assessment best %',
    'Final assessment attempts',
    'Course status',
    'Report exported at',
  ];
  const data = table.rows.map((r) => [
    r.learner,
    table.group ?? '',
    table.courseTitle,
    table.due ?? '',
    r.overdue ? 'yes' : 'no',
    `${r.completed} of ${table.lessons.length}`,
    ...table.lessons.map((l) => {
      const cell = r.lessons[l.slug];
      const status = cell?.status === 'completed' ? 'completed' : cell?.status === 'inProgress' ? 'in progress' : 'not started';
      return cell?.bestPercent != null ? `${status} (${cell.bestPercent}%)` : status;
    }),
    r.assessmentBest === null ? '' : String(r.assessmentBest),
    String(r.assessmentAttempts),
    STATUS_LABEL[r.status],
    r.exportedAt,
  ]);
  // \r\n and a byte-order mark: what spreadsheet programs expect, so names in any script open correctly.
  return '\uFEFF' + Papa.unparse({ fields, data }, { quotes: true, escapeFormulae: true, newline: '\r\n' });
}
