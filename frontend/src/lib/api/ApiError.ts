/**
 * RFC 9457 problem details, as sent with application/problem+json. Written here, not generated:
 * the description of the workbench API names no error bodies.
 */
export interface Problem {
  title?: string;
  detail?: string;
  status?: number;
  errors?: { field: string; message: string }[];
  /** On a 409 about a claim: who holds the report. */
  claim?: { worker: string; claimedAt: string; expiresAt: string };
  /** "TOTP" on a login that needs a code; "ENROLMENT_REQUIRED" when a second factor must be set up first. */
  secondFactor?: string;
}

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
}

/**
 * The problem details of a failed answer: its JSON body when it is JSON (application/json or
 * application/problem+json), else the status and its reason phrase.
 */
export function problemOf(response: Response, body: unknown): Problem {
  const type = response.headers.get('Content-Type') ?? '';
  if (type.includes('json') && typeof body === 'object' && body !== null) return body as Problem;
  return { status: response.status, title: response.statusText };
}
