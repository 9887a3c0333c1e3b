import { assignmentSchema, ASSIGNMENT_VERSION, type Assignment } from '../schemas/assignment-schema.ts';
import type { Decoded } from './decoded.ts';

/**
 * Assignments travel in the URL fragment as base64url-encoded JSON: the fragment never reaches a server log.
 * Decoding never throws; it says which problem a damaged or hostile link has, as the message the learner reads.
 */
export const MAX_FRAGMENT_LENGTH = 4000;

export const LINK_PROBLEMS = ['inbox.problemEmpty', 'inbox.problemTooLong', 'inbox.problemDamaged', 'inbox.problemVersion', 'inbox.problemChanged'] as const;

export type LinkProblemKey = (typeof LINK_PROBLEMS)[number];

export function encodeAssignment(assignment: Assignment): string {
  const bytes = new TextEncoder().encode(JSON.stringify(assignment));
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

export function decodeAssignment(fragment: string): Decoded<Assignment, LinkProblemKey> {
  const text = fragment.replace(/^#/, '');
  if (text.length === 0) return { ok: false, problem: { key: 'inbox.problemEmpty' } };
  if (text.length > MAX_FRAGMENT_LENGTH) return { ok: false, problem: { key: 'inbox.problemTooLong' } };
  let data: unknown;
  try {
    const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
    data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0))));
  } catch {
    return { ok: false, problem: { key: 'inbox.problemDamaged' } };
  }
  if (typeof data === 'object' && data !== null && 'v' in data && data.v !== ASSIGNMENT_VERSION) {
    return { ok: false, problem: { key: 'inbox.problemVersion' } };
  }
  const result = assignmentSchema.safeParse(data);
  if (!result.success) return { ok: false, problem: { key: 'inbox.problemChanged' } };
  return { ok: true, value: result.data };
}
