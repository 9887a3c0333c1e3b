import { decodeProgress, encodeProgress } from '../../lib/progress-codec.ts';
import { courseStatus } from '../../machines/progress-status.ts';
import type { ProgressRecord } from '../../schemas/progress-schema.ts';
import type { WriteResult } from '../../stores/local-storage.ts';
import type { ProgressPort } from '../../stores/progress-port.ts';
import { observe, startTracker } from '../attempt-tracker.ts';
import { bookmarkPath, placeToBookmark } from '../bookmark.ts';
import type { ScormCourse } from '../course-definition.ts';
import { deviceCopyKey, learnerKey, readDeviceCopy, startingPoint, type DeviceCopy } from '../device-copy.ts';
import { interactionFields } from '../interactions.ts';
import { LIMITS } from '../limits.ts';
import type { LmsApi } from '../lms-api.ts';
import { READ, reportFields } from '../report.ts';
import { decodeSuspendData, encodeSuspendData } from '../suspend-data.ts';

/**
 * The live conversation with the LMS, held by the launch page for as long as the course is open. The course
 * pages in its frame read and write the learner's record through `port`; each change is kept on the device at
 * once, and sent to the LMS (values set, then committed) a moment later, or at once after a quiz check. A
 * refused call is retried with growing pauses; after a few in a row the learner is told, quietly.
 */
export interface LmsSession {
  port: ProgressPort;
  /** Where the learner left off, relative to the course's overview page; "" for the overview itself. */
  resumePath: string;
  /** Sends what is waiting now (the page is being hidden and may not come back). */
  flush(): void;
  /** A last commit, then the end of the session (LMSFinish / Terminate). Safe to call more than once. */
  end(): void;
}

export interface DeviceStorage {
  read(key: string): string | null | undefined;
  write(key: string, value: string): void;
}

/** A pause after a change before it is sent, so a burst of changes makes one commit. */
const DEBOUNCE_MS = 1500;
const FIRST_RETRY_MS = 2000;
const MAX_RETRY_MS = 60_000;
/** Refusals in a row before the learner is told: one lost request is no news. */
const QUIET_FAILURES = 3;
/** Tries at Initialize before the course runs on the device alone. */
const CONNECT_TRIES = 3;

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Connects to the LMS, or gives null when it keeps refusing (the course then keeps progress on the device). */
export async function openLmsSession(options: {
  course: ScormCourse;
  api: LmsApi;
  storage: DeviceStorage;
  newSeed: () => string;
  onTrouble: (failing: boolean) => void;
}): Promise<LmsSession | null> {
  const { api } = options;
  for (let attempt = 1; !api.initialize(); attempt++) {
    if (attempt >= CONNECT_TRIES) return null;
    await wait(FIRST_RETRY_MS * attempt);
  }
  return runSession(options);
}

function runSession({ course, api, storage, newSeed, onTrouble }: Parameters<typeof openLmsSession>[0]): LmsSession {
  const id = course.outline.id;
  const read = READ[api.version];
  const learner = learnerKey(api.get(read.learnerId));
  const startedAt = Date.now();
  const start = startingPoint({
    course,
    learner,
    suspended: decodeSuspendData(course, api.get(read.suspendData)),
    bookmark: api.get(read.location),
    copy: readDeviceCopy(storage.read(deviceCopyKey(id))),
    interactionCount: Math.max(0, Number.parseInt(api.get(read.interactions), 10) || 0),
    now: startedAt,
    newSeed,
  });

  let record: ProgressRecord = start.record;
  let pending = start.pending;
  let tracker = startTracker(record.courses[id] ?? { lessons: {}, quizzes: {} });
  let confirmed = !start.unsent;
  /** The values the LMS has confirmed, so only changes are set again. */
  let sent = new Map<string, string>();
  let failures = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let ended = false;

  const keepOnDevice = () => {
    const copy: DeviceCopy = { version: 1, course: id, learner, confirmed, record: encodeProgress(record), pending };
    storage.write(deviceCopyKey(id), JSON.stringify(copy));
  };

  const progressOf = (r: ProgressRecord) => r.courses[id] ?? { lessons: {}, quizzes: {} };
  const bookmarkOf = (r: ProgressRecord) => placeToBookmark(r.last?.course === id ? r.last : undefined, LIMITS[api.version].location);
  /** What the LMS would learn from a record: a change to anything else (a note being written) is not worth a commit. */
  const lmsView = (r: ProgressRecord) => `${bookmarkOf(r)} ${encodeSuspendData(course, { seed: r.seed, savedAt: 0, progress: progressOf(r) })}`;

  /** Sets every changed value and the waiting interactions, then commits. True when the LMS took it all. */
  const send = (): boolean => {
    const now = Date.now();
    const progress = progressOf(record);
    const status = courseStatus(course.outline, progress);
    const fields = reportFields(api.version, {
      state: status.state,
      hasAssessment: course.outline.assessment !== null,
      lessonsPercent: status.percent,
      score: status.assessmentBest,
      location: bookmarkOf(record),
      suspendData: encodeSuspendData(course, { seed: record.seed, savedAt: now, progress }),
      sessionMs: now - startedAt,
    });
    let accepted = true;
    for (const [element, value] of fields) if (sent.get(element) !== value) accepted = api.set(element, value) && accepted;
    pending.items.forEach((fieldsOfOne, i) => {
      for (const [name, value] of fieldsOfOne) accepted = api.set(`cmi.interactions.${pending.base + i}.${name}`, value) && accepted;
    });
    accepted = api.commit() && accepted;
    if (accepted) {
      sent = new Map(fields);
      pending = { base: pending.base + pending.items.length, items: [] };
      confirmed = true;
      failures = 0;
    } else {
      failures++;
    }
    keepOnDevice();
    onTrouble(failures >= QUIET_FAILURES);
    return accepted;
  };

  const attempt = () => {
    clearTimeout(timer);
    timer = undefined;
    if (!send()) schedule(Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** (failures - 1)));
  };
  const schedule = (ms: number) => {
    clearTimeout(timer);
    timer = setTimeout(attempt, ms);
  };

  const port: ProgressPort = {
    read: () => encodeProgress(record),
    write: (value: string): WriteResult => {
      if (ended) return 'unavailable';
      const next = decodeProgress(value, () => record.seed);
      if (!next.writable) return 'unavailable';
      const progress = next.record.courses[id];
      const seen = observe(course, tracker, { progress: record.courses[id], place: record.last }, { progress, place: next.record.last });
      tracker = seen.state;
      // Only scored questions are checked: reflections never reach interactionFields.
      pending = { ...pending, items: [...pending.items, ...seen.checked.map((a) => interactionFields(api.version, a))] };
      const previous = record;
      record = { ...next.record, courses: progress ? { [id]: progress } : {} };
      if (seen.checked.length > 0 || lmsView(record) !== lmsView(previous)) {
        confirmed = false;
        schedule(seen.checked.length > 0 ? 0 : DEBOUNCE_MS);
      }
      keepOnDevice();
      return 'ok';
    },
    // Only the course page in the frame writes, so there is nobody else to hear from.
    onChange: () => () => {},
  };

  if (!confirmed) schedule(0);
  return {
    port,
    resumePath: record.last?.course === id ? bookmarkPath(record.last) : '',
    flush: () => {
      if (!ended && !confirmed) attempt();
    },
    end: () => {
      if (ended) return;
      ended = true;
      clearTimeout(timer);
      send();
      api.terminate();
    },
  };
}
