import { z } from 'zod';

/**
 * What the SCORM build writes for each course (src/pages/scorm/[course].json.ts) and the packager reads back:
 * validated, because it crosses from one program to another.
 */
export const packageInfoSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  title: z.string().min(1),
  description: z.string().min(1),
  language: z.string().min(1),
  version: z.string().min(1),
});

export type PackageInfo = z.infer<typeof packageInfoSchema>;
