import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, test } from 'vitest';

/**
 * Real `astro build` runs on a valid fixture course, and on copies of it broken one way each:
 * the build must fail with a message naming the file, the field and what to write instead.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const fixture = join(root, 'tests/fixtures/valid-courses');
const astro = join(root, 'node_modules/.bin/astro');
const work = mkdtempSync(join(tmpdir(), 'fieldlab-content-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function buildCopy(name: string, breakIt: (dir: string) => void): Promise<{ ok: boolean; output: string; dir: string }> {
  const dir = join(work, name, 'courses');
  cpSync(fixture, dir, { recursive: true });
  breakIt(dir);
  try {
    const { stdout, stderr } = await promisify(execFile)(astro, ['build', '--outDir', join(work, name, 'dist')], {
      cwd: root,
      env: { ...process.env, FIELDLAB_COURSES: dir, FIELDLAB_CACHE: join(work, name, 'cache'), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    });
    return { ok: true, output: stdout + stderr, dir };
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    return { ok: false, output: `${e.stdout ?? ''}${e.stderr ?? ''}`, dir };
  }
}

const edit = (file: string, from: RegExp | string, to: string) => writeFileSync(file, readFileSync(file, 'utf8').replace(from, to));

describe('building course content', () => {
  test('the valid fixture course builds', async () => {
    const result = await buildCopy('valid', () => {});
    expect(result.output).toContain('Complete!');
    expect(result.ok).toBe(true);
    expect(existsSync(join(work, 'valid', 'dist', 'courses', 'demo', 'first-steps', 'index.html'))).toBe(true);
    // The Russian translation is shown under /ru/, and is not a lesson of its own.
    expect(readFileSync(join(work, 'valid', 'dist', 'ru', 'courses', 'demo', 'first-steps', 'index.html'), 'utf8')).toContain('Первые шаги');
    expect(existsSync(join(work, 'valid', 'dist', 'courses', 'demo', 'ru'))).toBe(false);
  });

  const cases: { name: string; breakIt: (dir: string) => void; file: string; says: string[] }[] = [
    {
      name: 'course file without a title',
      breakIt: (dir) => edit(join(dir, 'demo/course.yaml'), /^title: .*\n/m, ''),
      file: 'demo/course.yaml',
      says: ['title: is missing. Add the course title'],
    },
    {
      name: 'unknown audience',
      breakIt: (dir) => edit(join(dir, 'demo/course.yaml'), 'audiences: [outreach-workers]', 'audiences: [outreach-workers, nurses]'),
      file: 'demo/course.yaml',
      says: ['audiences.1: must be one of: outreach-workers'],
    },
    {
      name: 'lesson source with a bad URL',
      breakIt: (dir) => edit(join(dir, 'demo/first-steps.mdx'), 'url: https://www.ncbi.nlm.nih.gov/books/NBK264311/', 'url: www.who.int'),
      file: 'demo/first-steps.mdx',
      says: ['sources.0.url: must be a full web address starting with https://'],
    },
    {
      name: 'two lessons with the same order',
      breakIt: (dir) => edit(join(dir, 'demo/second-steps.mdx'), 'order: 2', 'order: 1'),
      file: 'demo/second-steps.mdx',
      says: ['order: 1 is already used by first-steps.mdx in the same course'],
    },
    {
      name: 'lesson in a folder with no course file',
      breakIt: (dir) => {
        mkdirSync(join(dir, 'orphans'));
        cpSync(join(dir, 'demo/first-steps.mdx'), join(dir, 'orphans/lost.mdx'));
      },
      file: 'orphans/lost.mdx',
      says: ['course file: this lesson is in the folder "orphans", which has no course.yaml'],
    },
    {
      name: 'single-choice question with two correct options',
      breakIt: (dir) => edit(join(dir, 'demo/first-steps.mdx'), '          - text: A GHB overdose\n', '          - text: A GHB overdose\n            correct: true\n'),
      file: 'demo/first-steps.mdx',
      says: ['question "naloxone-reverses": a single-choice question needs exactly 1 correct option, but has 2'],
    },
    {
      name: 'matching question with an unpaired item',
      breakIt: (dir) => edit(join(dir, 'demo/first-steps.mdx'), '            match: Opioid agonist therapy\n', ''),
      file: 'demo/first-steps.mdx',
      says: ['quizzes.0.questions.3.pairs.1.match: question "match-terms": is missing'],
    },
    {
      name: 'duplicate question id',
      breakIt: (dir) => edit(join(dir, 'demo/assessment.yaml'), 'id: a-stimulants', 'id: a-naloxone'),
      file: 'demo/assessment.yaml',
      says: ['question "a-naloxone": the id "a-naloxone" is used twice in this quiz'],
    },
    {
      name: 'scenario step pointing to a step that does not exist',
      breakIt: (dir) => edit(join(dir, 'demo/first-steps.mdx'), 'next: waiting', 'next: waitng'),
      file: 'demo/first-steps.mdx',
      says: ['question "party": step "start" has a choice that leads to "waitng", which is neither a step nor an ending'],
    },
    {
      name: 'translation with no original lesson',
      breakIt: (dir) => cpSync(join(dir, 'demo/ru/first-steps.mdx'), join(dir, 'demo/ru/third-steps.mdx')),
      file: 'demo/ru/third-steps.mdx',
      says: ['file name: there is no lesson demo/third-steps.mdx for this to translate. Name a translation as its original lesson file (first-steps.mdx, second-steps.mdx)'],
    },
    {
      name: 'translation in a folder that is not an interface language',
      breakIt: (dir) => {
        mkdirSync(join(dir, 'demo/de'));
        cpSync(join(dir, 'demo/ru/first-steps.mdx'), join(dir, 'demo/de/first-steps.mdx'));
      },
      file: 'demo/de/first-steps.mdx',
      says: ['language folder: "de" is not an interface language. Put translations in a folder named for one of: ru, vi, fa'],
    },
    {
      name: 'translation whose quiz ids differ from the original',
      breakIt: (dir) => edit(join(dir, 'demo/ru/first-steps.mdx'), 'id: chatty', 'id: talkative'),
      file: 'demo/ru/first-steps.mdx',
      says: ['quizzes.0.questions.1.options.2.id: is "talkative"; the original has "chatty" (first-steps.mdx). Copy it from the original and translate only the words'],
    },
    {
      name: 'translation with invalid frontmatter',
      breakIt: (dir) => edit(join(dir, 'demo/ru/first-steps.mdx'), /^title: .*\n/m, ''),
      file: 'demo/ru/first-steps.mdx',
      says: ['title: is missing. Add the lesson title'],
    },
    {
      name: 'quiz id used twice in a course',
      breakIt: (dir) => edit(join(dir, 'demo/second-steps.mdx'), 'id: check-second-steps', 'id: check-first-steps'),
      file: 'demo/second-steps.mdx',
      says: ['quiz id: "check-first-steps" is already the id of a quiz in'],
    },
  ];

  for (const c of cases) {
    test(`fails clearly on a ${c.name}`, async () => {
      const result = await buildCopy(c.name.replaceAll(' ', '-'), c.breakIt);
      expect(result.ok, result.output).toBe(false);
      expect(result.output).toContain(`${c.name.replaceAll(" ", "-")}/courses/${c.file}`);
      for (const phrase of c.says) expect(result.output).toContain(phrase);
    });
  }
});
