import { getCollection, type CollectionEntry } from 'astro:content';
import { assembleCatalogue, type CatalogueCourse, type CatalogueLesson } from '../lib/catalogue.ts';

export type Course = CatalogueCourse<CollectionEntry<'courses'>, CollectionEntry<'lessons'>, CollectionEntry<'assessments'>>;
export type CourseLesson = CatalogueLesson<CollectionEntry<'lessons'>>;

let cached: Promise<Course[]> | undefined;

/** Every course with its lessons in order; the build fails here if the files disagree with each other. */
export function getCatalogue(): Promise<Course[]> {
  cached ??= Promise.all([getCollection('courses'), getCollection('lessons'), getCollection('assessments')]).then(
    ([courses, lessons, assessments]) => assembleCatalogue(courses, lessons, assessments),
  );
  return cached;
}
