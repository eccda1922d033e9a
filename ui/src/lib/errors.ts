// Any failure as something to show: a translated sentence per error kind, and
// the backend's message as the detail.
import { ApiError } from './api';
import type { ErrorKind } from './generated/ErrorKind';

export interface Problem {
  kind: ErrorKind;
  detail: string;
}

export function problemOf(error: unknown): Problem {
  if (error instanceof ApiError) return { kind: error.kind, detail: error.message };
  if (error instanceof Error) return { kind: 'io', detail: error.message };
  return { kind: 'io', detail: String(error) };
}
