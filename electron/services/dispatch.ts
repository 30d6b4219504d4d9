import { contract, isMethod, type Method } from '../../shared/api/contract';
import { describeMethodName } from '../../shared/api/methods';
import { ApiError, type Result } from '../../shared/api/errors';
import { say } from '../../shared/api/wording';
import type { Handlers } from './handlers';

const MAX_ISSUES_SHOWN = 3;

/**
 * The single entry point every transport uses: the method name and input arrive as `unknown`,
 * are checked against the contract, and the outcome is always a `Result` value — never a throw.
 */
export async function dispatch(
  handlers: Handlers,
  method: unknown,
  input: unknown,
): Promise<Result<unknown>> {
  if (!isMethod(method)) {
    return {
      ok: false,
      error: {
        code: 'UNKNOWN_METHOD',
        message: `Redaksi has no operation called "${describeMethodName(method)}".`,
      },
    };
  }
  // Only a missing input means "no input"; `null` is malformed and refused like any other non-object.
  const parsed = contract[method].input.safeParse(input === undefined ? {} : input);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, MAX_ISSUES_SHOWN).map((issue) => {
      const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
      return `${where}${issue.message.replace(/\.$/, '')}`;
    });
    return {
      ok: false,
      error: {
        code: 'VALIDATION',
        message: `The request was not valid: ${issues.join('; ')}.`,
        details: {
          issues: parsed.error.issues.slice(0, 20).map((i) => ({ path: i.path, message: i.message })),
        },
      },
    };
  }
  try {
    const handler = handlers[method] as (value: unknown) => unknown;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    if (error instanceof ApiError) return { ok: false, error: error.toShape() };
    // A write the data folder refused arrives as an ApiError already (storage-failure.ts).
    console.error(`[redaksi] ${method as Method} failed:`, error);
    return { ok: false, error: { code: 'INTERNAL', ...say('internal') } };
  }
}
