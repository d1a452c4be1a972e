/**
 * A small scenario runner: each scenario is a list of named checks, counted one by one.
 * `step` is a check the rest of the scenario depends on: when it fails, what follows is not
 * run and counted as skipped. `check` is an assertion the scenario can go on after.
 */
export interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

export interface CheckResult {
  scenario: string;
  name: string;
  state: 'passed' | 'failed' | 'skipped';
  error?: string;
}

const MAX_ERROR_LINES = 14;

export class StepFailed extends Error {}

export interface ScenarioContext {
  /** A check whose failure stops the scenario (later checks are counted as skipped). */
  step(name: string, run: () => Promise<void>): Promise<void>;
  /** A check whose failure is recorded; the scenario goes on. */
  check(name: string, run: () => Promise<void>): Promise<void>;
  /** Whether a failed step has stopped the scenario. */
  stopped(): boolean;
}

export class Results {
  readonly checks: CheckResult[] = [];

  counts(): Counts {
    const counts: Counts = { passed: 0, failed: 0, skipped: 0 };
    for (const check of this.checks) counts[check.state] += 1;
    return counts;
  }

  record(result: CheckResult): void {
    this.checks.push(result);
    const mark = result.state === 'passed' ? 'ok  ' : result.state === 'failed' ? 'FAIL' : 'skip';
    console.log(
      `  ${mark} ${result.name}${result.error ? `\n       ${result.error.replaceAll('\n', '\n       ')}` : ''}`,
    );
  }

  /** Runs one scenario; returns whether all its checks passed. */
  async scenario(name: string, body: (context: ScenarioContext) => Promise<void>): Promise<boolean> {
    console.log(`\n# ${name}`);
    const started = Date.now();
    const before = this.checks.length;
    let stopped = false;
    const run = async (checkName: string, fn: () => Promise<void>, fatal: boolean): Promise<void> => {
      if (stopped) {
        this.record({ scenario: name, name: checkName, state: 'skipped' });
        return;
      }
      try {
        await fn();
        this.record({ scenario: name, name: checkName, state: 'passed' });
      } catch (error) {
        this.record({ scenario: name, name: checkName, state: 'failed', error: describe(error) });
        if (fatal) {
          stopped = true;
          throw new StepFailed(checkName);
        }
      }
    };
    try {
      await body({
        step: (checkName, fn) => run(checkName, fn, true),
        check: (checkName, fn) => run(checkName, fn, false),
        stopped: () => stopped,
      });
    } catch (error) {
      if (!(error instanceof StepFailed))
        this.record({ scenario: name, name: 'scenario ran to its end', state: 'failed', error: describe(error) });
    }
    const mine = this.checks.slice(before);
    const failed = mine.filter((check) => check.state === 'failed').length;
    const skipped = mine.filter((check) => check.state === 'skipped').length;
    const verdict = failed === 0 ? 'PASSED' : 'FAILED';
    console.log(
      `  => ${verdict}: ${mine.length - failed - skipped} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''} (${((Date.now() - started) / 1000).toFixed(1)} s)`,
    );
    return failed === 0;
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    // Playwright's call logs are long; the first lines say what was awaited and why it failed.
    // Playwright colours its call logs even without a terminal.
    const plain = error.message.replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g'), '');
    const lines = plain.split('\n').filter((line) => line.trim() !== '');
    const shown = lines.slice(0, MAX_ERROR_LINES);
    if (lines.length > shown.length) shown.push(`(${lines.length - shown.length} more lines)`);
    return shown.join('\n');
  }
  return String(error);
}

/** Throws with `message` unless `condition` holds. */
export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

export function assertEqual<T>(actual: T, expected: T, what: string): void {
  if (!Object.is(actual, expected))
    throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}
