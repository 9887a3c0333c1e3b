import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { random } from '../../src/lib/seeded-shuffle.ts';

/**
 * Synthetic courses for the benchmark: the same shape as real ones (course.yaml, assessment.yaml, glossary.yaml,
 * lessons of 700–900 words with headings and lists, a knowledge check every third lesson using every question
 * type), valid against src/schemas/. Seeded, so every run builds the same text and the numbers compare.
 */

/** Courses of ten lessons, about the size of the real ones. */
const LESSONS_PER_COURSE = 10;
/** A knowledge check every few lessons: every third. */
const QUIZ_EVERY = 3;

export interface Generated {
  courses: number;
  lessons: number;
  quizLessons: number;
  words: number;
  /** A lesson without a quiz and one with, to measure in the browser. */
  plainLesson: string;
  quizLesson: string;
  courseId: string;
}

const TOPICS = [
  'naloxone', 'overdose response', 'safer injecting', 'stimulant use', 'chemsex', 'hepatitis C testing', 'HIV prevention',
  'opioid agonist therapy', 'drug checking', 'outreach work', 'peer support', 'prison release', 'police referral',
  'wound care', 'consent', 'motivational interviewing', 'housing first', 'women-only services', 'record keeping',
  'confidentiality', 'crisis support', 'needle and syringe programmes', 'mental health', 'trauma-informed care',
] as const;
const SUBJECTS = ['An outreach worker', 'A peer worker', 'The nurse', 'A probation officer', 'The service manager', 'A volunteer', 'The prison health team', 'A police officer'];
const VERBS = ['explains', 'checks', 'offers', 'records', 'discusses', 'arranges', 'reviews', 'agrees', 'plans', 'supports'];
const OBJECTS = [
  'the next step with the person', 'a referral to a local service', 'naloxone and how to use it', 'sterile equipment for the week',
  'what the person wants from the service', 'the risks of mixing substances', 'a safe place to talk', 'a follow-up visit',
  'the signs of an overdose', 'where to get tested', 'the person’s own goals', 'how to keep information private',
];
const CLAUSES = [
  'without judgement', 'in plain language', 'at a pace that suits the person', 'after asking for consent', 'with the person’s permission',
  'before the end of the visit', 'so that nothing is forced', 'while keeping the conversation short', 'and writes down only what is needed',
  'because trust takes time', 'even when the service is busy', 'and checks that it was understood',
];

