/**
 * Scenarios on Node's test runner: a scenario is a test, each of its named checks a subtest,
 * so results and failures report in node:test's standard form (and counts-reporter.mjs
 * counts the checks). `step` is a check the rest of the scenario depends on: when it fails,
 * what follows is reported as skipped. `check` is an assertion the scenario can go on after.
 * A check an engine cannot make is reported as skipped with the reason, never left out; a
 * known, unfixed defect of one engine is reported as a TODO with the reason.
 */
import type { TestContext } from 'node:test';
import { CAPABILITY_NEEDS, type Capability, type EngineName } from './driver/types.ts';

export interface CheckOptions {
  /** What the check needs from the engine's driver; without it the check is reported as not possible. */
  needs?: Capability;
  /** Why this engine cannot make the check, when it cannot (else null). */
  notPossible?: string | null;
  /**
   * A defect this engine shows that is known and not fixed yet (else null): the check still
   * runs and is reported as a TODO with the reason, whether it fails or (fixed) passes.
   */
  knownFailure?: string | null;
}

export interface ScenarioContext {
  readonly engine: EngineName;
  /** A check whose failure stops the scenario (later checks are reported as skipped). */
  step(name: string, run: () => Promise<void>): Promise<void>;
  /** A check whose failure is recorded; the scenario goes on. */
  check(name: string, run: () => Promise<void>, options?: CheckOptions): Promise<void>;
  /** Whether a failed step has stopped the scenario. */
  stopped(): boolean;
}

export class StepFailed extends Error {}

const MAX_ERROR_LINES = 16;

/** An error with a message short enough to read (Playwright's call logs are long, and coloured). */
function readable(error: unknown): Error {
  if (!(error instanceof Error)) return new Error(String(error));
  const plain = error.message.replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g'), '');
  const lines = plain.split('\n').filter((line) => line.trim() !== '');
  if (lines.length <= MAX_ERROR_LINES) return error;
  const short = new Error(
    [...lines.slice(0, MAX_ERROR_LINES), `(${lines.length - MAX_ERROR_LINES} more lines)`].join('\n'),
  );
  short.stack = `${short.message}\n${(error.stack ?? '')
    .split('\n')
    .filter((line) => line.trimStart().startsWith('at '))
    .slice(0, 6)
    .join('\n')}`;
  return short;
}

export function scenarioContext(
  t: TestContext,
  engine: EngineName,
  capabilities: ReadonlySet<Capability>,
): ScenarioContext {
  let stopped = false;
  const run = async (name: string, fn: () => Promise<void>, fatal: boolean, options: CheckOptions = {}) => {
    const missing = options.needs && !capabilities.has(options.needs) ? options.needs : null;
    const reason = missing
      ? `not possible in ${engine}: the check needs ${CAPABILITY_NEEDS[missing]}`
      : options.notPossible
        ? `not possible in ${engine}: ${options.notPossible}`
        : stopped
          ? 'not run: an earlier step of this scenario failed'
          : null;
    if (reason) {
      await t.test(name, { skip: reason }, () => undefined);
      return;
    }
    let failed = false;
    await t.test(name, options.knownFailure ? { todo: options.knownFailure } : {}, async () => {
      try {
        await fn();
      } catch (error) {
        failed = true;
        throw readable(error);
      }
    });
    if (failed && fatal && !options.knownFailure) {
      stopped = true;
      throw new StepFailed(name);
    }
  };
  return {
    engine,
    step: (name, fn) => run(name, fn, true),
    check: (name, fn, options) => run(name, fn, false, options),
    stopped: () => stopped,
  };
}

/** Throws with `message` unless `condition` holds. */
export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

export function assertEqual<T>(actual: T, expected: T, what: string): void {
  if (!Object.is(actual, expected))
    throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}
