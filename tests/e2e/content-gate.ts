import { expect, type FrameLocator, type Page } from '@playwright/test';

type Where = Page | FrameLocator;

/** The content-warning gate in front of a lesson with warnings (src/components/ContentWarning.astro). */
export const showLessonButton = (where: Where) => where.getByRole('button', { name: 'Show the lesson' });

/** Goes past the gate, as a learner who chooses to read the lesson does; the gate must be there. */
export async function showLesson(where: Where): Promise<void> {
  await showLessonButton(where).click();
  await expect(where.locator('[data-gated]')).toBeVisible();
}
