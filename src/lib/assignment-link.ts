import { assignmentSchema, ASSIGNMENT_VERSION, type Assignment } from '../schemas/assignment-schema.ts';

/**
 * Assignments travel in the URL fragment as base64url-encoded JSON: the fragment never reaches a server log.
 * Decoding never throws; it says in plain words what is wrong with a damaged or hostile link.
 */
export const MAX_FRAGMENT_LENGTH = 4000;

export type Decoded<T> = { ok: true; value: T } | { ok: false; problem: string };

export function encodeAssignment(assignment: Assignment): string {
  const bytes = new TextEncoder().encode(JSON.stringify(assignment));
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

export function decodeAssignment(fragment: string): Decoded<Assignment> {
  const text = fragment.replace(/^#/, '');
  if (text.length === 0) return { ok: false, problem: 'This link holds no assignment. Ask your trainer to send the link again.' };
  if (text.length > MAX_FRAGMENT_LENGTH) return { ok: false, problem: 'This link is too long to be an assignment. Ask your trainer to send it again.' };
  let data: unknown;
  try {
    const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
    data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0))));
  } catch {
    return { ok: false, problem: 'This link is damaged: part of it may be missing. Copy the whole link again, or scan the QR code.' };
  }
  if (typeof data === 'object' && data !== null && 'v' in data && data.v !== ASSIGNMENT_VERSION) {
    return { ok: false, problem: 'This assignment was made by a different version of Fieldlab. Ask your trainer for a new link from this site.' };
  }
  const result = assignmentSchema.safeParse(data);
  if (!result.success) return { ok: false, problem: 'This link is damaged or was changed, so the assignment cannot be read. Ask your trainer to send it again.' };
  return { ok: true, value: result.data };
}
