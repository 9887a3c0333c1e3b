import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import { MAX_REPORT_BYTES, type Report } from '../schemas/report-schema.ts';
import { parseReport, tooLarge, type ReportProblemKey } from '../lib/progress-report.ts';
import { buildClassTables, sortRows, STATUS_MESSAGE, type ClassTable, type SortKey } from '../lib/class-table.ts';
import { classCsvFileName, classTableCsv } from '../lib/class-csv.ts';
import { localDate } from '../lib/assignment-check.ts';
import type { Problem } from '../lib/decoded.ts';
import { formatDay } from '../lib/format.ts';
import type { Locale } from '../lib/locales.ts';
import { translator, type Catalogue, type Translate } from '../lib/messages.ts';
import type { ClassReviewMessageKey } from '../lib/trainer-messages.ts';
import { $reports, $reportsNotSaved, addReports, clearReports, loadReports } from '../stores/trainer-store.ts';
import { withElement } from './with-element.tsx';

interface FileResult {
  name: string;
  problem?: Problem<ReportProblemKey>;
}

interface Props {
  courseIds: string[];
  locale: Locale;
  /** Only this island's messages (src/lib/trainer-messages.ts). */
  messages: Catalogue;
}

/**
 * The trainer's class view: import many report files (picker or drag and drop), see learners × assigned lessons,
 * sort, and export CSV. Every file is checked by size and schema before anything changes; a bad file changes
 * nothing and says why. All text from files is rendered as text.
 */
