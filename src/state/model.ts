/**
 * What every model here shares: made with `createModel` from `@preact/signals`, so the effects
 * its factory creates are the model's and end with it, and its functions are actions (batched,
 * untracked). Timers, subscriptions and requests end the same way, as effect cleanups.
 */
import { effect, type Model } from '@preact/signals';

/**
 * Runs `cleanup` when the model being made is disposed: an effect that reads nothing, so it
 * never re-runs. Only inside a `createModel` factory (elsewhere nothing would own it).
 */
export function onDispose(cleanup: () => void): void {
  effect(() => cleanup);
}

/**
 * The model with `dispose()`. `createModel` keys its disposer by `Symbol.dispose`, which Safari
 * lacks (the key is then "undefined") and a page's polyfill may define later, under another key:
 * the disposer is read once, now, under the key `createModel` used a moment ago.
 */
export function withDispose<T>(model: Model<T>): T & { dispose(): void } {
  // Typed as the factory's own shape: the symbol-keyed disposer has no name a declaration file can write.
  return Object.assign(model, { dispose: model[Symbol.dispose] }) as unknown as T & { dispose(): void };
}
