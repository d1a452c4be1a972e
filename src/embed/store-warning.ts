/**
 * The widget's one voice in a store's console: the store's own misconfiguration (a part not
 * hosted beside the script, an option it cannot use), each message said once per page. What a
 * shopper meets (offline, a slow store) is shown in the widget, never logged.
 */
const said = new Set<string>();

export function warnStore(message: string, cause?: unknown): void {
  if (said.has(message)) return;
  said.add(message);
  if (cause === undefined) console.warn(`my-orders: ${message}`);
  else console.warn(`my-orders: ${message}`, cause);
}
