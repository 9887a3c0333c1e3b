import { expect, type Page } from '@playwright/test';

/** The search page (/search/), driven through its address as a learner's bookmark or shared link would. */
export const pageResults = (page: Page) => page.locator('[data-search-page] .search-result');
export const pageStatus = (page: Page) => page.locator('[data-search-page] [data-search-status]');

/** Opens the search page for a query (and filters, as `&course=…`) and waits for its answer. */
export async function searchPage(page: Page, query: string, filters = ''): Promise<void> {
  await page.goto(`search/?q=${encodeURIComponent(query)}${filters}`);
  await expect(pageStatus(page)).toContainText(/match|No lessons/);
}
