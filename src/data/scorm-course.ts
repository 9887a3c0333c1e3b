import type { CatalogueCourse } from '../lib/catalogue.ts';
import type { ScormCourse } from '../scorm/course-definition.ts';
import { ASSESSMENT_PAGE, courseOutline } from './outline.ts';

/** The course as the SCORM launch page needs it (see scorm/course-definition.ts). */
export function scormCourse(course: CatalogueCourse): ScormCourse {
  const assessment = course.assessment?.data;
  return {
    outline: courseOutline(course),
    language: course.entry.data.language,
    quizzes: [
      ...course.lessons.flatMap((l) => l.entry.data.quizzes.map((q) => ({ id: q.id, page: l.slug, questions: q.questions }))),
      ...(assessment ? [{ id: assessment.id, page: ASSESSMENT_PAGE, questions: assessment.questions }] : []),
    ],
  };
}
