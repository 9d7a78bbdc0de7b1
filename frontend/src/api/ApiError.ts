import type { Problem } from './types';

/** A non-2xx answer from the backend, with its problem details when it sent some. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;

  constructor(status: number, problem: Problem) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }

  get unauthenticated(): boolean {
    return this.status === 401;
  }
}