export default function ClassReview({ courseIds, locale, messages }: Props) {
  const t = translator<ClassReviewMessageKey>(messages, messages, locale);
  const reports = useStore($reports);
  const notSaved = useStore($reportsNotSaved);
  const [results, setResults] = useState<FileResult[]>([]);
  const [sort, setSort] = useState<{ key: SortKey; direction: 'ascending' | 'descending' }>({ key: 'learner', direction: 'ascending' });
  const [dragging, setDragging] = useState(false);
  const [confirming, setConfirming] = useState(false);
  useEffect(loadReports, []);

  const importFiles = async (files: FileList | File[] | null) => {
    if (!files) return;
    const accepted: Report[] = [];
    const out: FileResult[] = [];
    for (const file of Array.from(files)) {
      if (file.size > MAX_REPORT_BYTES) {
        out.push({ name: file.name, problem: tooLarge(file.size) });
        continue;
      }
      const parsed = parseReport(await file.text(), courseIds);
      if (parsed.ok) accepted.push(parsed.value);
      else out.push({ name: file.name, problem: parsed.problem });
      if (parsed.ok) out.push({ name: file.name });
    }
    if (accepted.length > 0) addReports(accepted);
    setResults(out);
  };

  const tables = buildClassTables(reports, localDate(new Date()));
  const toggleSort = (key: SortKey) =>
    setSort((s) => ({ key, direction: s.key === key && s.direction === 'ascending' ? 'descending' : 'ascending' }));

  return (
    <div class="class-review">
      <div
        class={`drop-zone no-print${dragging ? ' is-dragging' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          void importFiles(e.dataTransfer?.files ?? null);
        }}
      >
        <label for="report-files">{t('review.choose')}</label>
        <input id="report-files" type="file" accept=".json,application/json" multiple onChange={(e) => void importFiles((e.currentTarget as HTMLInputElement).files)} />
        <p class="hint">{t('review.drop')}</p>
      </div>
      <div role="status" class="import-results">
        {results.length > 0 && (
          <ul>
            {results.map((r) => {
              const name = <bdi class="file-name">{r.name}</bdi>;
              return r.problem ? (
                <li class="is-problem">
                  {'✗ '}
                  {withElement((mark) => t(r.problem!.key, { ...r.problem!.params, file: mark }), name)} {t('review.nothingImported')}
                </li>
              ) : (
                <li>
                  {'✓ '}
                  {withElement((mark) => t('review.imported', { file: mark }), name)}
                </li>
              );
            })}
          </ul>
        )}
        {notSaved && <p>{t('review.notSaved')}</p>}
      </div>
      {tables.length === 0 ? (
        <p>{t('review.none')}</p>
      ) : (
        tables.map((table) => <ClassTableView table={table} sort={sort} onSort={toggleSort} t={t} locale={locale} />)
      )}
      {reports.length > 0 && (
        <div class="no-print">
          {confirming ? (
            <p class="actions" role="group" aria-label={t('review.clearQuestion')}>
              <span>{t('review.clearAll', { count: reports.length })}</span>
              <button
                type="button"
                class="button danger"
                onClick={() => {
                  clearReports();
                  setConfirming(false);
                  setResults([]);
                }}
              >
                {t('review.clearYes')}
              </button>
              <button type="button" class="button secondary" onClick={() => setConfirming(false)}>
                {t('review.clearNo')}
              </button>
            </p>
          ) : (
            <button type="button" class="button secondary" onClick={() => setConfirming(true)}>
              {t('review.clear')}
            </button>
          )}
        </div>
      )}
    </div>
  );
}

interface TableProps {
  table: ClassTable;
  sort: { key: SortKey; direction: 'ascending' | 'descending' };
  onSort: (k: SortKey) => void;
  t: Translate<ClassReviewMessageKey>;
  locale: Locale;
}

function ClassTableView({ table, sort, onSort, t, locale }: TableProps) {
  const rows = sortRows(table.rows, sort.key, sort.direction);
  const title = table.group ? `${table.group}: ${table.courseTitle}` : table.courseTitle;
  const header = (key: SortKey, label: string) => (
    <th scope="col" aria-sort={sort.key === key ? sort.direction : undefined}>
      <button type="button" class="sort-button" onClick={() => onSort(key)}>
        {label}
        <span aria-hidden="true">{sort.key === key ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ''}</span>
      </button>
    </th>
  );
  const downloadCsv = () => {
    const url = URL.createObjectURL(new Blob([classTableCsv({ ...table, rows }, t)], { type: 'text/csv;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = classCsvFileName(table);
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  return (
    <section class="class-table" aria-label={title}>
      <h2>{title}</h2>
      {table.due && <p>{t('review.due', { date: formatDay(table.due, locale) })}</p>}
      <div class="table-wrap">
        <table>
          <caption class="visually-hidden">{t('review.caption', { title })}</caption>
          <thead>
            <tr>
              {header('learner', t('review.learner'))}
              {header('completed', t('review.lessonsDone'))}
              {table.lessons.map((l) => (
                <th scope="col">{l.title}</th>
              ))}
              {header('assessment', t('review.assessment'))}
              {header('status', t('review.status'))}
              {header('exportedAt', t('review.reportDate'))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr class={r.overdue ? 'is-overdue' : ''}>
                <th scope="row">{r.learner}</th>
                <td>
                  {t('review.doneOf', { done: r.completed, count: table.lessons.length })}
                  {r.overdue && <strong class="overdue"> {t('review.overdue')}</strong>}
                </td>
                {table.lessons.map((l) => {
                  const cell = r.lessons[l.slug];
                  return (
                    <td>
                      {cell?.status === 'completed' ? t('review.lessonDone') : cell?.status === 'inProgress' ? t('review.lessonStarted') : '–'}
                      {cell?.bestPercent != null && ` (${t('review.percent', { percent: cell.bestPercent })})`}
                    </td>
                  );
                })}
                <td>{r.assessmentBest === null ? '–' : t('review.percent', { percent: r.assessmentBest })}</td>
                <td>{t(STATUS_MESSAGE[r.status])}</td>
                <td>{formatDay(r.exportedAt.slice(0, 10), locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p class="hint">{t('review.selfReported')}</p>
      <p class="no-print">
        <button type="button" class="button secondary" onClick={downloadCsv}>
          {t('review.downloadCsv')}
        </button>
      </p>
    </section>
  );
}
