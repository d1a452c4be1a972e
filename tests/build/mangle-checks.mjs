/**
 * Checks of the script tag's property mangling (scripts/build/mangle.json, applied by
 * scripts/build/mangle.mjs): the list holds only the widget's own private names, their short
 * names collide with nothing, none of the listed names is left in dist, and, on a fixture built
 * with its own map, an entry and a part minified apart agree on every renamed property. Run by
 * check-build.mjs, which counts them.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseAst } from 'vite';
import { buildScript } from '../../scripts/build/bundles.mjs';
import { declarationClosure } from '../../scripts/build/declarations.mjs';
import { MANGLE_FILE, readMangleMap } from '../../scripts/build/mangle.mjs';
import { PARTS_DIR } from '../../scripts/build/release.mjs';
import { expect } from './check-counter.mjs';
import { createScriptPage } from './script-tag-page.mjs';

const WIRE = 'src/contract/vtex-orders.ts';
const FIXTURES = 'tests/build/fixtures/mangle';
/** The fixture's own map: the entry's object, its method, and the part's export. */
const FIXTURE_MANGLE = { privateCount: 'Q', privateBump: 'W', privateFinish: 'Z' };

/**
 * Names the browser or the language reads from objects the widget makes, beyond terser's
 * domprops and the builtins' own members: option bags of Intl, fetch, events, listeners,
 * shadow roots, focus and scrolling.
 */
const HOST_OPTION_NAMES = [
  // Intl (ECMA-402)
  'localeMatcher',
  'calendar',
  'numberingSystem',
  'hour12',
  'hourCycle',
  'timeZone',
  'weekday',
  'era',
  'year',
  'month',
  'day',
  'dayPeriod',
  'hour',
  'minute',
  'second',
  'fractionalSecondDigits',
  'timeZoneName',
  'formatMatcher',
  'dateStyle',
  'timeStyle',
  'style',
  'currency',
  'currencyDisplay',
  'currencySign',
  'unit',
  'unitDisplay',
  'minimumIntegerDigits',
  'minimumFractionDigits',
  'maximumFractionDigits',
  'minimumSignificantDigits',
  'maximumSignificantDigits',
  'roundingPriority',
  'roundingIncrement',
  'roundingMode',
  'trailingZeroDisplay',
  'notation',
  'compactDisplay',
  'useGrouping',
  'signDisplay',
  'numeric',
  'type',
  'usage',
  'sensitivity',
  'ignorePunctuation',
  'collation',
  'caseFirst',
  'granularity',
  // fetch, events and listeners, shadow roots, focus, scrolling
  'method',
  'headers',
  'body',
  'credentials',
  'cache',
  'redirect',
  'referrer',
  'referrerPolicy',
  'integrity',
  'keepalive',
  'priority',
  'duplex',
  'signal',
  'window',
  'status',
  'statusText',
  'bubbles',
  'cancelable',
  'composed',
  'detail',
  'once',
  'passive',
  'capture',
  'mode',
  'delegatesFocus',
  'slotAssignment',
  'preventScroll',
  'focusVisible',
  'block',
  'inline',
  'behavior',
];

/** Calls `visit(node, parent)` on every node of an ESTree tree. */
function walk(node, visit, parent = null) {
  if (!node || typeof node.type !== 'string') return;
  visit(node, parent);
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) for (const child of value) walk(child, visit, node);
    else if (value && typeof value === 'object') walk(value, visit, node);
  }
}

function keyName(key) {
  if (key.type === 'Identifier' || key.type === 'PrivateIdentifier') return key.name;
  return key.type === 'Literal' && typeof key.value === 'string' ? key.value : null;
}

const KEYED = new Set([
  'Property',
  'MethodDefinition',
  'PropertyDefinition',
  'TSPropertySignature',
  'TSMethodSignature',
]);

/**
 * What a file names: `properties` (member accesses, object and class keys, type members, as a
 * minifier sees them), `strings` (runtime string literals whole, `{slot}`s inside them, and the
 * words of template literals), `attributes` (JSX attributes of HTML elements), `exports`.
 */
