import { newSeed } from '../../lib/seed.ts';
import { readStored, writeStored } from '../../stores/local-storage.ts';
import { PORT_NAME } from '../../stores/progress-port.ts';
import type { ScormCourse } from '../course-definition.ts';
import { findLmsApi } from '../lms-api.ts';
import { openLmsSession } from './lms-session.ts';
import type { ScormLaunchMessageKey } from '../../lib/scorm-messages.ts';
import { pageMessages } from '../../islands/page-messages.ts';

/**
 * The SCORM launch page: finds the LMS, opens the session, offers it to the course pages, and shows the course
 * in its frame, where the learner left off. Without an LMS the course pages keep progress in localStorage as
 * on the website. The packager writes the package's SCORM version on <html data-scorm-version>.
 */
const t = pageMessages<ScormLaunchMessageKey>('fieldlab-scorm-messages');

const frame = document.getElementById('course-frame') as HTMLIFrameElement;
const notice = document.getElementById('lms-notice')!;
const course = JSON.parse(document.getElementById('fieldlab-scorm-course')!.textContent!) as ScormCourse;
const overview = new URL(frame.dataset.src!, location.href);
const api = findLmsApi(window, document.documentElement.dataset.scormVersion === '2004' ? '2004' : '1.2');

const say = (text: string) => {
  // Only a change of text is announced, so the same notice is not repeated at every retry.
  if (notice.textContent !== text) notice.textContent = text;
};

async function start(): Promise<string> {
  if (!api) return '';
  const session = await openLmsSession({
    course,
    api,
    storage: { read: (key) => readStored(key), write: (key, value) => void writeStored(value, key) },
    newSeed,
    onTrouble: (failing) => say(failing ? t('scorm.trouble') : ''),
  });
  if (!session) {
    say(t('scorm.unreachable'));
    return '';
  }
  (window as unknown as Record<string, unknown>)[PORT_NAME] = session.port;
  addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && session.flush());
  addEventListener('pagehide', () => session.end());
  return session.resumePath;
}

start().then((path) => (frame.src = new URL(path, overview).href));
