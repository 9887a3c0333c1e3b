import type { ScormVersion } from './lms-api.ts';

/**
 * The data model's length limits that Fieldlab's values can reach. SCORM 1.2's are small (RTE 3.4.2: CMIString255,
 * CMIString4096, CMIFeedback); SCORM 2004's are the smallest permitted maximums (RTE 4.1).
 */
export const LIMITS = {
  '1.2': { location: 255, suspendData: 4096, feedback: 255 },
  '2004': { location: 1000, suspendData: 64_000, feedback: 4000 },
} as const satisfies Record<ScormVersion, { location: number; suspendData: number; feedback: number }>;

/**
 * A list written with separators, cut to `max` characters at a separator, so what is kept is still a
 * well-formed (if shorter) list rather than a broken last item.
 */
export function fitList(text: string, separator: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.lastIndexOf(separator, max);
  return cut <= 0 ? text.slice(0, max) : text.slice(0, cut);
}
