import type { Question } from '../../schemas/quiz-schema.ts';
import { optionIds } from '../../lib/answers.ts';
import { seededShuffle } from '../../lib/seeded-shuffle.ts';
import type { QuestionView } from '../quiz-context.ts';

type Choice = Extract<Question, { type: 'single' | 'multiple' | 'true-false' }>;

interface Option {
  id: string;
  text: string;
  correct: boolean;
  feedback: string;
}

/** Single choice, multiple response and true/false: radios or checkboxes, with feedback per chosen option. */
export function ChoiceQuestion({ question, view }: { question: Choice; view: QuestionView }) {
  const options = optionsOf(question, view);
  const multiple = question.type === 'multiple';
  const chosen = (id: string) => {
    const a = view.answer;
    if (!a) return false;
    if (a.type === 'single') return a.option === id;
    if (a.type === 'multiple') return a.options.includes(id);
    if (a.type === 'true-false') return String(a.value) === id;
    return false;
  };
  const choose = (id: string, on: boolean) => {
    if (question.type === 'true-false') view.onAnswer({ type: 'true-false', value: id === 'true' });
    else if (question.type === 'single') view.onAnswer({ type: 'single', option: id });
    else {
      view.onAnswer((previous) => {
        const current = previous?.type === 'multiple' ? previous.options.filter((o) => o !== id) : [];
        return { type: 'multiple', options: on ? [...current, id] : current };
      });
    }
  };
  return (
    <ul class="options" role="list">
      {multiple && <li class="hint">{view.t('quiz.chooseAll')}</li>}
      {options.map((o) => {
        const id = `${view.uid}-${o.id}`;
        const isChosen = chosen(o.id);
        const showFeedback = view.checked && (isChosen || (view.reveal && o.correct));
        return (
          // Keyed, so each input stays bound to its option when the learner's shuffle is applied.
          <li key={o.id} class={`option${view.reveal && o.correct ? ' is-answer' : ''}`}>
            <input
              type={multiple ? 'checkbox' : 'radio'}
              id={id}
              name={view.uid}
              checked={isChosen}
              disabled={view.checked}
              onChange={(e) => choose(o.id, (e.currentTarget as HTMLInputElement).checked)}
              aria-describedby={showFeedback ? `${id}-feedback` : undefined}
            />
            <label for={id}>{o.text}</label>
            {view.reveal && o.correct && <span class="answer-tag"> {view.t('quiz.rightAnswer')}</span>}
            {showFeedback && (
              <p class="option-feedback" id={`${id}-feedback`}>
                {o.feedback}
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}

function optionsOf(question: Choice, view: QuestionView): Option[] {
  if (question.type === 'true-false') {
    return [
      { id: 'true', text: view.t('quiz.true'), correct: question.correct, feedback: question.feedbackTrue },
      { id: 'false', text: view.t('quiz.false'), correct: !question.correct, feedback: question.feedbackFalse },
    ];
  }
  const ids = optionIds(question);
  const options = question.options.map((o, i) => ({ id: ids[i]!, text: o.text, correct: o.correct, feedback: o.feedback }));
  return view.shuffle ? seededShuffle(options, view.seed, question.id) : options;
}
