/**
 * The id of an option, pair or step that has no author-written id: its position as a letter (a, b, c… z, a1…).
 * Kept apart from the zod schemas so browser code can use it without bundling zod.
 */
export const positionId = (index: number) => String.fromCharCode(97 + (index % 26)) + (index >= 26 ? String(Math.floor(index / 26)) : '');
