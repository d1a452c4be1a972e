/**
 * The state of one request-backed value. `previous` keeps what was on screen while a reload or
 * a failed reload is under way, so the view never blanks data the shopper was reading.
 */
export type Load<T, E> =
  | { status: 'idle' }
  | { status: 'loading'; previous: T | null }
  | { status: 'ready'; value: T; loadedAt: number }
  | { status: 'error'; error: E; previous: T | null };

export function currentValue<T, E>(load: Load<T, E>): T | null {
  switch (load.status) {
    case 'ready':
      return load.value;
    case 'loading':
    case 'error':
      return load.previous;
    default:
      return null;
  }
}
