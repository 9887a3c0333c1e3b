import { useState } from 'preact/hooks';
import type { CourseOutline } from '../schemas/outline.ts';
import { ASSIGNMENT_VERSION, type Assignment } from '../schemas/assignment-schema.ts';
import { encodeAssignment } from '../lib/assignment-link.ts';
import { localDate } from '../lib/assignment-check.ts';
import { draftProblems } from '../lib/assignment-draft.ts';
import { formatDay } from '../lib/format.ts';
import type { Locale } from '../lib/locales.ts';
import { translator, type Catalogue } from '../lib/messages.ts';
import type { AssignFormMessageKey } from '../lib/trainer-messages.ts';
import { QrCode } from './QrCode.tsx';
import { withElement } from './with-element.tsx';

interface Props {
  outlines: CourseOutline[];
  base: string;
  locale: Locale;
  /** Only this island's messages (src/lib/trainer-messages.ts). */
  messages: Catalogue;
}

/**
 * The trainer's assignment form: choose a course and lessons, name the group, set a due date and a message,
 * and get a link and a QR code. Nothing is stored or sent: the assignment lives in the link's fragment.
 */
export default function AssignForm({ outlines, base, locale, messages }: Props) {
  const t = translator<AssignFormMessageKey>(messages, messages, locale);
  const number = new Intl.NumberFormat(locale);
  const [courseId, setCourseId] = useState(outlines[0]?.id ?? '');
  const outline = outlines.find((o) => o.id === courseId);
  const [chosen, setChosen] = useState<string[]>(outline?.lessons.map((l) => l.slug) ?? []);
  const [group, setGroup] = useState('');
  const [due, setDue] = useState('');
  const [message, setMessage] = useState('');
  const [problem, setProblem] = useState('');
  const [link, setLink] = useState<{ url: string; assignment: Assignment } | null>(null);
  const [copied, setCopied] = useState(false);

  const chooseCourse = (id: string) => {
    setCourseId(id);
    setChosen(outlines.find((o) => o.id === id)?.lessons.map((l) => l.slug) ?? []);
    setLink(null);
  };

  const create = (e: Event) => {
    e.preventDefault();
    if (!outline) return;
    const lessons = outline.lessons.map((l) => l.slug).filter((slug) => chosen.includes(slug));
    const draft: Assignment = { v: ASSIGNMENT_VERSION, id: newId(), course: outline.id, lessons, group: group.trim(), due, message: message.trim() };
    const problems = draftProblems(draft);
    if (problems.length > 0) {
      setProblem(t('assign.toMake', { problems: new Intl.ListFormat(locale).format(problems.map((p) => t(p))) }));
      setLink(null);
      return;
    }
    setProblem('');
    setCopied(false);
    setLink({ url: `${location.origin}${base}assignment/#${encodeAssignment(draft)}`, assignment: draft });
    requestAnimationFrame(() => document.getElementById('assignment-result')?.focus());
  };

  const copy = async () => {
    if (!link) return;
    try {
      await navigator.clipboard.writeText(link.url);
      setCopied(true);
    } catch {
      (document.getElementById('assignment-link') as HTMLInputElement | null)?.select();
    }
  };

  return (
    <div class="assign">
      <form class="assign-form no-print" onSubmit={create} noValidate>
        <fieldset>
          <legend>{t('assign.course')}</legend>
          {outlines.map((o) => (
            <div class="field-row">
              <input type="radio" id={`course-${o.id}`} name="course" value={o.id} checked={o.id === courseId} onChange={() => chooseCourse(o.id)} />
              <label for={`course-${o.id}`}>{o.title}</label>
            </div>
          ))}
        </fieldset>
        {outline && (
          <fieldset>
            <legend>{t('assign.lessons')}</legend>
            {outline.lessons.map((l, i) => (
              <div class="field-row">
                <input
                  type="checkbox"
                  id={`lesson-${l.slug}`}
                  checked={chosen.includes(l.slug)}
                  onChange={(e) => setChosen((c) => ((e.currentTarget as HTMLInputElement).checked ? [...c, l.slug] : c.filter((s) => s !== l.slug)))}
                />
                <label for={`lesson-${l.slug}`}>
                  {number.format(i + 1)}. {l.title}
                </label>
              </div>
            ))}
          </fieldset>
        )}
        <p class="field">
          <label for="assign-group">{t('assign.group')}</label>
          <input id="assign-group" type="text" maxLength={80} value={group} onInput={(e) => setGroup((e.currentTarget as HTMLInputElement).value)} autoComplete="off" />
        </p>
        <p class="field">
          <label for="assign-due">{t('assign.due')}</label>
          <input id="assign-due" type="date" min={localDate(new Date())} value={due} onInput={(e) => setDue((e.currentTarget as HTMLInputElement).value)} />
        </p>
        <p class="field">
          <label for="assign-message">{t('assign.message')}</label>
          <textarea id="assign-message" maxLength={500} rows={3} value={message} onInput={(e) => setMessage((e.currentTarget as HTMLTextAreaElement).value)} />
        </p>
        <p class="hint">{t('assign.private')}</p>
        <button type="submit" class="button">
          {t('assign.create')}
        </button>
        <p role="alert" class="form-problem">
          {problem}
        </p>
      </form>
      {link && outline && (
        <section class="assignment-sheet" id="assignment-result" tabIndex={-1} aria-labelledby="sheet-title">
          <h2 id="sheet-title">{t('assign.sheetTitle', { group: link.assignment.group, course: outline.title })}</h2>
          <p>{withElement((mark) => t('assign.doBy', { date: mark }), <strong>{formatDay(link.assignment.due, locale)}</strong>)}</p>
          <ol>
            {outline.lessons
              .filter((l) => link.assignment.lessons.includes(l.slug))
              .map((l) => (
                <li>{l.title}</li>
              ))}
          </ol>
          {link.assignment.message && <p class="trainer-message">{link.assignment.message}</p>}
          <QrCode text={link.url} label={t('assign.qr')} />
          <p class="field">
            <label for="assignment-link">{t('assign.link')}</label>
            <input id="assignment-link" type="text" readOnly value={link.url} onFocus={(e) => (e.currentTarget as HTMLInputElement).select()} />
          </p>
          <p>{t('assign.howTo', { accept: t('inbox.accept'), progress: t('site.progress') })}</p>
          <p class="actions no-print">
            <button type="button" class="button secondary" onClick={copy}>
              {t(copied ? 'assign.copied' : 'assign.copy')}
            </button>
            <button type="button" class="button secondary" onClick={() => window.print()}>
              {t('assign.print')}
            </button>
          </p>
        </section>
      )}
    </div>
  );
}

function newId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return Array.from(bytes, (b) => (b % 36).toString(36)).join('');
}
