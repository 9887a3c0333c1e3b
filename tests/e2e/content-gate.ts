import { expect, type Page } from '@playwright/test';

/** The content-warning gate in front of a lesson with warnings (src/components/ContentWarning.astro). */
export const showLessonButton = (page: Page) => page.getByRole('button', { name: 'Show the lesson' });

/** Goes past the gate, as a learner who chooses to read the lesson does; the gate must be there. */
export async function showLesson(page: Page): Promise<void> {
  await showLessonButton(page).click();
  await expect(page.locator('[data-gated]')).toBeVisible();
}
