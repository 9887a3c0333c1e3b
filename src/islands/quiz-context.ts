import type { Answer } from '../lib/answers.ts';
import type { QuizState } from '../machines/quiz-machine.ts';
import type { Translate } from '../lib/messages.ts';
import type { QuizMessageKey } from '../lib/quiz-messages.ts';

/** What every question component gets from the quiz. */
export interface QuestionView {
  /** The quiz's messages in the interface language. */
  t: Translate<QuizMessageKey>;
  /** Prefix for element ids, unique on the page. */
  uid: string;
  answer: Answer | undefined;
  state: QuizState;
  /** After a check: feedback is shown and answers are locked until "Try again". */
  checked: boolean;
  /** After the last check (passed, or no attempts left): the right answers are shown. */
  reveal: boolean;
  /** Right or not at the last check; undefined before any check. */
  right: boolean | undefined;
  seed: string;
  shuffle: boolean;
  /** A new answer, or a change to the latest stored one (so quick successive changes never overwrite each other). */
  onAnswer: (answer: Answer | ((previous: Answer | undefined) => Answer)) => void;
}
