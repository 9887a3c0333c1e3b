import { AUDIENCES, type AudienceId } from '../schemas/audience.ts';

/**
 * The search filters: what lesson pages give pagefind (ids, stable in URLs) and what learners choose from
 * (labels). Pure: the build makes the choices from the catalogue, the browser reads the chosen ones back.
 */

export const SEARCH_FILTERS = ['course', 'audience', 'language'] as const;
export type SearchFilter = (typeof SEARCH_FILTERS)[number];

/** The chosen value of each filter, as pagefind takes them. An unset filter is absent. */
export type ChosenFilters = Partial<Record<SearchFilter, string>>;

export interface FilterChoice {
  value: string;
  label: string;
  /** Language of the label itself (a language's own name), for screen readers. */
  lang?: string;
}

export interface FilterControl {
  filter: SearchFilter;
  label: string;
  /** What the empty choice says: no filter. */
  anyLabel: string;
  choices: FilterChoice[];
}

/** A course as the search page offers it to filter by, under one interface language. */
export interface FilterSource {
  id: string;
  title: string;
  audiences: readonly AudienceId[];
  /** The languages its lessons are shown in there: the course's own, and the interface's for translated lessons. */
  languages: readonly string[];
}

/** What a lesson page tells pagefind: its course, the course's audiences, and the language the page shows it in. */
export interface IndexedLesson {
  courseId: string;
  audiences: readonly AudienceId[];
  language: string;
}

/** The filter values one lesson page is indexed under. */
export function lessonFilters(lesson: IndexedLesson): Record<SearchFilter, string[]> {
  return { course: [lesson.courseId], audience: [...lesson.audiences], language: [lesson.language] };
}

/** One control per filter, with only the values some course has, in a stable order. */
export type FilterLabelKey =
  | 'search.filterCourse' | 'search.anyCourse' | 'search.filterAudience' | 'search.anyAudience' | 'search.filterLanguage' | 'search.anyLanguage'
  | `audience.${AudienceId}`;

/** `t`: the page's translate function (src/data/messages.ts), for the labels. */
export function filterControls(courses: readonly FilterSource[], t: (key: FilterLabelKey) => string): FilterControl[] {
  const audiences = new Set(courses.flatMap((c) => c.audiences));
  const languages = [...new Set(courses.flatMap((c) => c.languages))].sort();
  return [
    {
      filter: 'course',
      label: t('search.filterCourse'),
      anyLabel: t('search.anyCourse'),
      choices: [...courses].sort((a, b) => a.title.localeCompare(b.title, 'en')).map((c) => ({ value: c.id, label: c.title })),
    },
    {
      filter: 'audience',
      label: t('search.filterAudience'),
      anyLabel: t('search.anyAudience'),
      // In the order of src/schemas/audience.ts, which groups related roles.
      choices: (Object.keys(AUDIENCES) as AudienceId[]).filter((a) => audiences.has(a)).map((a) => ({ value: a, label: t(`audience.${a}`) })),
    },
    {
      filter: 'language',
      label: t('search.filterLanguage'),
      anyLabel: t('search.anyLanguage'),
      choices: languages.map((tag) => ({ value: tag, label: languageName(tag), lang: tag })),
    },
  ];
}

/** A language's name in that language ("English", "Русский"), as a learner who reads it looks for it. */
export function languageName(tag: string): string {
  const name = new Intl.DisplayNames([tag], { type: 'language', fallback: 'code' }).of(tag) ?? tag;
  return name.charAt(0).toLocaleUpperCase(tag) + name.slice(1);
}

/** The chosen filters, read from a search address or the form's controls by name; empty ones are left out. */
export function chosenFilters(read: (filter: SearchFilter) => string | null | undefined): ChosenFilters {
  const chosen: ChosenFilters = {};
  for (const filter of SEARCH_FILTERS) {
    const value = read(filter)?.trim();
    if (value) chosen[filter] = value;
  }
  return chosen;
}