function namesIn(code, lang) {
  const names = { properties: new Map(), strings: new Set(), attributes: new Set(), exports: new Set() };
  const property = (name) => name !== null && names.properties.set(name, (names.properties.get(name) ?? 0) + 1);
  walk(parseAst(code, { lang }), (node, parent) => {
    if (KEYED.has(node.type) && !node.computed) property(keyName(node.key));
    else if (node.type === 'MemberExpression')
      property(node.computed ? (node.property.type === 'Literal' ? keyName(node.property) : null) : node.property.name);
    else if (node.type === 'Literal' && typeof node.value === 'string' && parent?.type !== 'TSLiteralType') {
      names.strings.add(node.value);
      for (const [, slot] of node.value.matchAll(/\{(\w+)\}/g)) names.strings.add(slot);
    } else if (node.type === 'TemplateElement') {
      for (const word of (node.value.cooked ?? '').match(/[A-Za-z_$][\w$]*/g) ?? []) names.strings.add(word);
    } else if (
      node.type === 'JSXOpeningElement' &&
      node.name.type === 'JSXIdentifier' &&
      /^[a-z]/.test(node.name.name)
    ) {
      for (const attribute of node.attributes)
        if (attribute.type === 'JSXAttribute') names.attributes.add(attribute.name.name);
    } else if (node.type === 'ExportSpecifier') names.exports.add(keyName(node.exported));
    else if (node.type === 'ExportNamedDeclaration' && node.declaration?.id)
      names.exports.add(node.declaration.id.name);
  });
  return names;
}

const langOf = (file) => (/\.tsx$/.test(file) ? 'tsx' : /\.ts$/.test(file) ? 'ts' : 'js');
const namesOfFile = (file) => namesIn(readFileSync(file, 'utf8'), langOf(file));

/** Every property name and string of `files`, as one set. */
function vocabulary(files) {
  const set = new Set();
  for (const file of files) {
    const { properties, strings } = namesOfFile(file);
    for (const name of properties.keys()) set.add(name);
    for (const text of strings) set.add(text);
  }
  return set;
}

/** The members of the language's builtins, as terser reserves them, with Intl's and the web's. */
function builtinNames() {
  const set = new Set();
  const owners = [Object, Array, Function, Number, String, Boolean, Error, Math, Date, RegExp, Symbol, ArrayBuffer];
  owners.push(DataView, JSON, Map, Promise, Proxy, Reflect, Set, WeakMap, WeakSet, Uint8Array, Intl);
  owners.push(Intl.DateTimeFormat, Intl.NumberFormat, Intl.RelativeTimeFormat, Intl.PluralRules);
  owners.push(URL, URLSearchParams, Request, Response, Headers, AbortController, AbortSignal, Event, EventTarget);
  for (const owner of owners) {
    for (const name of Object.getOwnPropertyNames(owner)) set.add(name);
    if (owner.prototype) for (const name of Object.getOwnPropertyNames(owner.prototype)) set.add(name);
  }
  return set;
}

/** Project-relative paths of a bundle's sources, from its source map. */
function sourcesOf(bundle, root) {
  const map = JSON.parse(readFileSync(`${bundle}.map`, 'utf8'));
  const base = resolve(dirname(bundle), map.sourceRoot ?? '');
  return map.sources.map((source) => relative(root, resolve(base, source)).split('\\').join('/'));
}

/** The listed names found in `code` as properties (each should have become its short name). */
function leftIn(code, map) {
  const { properties } = namesIn(code, 'js');
  return Object.keys(map).filter((name) => properties.has(name));
}

/** The names mangle.json is checked against: the widget's own, and what each must not be, by why. */
async function vocabularies({ root, dist, built }) {
  const srcFiles = readdirSync(join(root, 'src'), { recursive: true })
    .map(String)
    .filter((file) => /\.tsx?$/.test(file) && !/\.d\.ts$/.test(file))
    .map((file) => join(root, 'src', file));
  const widget = { properties: new Map(), strings: new Set(), attributes: new Set(), exports: new Set() };
  for (const file of srcFiles.filter((file) => relative(root, file).split('\\').join('/') !== WIRE)) {
    const names = namesOfFile(file);
    for (const [name, count] of names.properties)
      widget.properties.set(name, (widget.properties.get(name) ?? 0) + count);
    for (const key of ['strings', 'attributes', 'exports']) for (const name of names[key]) widget[key].add(name);
  }
  const { domprops } = await import(pathToFileURL(join(root, 'node_modules/terser/tools/domprops.js')).href);
  const reserved = {
    'a wire name (src/contract/vtex-orders.ts)': vocabulary([join(root, WIRE)]),
    'in the public declarations (dist/index.d.ts, dist/mocks.d.ts and what they reach)': vocabulary(
      ['index.d.ts', 'mocks.d.ts'].flatMap((entry) => [...declarationClosure(join(dist, entry)).files.keys()]),
    ),
    'used by a bundled package': vocabulary(
      [...new Set(built.flatMap((file) => sourcesOf(file, root)))]
        .filter((source) => source.includes('node_modules/'))
        .map((source) => join(root, source)),
    ),
    'a DOM, builtin or host option name': new Set([...domprops, ...builtinNames(), ...HOST_OPTION_NAMES]),
    'a string in src/ (read by name somewhere)': widget.strings,
    'an attribute of an HTML element in src/': widget.attributes,
  };
  return { widget, reserved };
}

