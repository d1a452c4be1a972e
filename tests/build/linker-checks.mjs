/**
 * Checks of the chunk linker (scripts/build/chunk-linker.mjs) on small fixtures built with
 * the script tag's own buildScript: the shape it writes, the SRI chain, and the loader at
 * work on a DOM-less page (script-tag-page.mjs); then the builds it must refuse. Run by
 * check-build.mjs, which counts them.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Script } from 'node:vm';
import { parseAst } from 'vite';
import { buildScript } from '../../scripts/build/bundles.mjs';
import { reassignedInFunctions } from '../../scripts/build/reassigned-bindings.mjs';
import { PARTS_DIR } from '../../scripts/build/release.mjs';
import { generatedChunks } from '../../scripts/build/source-map-sizes.mjs';
import { expect } from './check-counter.mjs';
import { createScriptPage } from './script-tag-page.mjs';

const FIXTURES = 'tests/build/fixtures/split';
const ENTRY_FILE = 'fixture-1.0.0.js';
const BASE_URL = 'https://cdn.example/widget/';
/** What the store's tag carries when it pins the script. */
const PINNED_TAG = {
  integrity: 'sha384-(the store pins the entry)',
  crossOrigin: 'anonymous',
  nonce: 'n0nce',
  referrerPolicy: 'no-referrer',
};

const sha256 = (bytes) => `sha256-${createHash('sha256').update(bytes).digest('base64')}`;

/** `import('./part.ts')` of the fixture, through its `window.Fixture`. */
function openPart(page, name) {
  return Promise.resolve(page.window.Fixture.openPart(name));
}

async function rejectionOf(promise) {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('resolved, expected a rejection');
}

/** The source a map gives the first run of `code` that holds `text`. */
function sourceOfText(code, map, text) {
  const run = generatedChunks(code, map).find((chunk) => chunk.text.includes(text));
  expect(run, `no mapped run holds ${text}`);
  return map.sources[run.key] ?? run.key;
}

