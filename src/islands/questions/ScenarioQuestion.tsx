import type { Question } from '../../schemas/quiz-schema.ts';
import { scenarioPosition } from '../../lib/answers.ts';
import { positionId } from '../../schemas/position-id.ts';
import type { QuestionView } from '../quiz-context.ts';

type Scenario = Extract<Question, { type: 'scenario' }>;

/** A branching story: each choice leads to the next step or to an ending, whose feedback shows at once. */
export function ScenarioQuestion({ question, view }: { question: Scenario; view: QuestionView }) {
  const path = view.answer?.type === 'scenario' ? view.answer.path : [];
  const position = scenarioPosition(question, path) ?? { step: question.steps[0]! };
  const story = storySoFar(question, path);
  return (
    <div class="scenario">
      {story.map((part) => (
        <div class="story-part">
          <p>{part.text}</p>
          <p class="story-choice">
            <span class="visually-quiet">{view.t('quiz.youChose')}</span> {part.choice}
          </p>
        </div>
      ))}
      {'step' in position ? (
        <div class="story-part" aria-live="polite">
          <p>{position.step.text}</p>
          <p class="hint">{view.t('quiz.whatWouldYouDo')}</p>
          <ul class="scenario-choices" role="list">
            {position.step.choices.map((c, i) => (
              <li>
                <button type="button" class="choice-button" disabled={view.checked} onClick={() => view.onAnswer({ type: 'scenario', path: [...path, c.id ?? positionId(i)] })}>
                  {c.text}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <div class={`scenario-ending ${position.ending.best ? 'is-right' : 'is-wrong'}`} aria-live="polite">
          <p class="verdict">{position.ending.best ? view.t('quiz.goodWay') : view.t('quiz.couldBeBetter')}</p>
          <p>{position.ending.text}</p>
          {!view.checked && (
            <button type="button" class="secondary" onClick={() => view.onAnswer({ type: 'scenario', path: [] })}>
              {view.t('quiz.restartStory')}
            </button>
          )}
        </div>
      )}
    </div>
  );
}

function storySoFar(q: Scenario, path: readonly string[]): { text: string; choice: string }[] {
  const parts: { text: string; choice: string }[] = [];
  let step: Scenario['steps'][number] | undefined = q.steps[0];
  for (const choiceId of path) {
    if (!step) break;
    const choice: Scenario['steps'][number]['choices'][number] | undefined = step.choices.find((c, i) => (c.id ?? positionId(i)) === choiceId);
    if (!choice) break;
    parts.push({ text: step.text, choice: choice.text });
    const next: string = choice.next;
    step = q.steps.find((s) => s.id === next);
  }
  return parts;
}