export async function mangleChecks({ root, dist, script, parts, check }) {
  const map = readMangleMap(MANGLE_FILE);
  const listed = Object.keys(map);
  const built = [script, ...parts];
  // Read once, inside the checks: a missing file fails them rather than the whole run.
  const names = vocabularies({ root, dist, built });
  names.catch(() => undefined);

  await check(
    'mangle.json: every listed name is the widget’s own (not wire, public types, a package’s, DOM or host, a string or attribute in src/) and still used in src/',
    async () => {
      const { widget, reserved } = await names;
      const problems = [];
      for (const name of listed) {
        const why = Object.entries(reserved)
          .filter(([, names]) => names.has(name))
          .map(([reason]) => reason);
        if (!widget.properties.has(name)) why.push('no longer a property in src/ (drop it)');
        if (why.length > 0) problems.push(`${name}: ${why.join('; ')}`);
      }
      expect(problems.length === 0, problems.join('\n'));
      return `${listed.length} names`;
    },
  );

  await check(
    'mangle.json: every short name is new (no property, string, export or listed name of src/, the wire, public types, packages or the host has it)',
    async () => {
      const { widget, reserved } = await names;
      const taken = [
        ['a property in src/', new Set(widget.properties.keys())],
        ['an export in src/', widget.exports],
        ['a listed name', new Set(listed)],
        ...Object.entries(reserved).map(([reason, names]) => [reason, names]),
      ];
      const problems = Object.entries(map).flatMap(([name, short]) => {
        const why = taken.filter(([, names]) => names.has(short)).map(([reason]) => reason);
        return why.length > 0 ? [`${name} -> ${short}: ${why.join('; ')}`] : [];
      });
      const shorts = Object.values(map);
      expect(new Set(shorts).size === shorts.length, `a short name is given twice: ${shorts.join(' ')}`);
      expect(problems.length === 0, problems.join('\n'));
    },
  );

  await check(
    'script tag: no listed name is left as a property in dist/my-orders.js or a part, and every short name is used there',
    () => {
      const used = new Set();
      for (const file of built) {
        const code = readFileSync(file, 'utf8');
        const left = leftIn(code, map);
        expect(left.length === 0, `${relative(dist, file)} still has ${left.join(', ')}`);
        for (const name of namesIn(code, 'js').properties.keys()) used.add(name);
      }
      const idle = Object.entries(map).filter(([, short]) => !used.has(short));
      expect(
        idle.length === 0,
        `listed but not in the built script (it pays nothing): ${idle.map(([name]) => name).join(', ')}`,
      );
      return `${listed.length} names renamed`;
    },
  );

  const out = mkdtempSync(join(tmpdir(), 'my-orders-mangle-'));
  try {
    await check(
      'mangling (fixture): an entry and a part minified apart agree on renamed properties, methods and the part’s export',
      async () => {
        await buildScript({
          root,
          entry: `${FIXTURES}/entry.ts`,
          outDir: out,
          fileName: 'mangle-fixture.js',
          logLevel: 'silent',
          mangle: FIXTURE_MANGLE,
        });
        const [part, ...more] = readdirSync(join(out, PARTS_DIR)).filter((name) => name.endsWith('.js'));
        expect(part && more.length === 0, `expected one part, found ${[part, ...more].join(', ')}`);
        const entryCode = readFileSync(join(out, 'mangle-fixture.js'), 'utf8');
        const partCode = readFileSync(join(out, PARTS_DIR, part), 'utf8');
        for (const [file, code] of [
          ['entry', entryCode],
          ['part', partCode],
        ]) {
          const left = leftIn(code, FIXTURE_MANGLE);
          expect(left.length === 0, `the ${file} still has ${left.join(', ')}`);
        }
        const page = createScriptPage({ dir: out, baseUrl: 'https://cdn.example/fixture/' });
        page.runEntry('mangle-fixture.js');
        const answer = await page.window.MangleFixture.finish(40);
        expect(answer === 42, `the part answered ${answer} (42 when both files use the same names)`);
        expect(page.uncaught.length === 0, `uncaught: ${page.uncaught.join('; ')}`);
      },
    );
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
