/** A command that cannot run as asked: it exits with code 2 and says what to do, without a stack trace. */
export class UsageError extends Error {
  readonly hint: string | undefined;

  constructor(message: string, hint?: string) {
    super(message);
    this.name = 'UsageError';
    this.hint = hint;
  }
}

/**
 * What to print for an error: the message and its hint for the user's mistakes (a `UsageError`,
 * or an error with a hint such as Astro's), the stack for anything else, which is a bug.
 */
export function describeError(error: unknown): string {
  if (error instanceof Error && 'hint' in error) {
    const hint = typeof error.hint === 'string' && error.hint ? `\n  → ${error.hint}` : '';
    return `${error.message}${hint}`;
  }
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