const pick = <T>(rnd: () => number, list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
const capital = (s: string) => s[0]!.toUpperCase() + s.slice(1);
const slugOf = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

function sentence(rnd: () => number): string {
  return `${pick(rnd, SUBJECTS)} ${pick(rnd, VERBS)} ${pick(rnd, OBJECTS)} ${pick(rnd, CLAUSES)}.`;
}

const countWords = (text: string) => text.split(/\s+/).filter((w) => /[A-Za-z]/.test(w)).length;

/** A lesson body: sections of paragraphs with a list in each, until the target length is reached. */
function lessonBody(rnd: () => number, topic: string): string {
  const target = 700 + Math.floor(rnd() * 200);
  const parts: string[] = [];
  let words = 0;
  const add = (block: string) => {
    parts.push(block);
    words += countWords(block);
  };
  for (let section = 1; words < target - 60; section++) {
    add(`## ${capital(topic)}: part ${section}`);
    for (let p = 0; p < 2 && words < target - 60; p++) add(Array.from({ length: 4 }, () => sentence(rnd)).join(' '));
    if (words < target - 60) add(Array.from({ length: 4 }, () => `- ${capital(pick(rnd, OBJECTS))}, ${pick(rnd, CLAUSES)}.`).join('\n'));
  }
  while (words < target) add(sentence(rnd));
  return parts.join('\n\n');
}

const SOURCE = { title: 'Community management of opioid overdose', publisher: 'World Health Organization', year: 2014, url: 'https://www.ncbi.nlm.nih.gov/books/NBK264311/' };

/** A knowledge check with every question type, ids unique within the course (progress is stored under them). */
function quiz(id: string, topic: string) {
  return {
    id,
    title: `Check your understanding: ${topic}`,
    questions: [
      {
        id: 'first-step',
        type: 'single',
        prompt: `What comes first when talking about ${topic}?`,
        options: [
          { text: 'Ask what the person wants', correct: true, feedback: 'Right: start from the person’s own goals.' },
          { text: 'Tell the person what to do', feedback: 'Not quite: advice works better when it is asked for.' },
          { text: 'Write a report', feedback: 'Not yet: the conversation comes first.' },
        ],
      },
      {
        id: 'good-practice',
        type: 'multiple',
        prompt: 'Which are good practice?',
        options: [
          { text: 'Asking for consent', correct: true, feedback: 'Yes.' },
          { text: 'Using plain language', correct: true, feedback: 'Yes.' },
          { text: 'Sharing notes with others without asking', feedback: 'No: information stays confidential.' },
        ],
      },
      { id: 'no-judgement', type: 'true-false', prompt: 'Judgement makes people less likely to come back.', correct: true, feedbackTrue: 'Right.', feedbackFalse: 'In fact it does.' },
      {
        id: 'match-terms',
        type: 'matching',
        prompt: 'Match each term to its meaning.',
        pairs: [
          { id: 'nsp', item: 'NSP', match: 'Needle and syringe programme' },
          { id: 'oat', item: 'OAT', match: 'Opioid agonist therapy' },
          { id: 'pep', item: 'PEP', match: 'Post-exposure prophylaxis' },
        ],
        distractors: ['Pre-release planning'],
      },
      {
        id: 'response-order',
        type: 'ordering',
        prompt: 'Put the overdose response in order.',
        steps: [
          { id: 'shout', text: 'Shout and check for a response' },
          { id: 'call', text: 'Call emergency services' },
          { id: 'naloxone', text: 'Give naloxone' },
        ],
      },
      {
        id: 'story',
        type: 'scenario',
        prompt: 'Someone at the drop-in cannot be woken.',
        steps: [{ id: 'start', text: 'They are breathing slowly.', choices: [{ text: 'Call an ambulance and give naloxone', next: 'safe' }, { text: 'Let them sleep', next: 'harmed' }] }],
        endings: [
          { id: 'safe', text: 'You kept them safe.', best: true },
          { id: 'harmed', text: 'Slow breathing is a danger sign: call an ambulance.' },
        ],
      },
      { id: 'my-practice', type: 'reflection', prompt: 'What would you find hardest here?', guidance: 'Only you will read this.' },
    ],
  };
}

function frontmatter(data: unknown): string {
  return `---\n${stringify(data)}---\n\n`;
}

/** Writes `lessons` lessons, in courses of ten, into `dir`. */
export function generateCourses(dir: string, lessons: number): Generated {
  const rnd = random(lessons);
  const courses = Math.ceil(lessons / LESSONS_PER_COURSE);
  let quizLessons = 0;
  let words = 0;
  let written = 0;
  let plainLesson = '';
  let quizLesson = '';
  for (let c = 1; c <= courses; c++) {
    const courseId = `bench-course-${String(c).padStart(4, '0')}`;
    const folder = join(dir, courseId);
    mkdirSync(folder, { recursive: true });
    const count = Math.min(LESSONS_PER_COURSE, lessons - written);
    const topic = TOPICS[(c - 1) % TOPICS.length]!;
    writeFileSync(
      join(folder, 'course.yaml'),
      stringify({
        title: `${capital(topic)} for outreach and peer workers, course ${c}`,
        summary: `What ${topic} means in practice, and how to support people without judgement.`,
        audiences: ['outreach-workers', 'peer-workers'],
        language: 'en',
        version: '1.0',
        estimatedMinutes: count * 8,
        passMark: 80,
        reviewedOn: '2026-11-01',
        objectives: [`Explain ${topic} in plain language`, 'Offer support without judgement'],
        contentWarnings: ['overdose'],
        sources: [SOURCE],
      }),
    );
    const { questions } = quiz('final', topic);
    writeFileSync(join(folder, 'assessment.yaml'), stringify({ id: 'final', title: 'Final assessment', attempts: 3, questions: questions.slice(0, 5) }));
    writeFileSync(
      join(folder, 'glossary.yaml'),
      stringify({ terms: TOPICS.slice(0, 8).map((term) => ({ term: capital(term), definition: `${capital(term)}, as this course uses the words: ${pick(rnd, OBJECTS)}.` })) }),
    );
    for (let l = 1; l <= count; l++) {
      const lessonTopic = pick(rnd, TOPICS);
      const slug = `${String(l).padStart(2, '0')}-${slugOf(lessonTopic)}`;
      const hasQuiz = l % QUIZ_EVERY === 0;
      const body = lessonBody(rnd, lessonTopic);
      words += countWords(body);
      const data = {
        title: `${capital(lessonTopic)}: lesson ${l}`,
        order: l,
        objectives: [`Describe ${lessonTopic} in plain language`, `Plan the next step with a person`],
        minutes: 8,
        sources: [SOURCE],
        ...(hasQuiz ? { quizzes: [quiz(`check-${l}`, lessonTopic)] } : {}),
      };
      if (hasQuiz) quizLessons++;
      if (c === 1 && hasQuiz) quizLesson ||= slug;
      if (c === 1 && !hasQuiz) plainLesson ||= slug;
      writeFileSync(join(folder, `${slug}.mdx`), frontmatter(data) + body + '\n');
      written++;
    }
  }
  return { courses, lessons: written, quizLessons, words, courseId: 'bench-course-0001', plainLesson, quizLesson };
}
