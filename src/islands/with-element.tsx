import type { ComponentChild } from 'preact';

const MARK = '\u0000';

/** A message with one placeholder filled by an element (bold text, a link): built as nodes, never as HTML. */
export function withElement(message: (marker: string) => string, element: ComponentChild) {
  const [before, after = ''] = message(MARK).split(MARK);
  return (
    <>
      {before}
      {element}
      {after}
    </>
  );
}