export async function linkerChecks({ root, check }) {
  const out = mkdtempSync(join(tmpdir(), 'my-orders-linker-'));
  const built = buildScript({
    root,
    entry: `${FIXTURES}/entry.ts`,
    outDir: out,
    fileName: ENTRY_FILE,
    logLevel: 'silent',
  });
  const fixture = built.then(() => {
    const parts = readdirSync(join(out, PARTS_DIR)).filter((name) => name.endsWith('.js'));
    expect(parts.length === 1, `expected one part, found ${parts.join(', ') || 'none'}`);
    const partPath = `${PARTS_DIR}/${parts[0]}`;
    return {
      entry: readFileSync(join(out, ENTRY_FILE), 'utf8'),
      part: readFileSync(join(out, partPath), 'utf8'),
      partPath,
    };
  });
  fixture.catch(() => undefined);

  try {
    await check(
      'chunk linker (fixture): one classic-script entry wrapped in (()=>{...})(), one classic-script part registering a factory',
      async () => {
        const { entry, part, partPath } = await fixture;
        new Script(entry, { filename: ENTRY_FILE });
        new Script(part, { filename: partPath });
        expect(
          entry.startsWith('(()=>{') && /\}\)\(\);\n\/\/# sourceMappingURL=\S+\.map\s*$/.test(entry),
          `entry is not wrapped: ${entry.slice(0, 40)} ... ${entry.slice(-80)}`,
        );
        expect(
          /^document\.currentScript\._mo[0-9a-f]{8}\(function\(\w+\)\{/.test(part),
          `part shape: ${part.slice(0, 80)}`,
        );
        expect(
          /import\(\s*(\/\*[\s\S]*?\*\/\s*)?[A-Za-z_$]/.test(entry),
          'the variable-URL import() is no longer a native import()',
        );
        expect(!/import\(\s*["'`]/.test(entry), 'the entry still has an import() of a literal path');
        return partPath;
      },
    );

    await check(
      'chunk linker (fixture): the entry pins the part with the sha256 of its bytes; the source maps still point at the right sources',
      async () => {
        const { entry, part, partPath } = await fixture;
        // Read apart: with one call site the minifier inlines the loader, parting path and hash.
        const named = [...entry.matchAll(/(["'`])\.\/(parts\/[\w.-]+\.js)\1/g)].map((match) => match[2]);
        const pinned = [...entry.matchAll(/(["'`])(sha256-[\w+/=]+)\1/g)].map((match) => match[2]);
        expect(named.length === 1 && named[0] === partPath, `loads ${JSON.stringify(named)}, built ${partPath}`);
        expect(
          pinned.length === 1 && pinned[0] === sha256(part),
          `pinned ${JSON.stringify(pinned)}, the part hashes to ${sha256(part)}`,
        );
        const entryMap = JSON.parse(readFileSync(join(out, `${ENTRY_FILE}.map`), 'utf8'));
        const partMap = JSON.parse(readFileSync(join(out, `${partPath}.map`), 'utf8'));
        const fromShared = sourceOfText(entry, entryMap, 'hello ');
        const fromPart = sourceOfText(part, partMap, 'new ');
        expect(fromShared.endsWith('split/shared.ts'), `greet() maps to ${fromShared}`);
        expect(fromPart.endsWith('split/part.ts'), `open() maps to ${fromPart}`);
      },
    );

    await check(
      'chunk linker (fixture): on a page pinning the script, the part loads on first use only, pinned, with the tag’s nonce, crossOrigin and referrerPolicy, sharing the entry’s modules, seeing the part’s live exports',
      async () => {
        const { part, partPath } = await fixture;
        const page = createScriptPage({ dir: out, baseUrl: BASE_URL });
        page.runEntry(ENTRY_FILE, PINNED_TAG);
        expect(
          page.window.Fixture?.hello === 'hello entry (1)',
          `window.Fixture after the entry ran: ${JSON.stringify(page.window.Fixture)}`,
        );
        expect(page.appended.length === 0, 'a part was requested before anything asked for it');
        const first = await openPart(page, 'shopper');
        expect(first === 'hello shopper (2) part / part’s label / opened 1', `the part answered ${first}`);
        const [request] = page.appended;
        expect(request.src === `${BASE_URL}${partPath}`, `requested ${request.src}`);
        expect(request.integrity === sha256(part), `integrity ${request.integrity}`);
        for (const name of ['nonce', 'crossOrigin', 'referrerPolicy'])
          expect(request[name] === PINNED_TAG[name], `${name}: ${request[name]}`);
        expect(page.connected().length === 0, 'the part’s script element stayed in the document');
        const second = await openPart(page, 'again');
        expect(
          second === 'hello again (3) part / part’s label / opened 2' && page.appended.length === 1,
          `second open: ${second}, ${page.appended.length} requests`,
        );
        expect(page.uncaught.length === 0, `uncaught: ${page.uncaught.join('; ')}`);
      },
    );

    await check(
      'chunk linker (fixture): a tampered part is refused under SRI with an error naming its URL; once it is whole, a retry loads it',
      async () => {
        const { partPath } = await fixture;
        let tampered = true;
        const page = createScriptPage({
          dir: out,
          baseUrl: BASE_URL,
          serve: (path, bytes) => (tampered && path === partPath ? Buffer.concat([bytes, Buffer.from('\n')]) : bytes),
        });
        page.runEntry(ENTRY_FILE, PINNED_TAG);
        const error = await rejectionOf(openPart(page, 'shopper'));
        expect(String(error?.message).includes(`${BASE_URL}${partPath}`), `rejected with ${error}`);
        expect(
          page.connected().length === 0 && page.uncaught.length === 0,
          `elements left ${page.connected().length}, uncaught ${page.uncaught.join('; ')}`,
        );
        tampered = false;
        const retried = await openPart(page, 'shopper');
        expect(
          retried === 'hello shopper (2) part / part’s label / opened 1' && page.appended.length === 2,
          `retry: ${retried} after ${page.appended.length} requests`,
        );
      },
    );

    await check(
      'chunk linker (fixture): a store tag without integrity loads parts without it (the SRI chain is the store’s choice)',
      async () => {
        const { partPath } = await fixture;
        const page = createScriptPage({
          dir: out,
          baseUrl: BASE_URL,
          serve: (path, bytes) => (path === partPath ? Buffer.concat([bytes, Buffer.from('\n')]) : bytes),
        });
        page.runEntry(ENTRY_FILE, { crossOrigin: null });
        const answer = await openPart(page, 'shopper');
        expect(answer === 'hello shopper (2) part / part’s label / opened 1', `the part answered ${answer}`);
        expect(
          page.appended[0].integrity === '' && page.appended[0].crossOrigin === null,
          `integrity "${page.appended[0].integrity}", crossOrigin ${page.appended[0].crossOrigin}`,
        );
      },
    );

    await check(
      'chunk linker (fixture): a part that is not there rejects with its URL, nothing uncaught, no element left',
      async () => {
        const { partPath } = await fixture;
        const page = createScriptPage({
          dir: out,
          baseUrl: BASE_URL,
          serve: (path, bytes) => (path === partPath ? null : bytes),
        });
        page.runEntry(ENTRY_FILE, PINNED_TAG);
        const error = await rejectionOf(openPart(page, 'shopper'));
        expect(String(error?.message).includes(`${BASE_URL}${partPath}`), `rejected with ${error}`);
        await page.settle();
        expect(
          page.connected().length === 0 && page.uncaught.length === 0,
          `elements left ${page.connected().length}, uncaught ${page.uncaught.join('; ')}`,
        );
      },
    );

    await check(
      'chunk linker (fixture): an entry run without document.currentScript says so when it needs a part, nothing uncaught',
      async () => {
        const page = createScriptPage({ dir: out, baseUrl: BASE_URL });
        page.runEntryWithoutTag(ENTRY_FILE);
        expect(page.window.Fixture?.hello === 'hello entry (1)', 'the entry itself did not run');
        const error = await rejectionOf(openPart(page, 'shopper'));
        expect(String(error?.message).includes('document.currentScript'), `rejected with ${error}`);
        expect(page.appended.length === 0 && page.uncaught.length === 0, `uncaught: ${page.uncaught.join('; ')}`);
      },
    );
  } finally {
    await built.catch(() => undefined);
    rmSync(out, { recursive: true, force: true });
  }

  await check(
    'chunk linker: refuses, with a build error saying why, a binding that changes, a part loading a part, a common chunk',
    async () => {
      const refused = [
        ['mutable-entry.ts', /hands its parts count, which a function reassigns/],
        ['nested-entry.ts', /the part parts\/outer-part-\[hash\]\.js loads parts\/inner-part-\[hash\]\.js/],
        ['common-entry.ts', /imports parts\/between-parts-\[hash\]\.js; a part may only import the entry/],
      ];
      for (const [entry, expected] of refused) {
        const dir = mkdtempSync(join(tmpdir(), 'my-orders-refused-'));
        try {
          const error = await rejectionOf(
            buildScript({
              root,
              entry: `${FIXTURES}/refused/${entry}`,
              outDir: dir,
              fileName: 'refused.js',
              logLevel: 'silent',
            }),
          );
          expect(
            expected.test(String(error?.message)),
            `${entry}: ${String(error?.message).split('\n').slice(0, 3).join(' ')}`,
          );
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      }
    },
  );

  await check('chunk linker: its reassignment scan tells the top-level binding from a shadowing one', () => {
    const cases = [
      ['var a; function f() { a = 2 }', ['a']],
      ['var a; a = 3', []],
      ['var a; function f(a) { a = 2 }', []],
      ['var a; function f() { { let a } a++ }', ['a']],
      ['var a; function f() { if (1) { var a } a = 1 }', []],
      ['var a; const f = () => { try {} catch (a) { a = 1 } }', []],
      ['var a; const f = () => { for (let a of []) a = 1; for (a of []); }', ['a']],
      ['var a; class K { x = ([a] = [1]) }', ['a']],
      ['var a; function f() { o.a = 1; ({ a: o.b } = {}) }', []],
    ];
    for (const [code, expected] of cases) {
      const found = reassignedInFunctions(parseAst(code), ['a']);
      expect(found.join() === expected.join(), `${code}: found [${found.join()}], expected [${expected.join()}]`);
    }
    return `${cases.length} cases`;
  });
}
