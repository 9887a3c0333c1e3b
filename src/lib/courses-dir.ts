/**
 * Where course folders live. FIELDLAB_COURSES points the build at another folder,
 * which the tests use to build broken fixture courses.
 */
export const coursesDir = process.env.FIELDLAB_COURSES ?? './courses';
