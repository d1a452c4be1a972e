/**
 * Property mangling for the script tag (bundles.mjs `buildScript`), as Preact does with its
 * mangle.json: the widget's own private property names, listed in mangle.json with the short
 * name each gets. Terser renames only the listed names (`only_cache`), each always to the same
 * short name, so the entry and every part, minified one by one, agree on it. What may be listed,
 * and the check that holds the list to it: tests/build/mangle-checks.mjs.
 */
import { readFileSync } from 'node:fs';

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** `{ name: short }` from a mangle.json's `props`; throws on a malformed or ambiguous map. */
export function readMangleMap(file) {
  const { props } = JSON.parse(readFileSync(file, 'utf8'));
  const shorts = new Map();
  for (const [name, short] of Object.entries(props ?? {})) {
    if (!IDENTIFIER.test(name) || typeof short !== 'string' || !IDENTIFIER.test(short))
      throw new Error(`${file}: ${name} -> ${short} is not an identifier to an identifier`);
    if (short.length >= name.length) throw new Error(`${file}: ${name} -> ${short} wins nothing`);
    if (shorts.has(short)) throw new Error(`${file}: ${shorts.get(short)} and ${name} both become ${short}`);
    shorts.set(short, name);
  }
  return { ...props };
}

/** The widget's map. */
export const MANGLE_FILE = new URL('./mangle.json', import.meta.url);
export const PROJECT_MANGLE = readMangleMap(MANGLE_FILE);

/**
 * Terser's `mangle.properties` for a map: only the listed names, each to its fixed name (the
 * map is terser's name cache, `$`-prefixed keys); false for an empty map.
 */
export function terserPropertyMangling(map) {
  const entries = Object.entries(map);
  if (entries.length === 0) return false;
  return {
    only_cache: true,
    cache: { props: Object.fromEntries(entries.map(([name, short]) => [`$${name}`, short])) },
  };
}
