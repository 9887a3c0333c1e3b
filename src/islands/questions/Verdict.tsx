import type { Translate } from '../../lib/messages.ts';
import type { QuizMessageKey } from '../../lib/quiz-messages.ts';

/** "Right" or "Not quite" in words and a symbol, never colour alone. */
export function Verdict({ right, t }: { right: boolean | undefined; t: Translate<QuizMessageKey> }) {
  if (right === undefined) return null;
  return <p class={`verdict ${right ? 'is-right' : 'is-wrong'}`}>{right ? t('quiz.right') : t('quiz.notQuite')}</p>;
}
