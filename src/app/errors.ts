import type { ErrorCode, RpcError } from '../contract';
import type { ValidationResult } from '../domain/assessment';
import type { LocalText } from '../domain/catalogue/types';
import { InvalidCursorError, PlatformError } from '../platform/errors';
import { errorCode } from '../platform/storage';

/** An error meant for the user: a code the UI can act on and a message in both languages. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly text: LocalText,
    readonly details?: unknown,
  ) {
    super(text.en);
  }

  toRpc(): RpcError {
    return {
      code: this.code,
      message: this.text,
      ...(this.details === undefined ? {} : { details: this.details }),
    };
  }
}

export const forbidden = (text: LocalText = MESSAGES.forbidden) => new AppError('forbidden', text);
export const notFound = (text: LocalText = MESSAGES.notFound) => new AppError('not-found', text);

/** A domain rule's refusal as `invalid-input`: the first message, every error in `details`. */
export function refuseInvalid(result: ValidationResult): void {
  if (!result.ok) throw new AppError('invalid-input', result.errors[0]!.message, result.errors);
}

export const MESSAGES = {
  forbidden: {
    da: 'Du har ikke tilladelse til at gøre dette.',
    en: 'You do not have permission to do this.',
  },
  notFound: {
    da: 'Det findes ikke, eller du har ikke adgang til det.',
    en: 'It does not exist, or you do not have access to it.',
  },
  unauthenticated: { da: 'Du er ikke logget ind.', en: 'You are not logged in.' },
  invalidInput: { da: 'Forespørgslen er ugyldig.', en: 'The request is invalid.' },
  illFormedText: {
    da: 'Forespørgslen indeholder tekst med ugyldige tegn (en enlig surrogat).',
    en: 'The request contains text with invalid characters (a lone surrogate).',
  },
  invalidCursor: {
    da: 'Bladringen kan ikke fortsætte herfra. Genindlæs siden og prøv igen.',
    en: 'Paging cannot continue from here. Reload the page and try again.',
  },
  internal: {
    da: 'Der skete en uventet fejl. Prøv igen, eller kontakt OS2-sekretariatet.',
    en: 'Something unexpected went wrong. Try again, or contact the OS2 secretariat.',
  },
  unavailable: {
    da: 'Jira svarede ikke som forventet. Prøv igen om lidt.',
    en: 'Jira did not answer as expected. Try again shortly.',
  },
  rateLimited: {
    da: 'Jira begrænser antallet af kald lige nu. Prøv igen om lidt.',
    en: 'Jira is rate limiting requests right now. Try again shortly.',
  },
  storageBusy: {
    da: 'Appens lager har travlt lige nu. Prøv igen om lidt.',
    en: "The app's storage is busy right now. Try again shortly.",
  },
} satisfies Record<string, LocalText>;

/** The one place Jira's failures become what the user is told. */
export function fromPlatformError(error: PlatformError): AppError {
  const details = error.body;
  switch (error.kind) {
    case 'unauthenticated':
      return new AppError('unauthenticated', MESSAGES.unauthenticated, details);
    case 'forbidden':
      return new AppError('forbidden', MESSAGES.forbidden, details);
    case 'not-found':
      return new AppError('not-found', MESSAGES.notFound, details);
    case 'rate-limited':
      if (error.retryAfterSeconds !== undefined) {
        const seconds = Math.max(1, error.retryAfterSeconds);
        return new AppError(
          'rate-limited',
          {
            da: `Jira har travlt lige nu. Prøv igen om ${seconds} s.`,
            en: `Jira is busy right now. Try again in ${seconds} s.`,
          },
          { retryAfterSeconds: seconds },
        );
      }
      return new AppError('rate-limited', MESSAGES.rateLimited);
    case 'rejected': {
      const jiraText = error.messages.join(' ');
      return new AppError(
        'invalid-input',
        { da: `Jira afviste forespørgslen: ${jiraText}`, en: `Jira rejected the request: ${jiraText}` },
        details,
      );
    }
    case 'unavailable':
      return new AppError('unavailable', MESSAGES.unavailable, { status: error.status });
  }
}

/** An error the user may see, or undefined for a programming error (which stays internal). */
export function asAppError(error: unknown): AppError | undefined {
  if (error instanceof AppError) return error;
  if (error instanceof PlatformError) return fromPlatformError(error);
  if (error instanceof InvalidCursorError) return new AppError('invalid-input', MESSAGES.invalidCursor);
  if (errorCode(error) === 'RATE_LIMIT_EXCEEDED') return new AppError('rate-limited', MESSAGES.storageBusy);
  return undefined;
}
