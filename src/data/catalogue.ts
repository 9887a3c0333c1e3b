import { getCollection, type CollectionEntry } from 'astro:content';
import { assembleCatalogue, type CatalogueCourse, type CatalogueLesson } from '../lib/catalogue.ts';

export type Course = CatalogueCourse<CollectionEntry<'courses'>, CollectionEntry<'lessons'>, CollectionEntry<'assessments'>, CollectionEntry<'glossaries'>>;
export type CourseLesson = CatalogueLesson<CollectionEntry<'lessons'>>;

let cached: Promise<Course[]> | undefined;

/** Every course with its lessons in order; the build fails here if the files disagree with each other. */
export function getCatalogue(): Promise<Course[]> {
  cached ??= Promise.all([getCollection('courses'), getCollection('lessons'), getCollection('assessments'), getCollection('glossaries')]).then(
    ([courses, lessons, assessments, glossaries]) => assembleCatalogue(courses, lessons, assessments, glossaries),
  );
  return cached;
}
