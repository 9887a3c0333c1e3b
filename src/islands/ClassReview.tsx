import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import { MAX_REPORT_BYTES, type Report } from '../schemas/report-schema.ts';
import { parseReport } from '../lib/progress-report.ts';
import { buildClassTables, sortRows, STATUS_LABEL, type ClassTable, type SortKey } from '../lib/class-table.ts';
import { classTableCsv } from '../lib/class-csv.ts';
import { localDate } from '../lib/assignment-check.ts';
import { $reports, $reportsNotSaved, addReports, clearReports, loadReports } from '../stores/trainer-store.ts';

interface FileResult {
  name: string;
  problem?: string;
}

/**
 * The trainer's class view: import many report files (picker or drag and drop), see learners × assigned lessons,
 * sort, and export CSV. Every file is checked by size and schema before anything changes; a bad file changes
 * nothing and says why. All text from files is rendered as text.
 */
export default function ClassReview({ courseIds }: { courseIds: string[] }) {
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
        out.push({ name: file.name, problem: `is too large (${formatSize(file.size)}) to be a Fieldlab progress report` });
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
        <label for="report-files">Choose learners' report files (you can choose many at once)</label>
        <input id="report-files" type="file" accept=".json,application/json" multiple onChange={(e) => void importFiles((e.currentTarget as HTMLInputElement).files)} />
        <p class="hint">or drop the files here. They stay in this browser; nothing is uploaded.</p>
      </div>
      <div role="status" class="import-results">
        {results.length > 0 && (
          <ul>
            {results.map((r) => (
              <li class={r.problem ? 'is-problem' : ''}>
                {r.problem ? '✗ ' : '✓ '}
                <span class="file-name">{r.name}</span> {r.problem ?? 'imported'}
                {r.problem ? '. Nothing from it was imported.' : '.'}
              </li>
            ))}
          </ul>
        )}
        {notSaved && <p>This browser could not keep the reports, so they will be gone when you close the page.</p>}
      </div>
      {tables.length === 0 ? (
        <p>No reports imported yet.</p>
      ) : (
        tables.map((t) => <ClassTableView table={t} sort={sort} onSort={toggleSort} />)
      )}
      {reports.length > 0 && (
        <div class="no-print">
          {confirming ? (
            <p class="actions" role="group" aria-label="Clear imported reports?">
              <span>Clear all {reports.length} imported reports from this browser?</span>
              <button
                type="button"
                class="button danger"
                onClick={() => {
                  clearReports();
                  setConfirming(false);
                  setResults([]);
                }}
              >
                Yes, clear them
              </button>
              <button type="button" class="button secondary" onClick={() => setConfirming(false)}>
                No, keep them
              </button>
            </p>
          ) : (
            <button type="button" class="button secondary" onClick={() => setConfirming(true)}>
              Clear imported reports
            </button>
          )}
        </div>
      )}
    </div>
  );
}

function ClassTableView({ table, sort, onSort }: { table: ClassTable; sort: { key: SortKey; direction: 'ascending' | 'descending' }; onSort: (k: SortKey) => void }) {
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
    const url = URL.createObjectURL(new Blob([classTableCsv({ ...table, rows })], { type: 'text/csv;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `fieldlab-class-${(table.group ?? table.courseTitle).toLowerCase().replace(/[^a-z0-9]+/g, '-').slice(0, 40)}.csv`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  return (
    <section class="class-table" aria-label={title}>
      <h2>{title}</h2>
      {table.due && <p>Due {table.due}.</p>}
      <div class="table-wrap">
        <table>
          <caption class="visually-hidden">Progress of each learner in {title}. Self-reported.</caption>
          <thead>
            <tr>
              {header('learner', 'Learner')}
              {header('completed', 'Lessons done')}
              {table.lessons.map((l) => (
                <th scope="col">{l.title}</th>
              ))}
              {header('assessment', 'Assessment')}
              {header('status', 'Status')}
              {header('exportedAt', 'Report date')}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr class={r.overdue ? 'is-overdue' : ''}>
                <th scope="row">{r.learner}</th>
                <td>
                  {r.completed} of {table.lessons.length}
                  {r.overdue && <strong class="overdue"> Overdue</strong>}
                </td>
                {table.lessons.map((l) => {
                  const cell = r.lessons[l.slug];
                  return (
                    <td>
                      {cell?.status === 'completed' ? '✓ Done' : cell?.status === 'inProgress' ? 'Started' : '–'}
                      {cell?.bestPercent != null && ` (${cell.bestPercent}%)`}
                    </td>
                  );
                })}
                <td>{r.assessmentBest === null ? '–' : `${r.assessmentBest}%`}</td>
                <td>{STATUS_LABEL[r.status]}</td>
                <td>{r.exportedAt.slice(0, 10)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p class="hint">Self-reported by each learner; not verified.</p>
      <p class="no-print">
        <button type="button" class="button secondary" onClick={downloadCsv}>
          Download CSV
        </button>
      </p>
    </section>
  );
}

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / (1024 * 1024))} MB` : `${Math.round(bytes / 1024)} KB`;
}
