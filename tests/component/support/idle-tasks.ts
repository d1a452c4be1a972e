/**
 * The page's idle time, held by the test: happy-dom has no `requestIdleCallback` (the widget
 * falls back to a timeout, as in WebKit), so every test of a file that uses this gets one that
 * runs nothing until the test says the page is idle. `saveData()` sets `navigator.connection`
 * as a browser does for a shopper who asked to save data.
 */
import { afterEach, beforeEach } from 'vitest';

export function useIdleTasks() {
  const queued = new Map<number, IdleRequestCallback>();
  let next = 0;
  const idleWindow = window;

  beforeEach(() => {
    idleWindow.requestIdleCallback = (task) => {
      next += 1;
      queued.set(next, task);
      return next;
    };
    idleWindow.cancelIdleCallback = (id) => {
      queued.delete(id);
    };
  });

  afterEach(() => {
    queued.clear();
    Reflect.deleteProperty(idleWindow, 'requestIdleCallback');
    Reflect.deleteProperty(idleWindow, 'cancelIdleCallback');
    Reflect.deleteProperty(navigator, 'connection');
  });

  return {
    /** The tasks waiting for idle time. */
    pending: () => queued.size,
    /** The page goes idle: every waiting task runs. */
    idle(): void {
      const tasks = [...queued.values()];
      queued.clear();
      for (const task of tasks) task({ didTimeout: false, timeRemaining: () => 50 });
    },
    saveData(): void {
      Object.defineProperty(navigator, 'connection', { configurable: true, value: { saveData: true } });
    },
  };
}
