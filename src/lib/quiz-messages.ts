/** Every message the quiz island and its questions show: only these reach the browser, as the quiz's props. */
export const QUIZ_MESSAGES = [
  'quiz.loading', 'quiz.scenario', 'quiz.reflection', 'quiz.questionOf', 'quiz.score', 'quiz.best', 'quiz.check', 'quiz.missing',
  'quiz.missingQuestion', 'quiz.retry', 'quiz.feedback', 'quiz.passed', 'quiz.failed', 'quiz.rulesUnlimited', 'quiz.rules',
  'quiz.chooseAll', 'quiz.rightAnswer', 'quiz.true', 'quiz.false', 'quiz.right', 'quiz.notQuite', 'quiz.chooseMatch', 'quiz.rightMatch',
  'quiz.wrongMatch', 'quiz.theRightMatch', 'quiz.moved', 'quiz.shouldBe', 'quiz.moveUp', 'quiz.moveDown', 'quiz.reflectionNote',
  'quiz.youChose', 'quiz.whatWouldYouDo', 'quiz.goodWay', 'quiz.couldBeBetter', 'quiz.restartStory',
] as const;

export type QuizMessageKey = (typeof QUIZ_MESSAGES)[number];
