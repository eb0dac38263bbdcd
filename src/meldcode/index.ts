export * from './types';
export { IllegalMove, initialState, position, next, answerOf, reconcile } from './engine';
export { reconcileReport } from './reconcile-report';
export { checkKader, allWalks } from './check';
export type { KaderProblem, ProblemCode } from './check';
