import { useEffect, useRef, useState } from 'preact/hooks';
import type { Question } from '../../schemas/quiz-schema.ts';
import { MAX_REFLECTION_LENGTH } from '../../schemas/progress-schema.ts';
import type { QuestionView } from '../quiz-context.ts';

/** Free text the learner writes for themselves: saved on this device as they type, never scored, never sent. */
export function ReflectionQuestion({ question, view }: { question: Extract<Question, { type: 'reflection' }>; view: QuestionView }) {
  const saved = view.answer?.type === 'reflection' ? view.answer.text : '';
  const [text, setText] = useState(saved);
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const id = `${view.uid}-text`;
  // Text saved in another tab replaces ours only when we have nothing unsaved.
  useEffect(() => {
    if (timer.current === undefined) setText(saved);
  }, [saved]);
  const onInput = (value: string) => {
    setText(value);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      timer.current = undefined;
      view.onAnswer({ type: 'reflection', text: value });
    }, 400);
  };
  return (
    <div class="reflection">
      <label for={id} class="visually-hidden">
        {question.prompt}
      </label>
      {question.guidance && <p class="hint">{question.guidance}</p>}
      <textarea id={id} rows={5} maxLength={MAX_REFLECTION_LENGTH} value={text} onInput={(e) => onInput((e.currentTarget as HTMLTextAreaElement).value)} aria-describedby={`${id}-note`} />
      <p class="hint" id={`${id}-note`}>
        {view.t('quiz.reflectionNote', { length: text.length, max: MAX_REFLECTION_LENGTH })}
      </p>
    </div>
  );
}
