#!/usr/bin/env node
// Checks of what `npm run build` wrote to dist/, run by scripts/test.mjs after the build.
// Counts go to test-results/build-counts.json.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';
import { Window } from 'happy-dom';
import { declarationClosure } from '../../scripts/build/declarations.mjs';
import {
  gzipSize,
  integrityOf,
  kib as kB,
  PARTS_DIR,
  partFiles,
  partIntegrityOf,
  versionedScriptName,
} from '../../scripts/build/release.mjs';
import { catalogChecks } from './catalog-checks.mjs';
import { createCounter, expect } from './check-counter.mjs';
import { linkerChecks } from './linker-checks.mjs';
import { mangleChecks } from './mangle-checks.mjs';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const dist = join(root, 'dist');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const script = join(dist, 'my-orders.js');
/** The script tag's lazy parts (dist/parts/*.js), as paths. */
const parts = partFiles(dist).map((name) => join(dist, PARTS_DIR, name));

function read(file) {
  expect(existsSync(file), `${relative(root, file)} is missing (did npm run build fail?)`);
  return readFileSync(file);
}

/** Project-relative paths of a bundle's sources, from its source map. */
function sourcesOf(bundle) {
  const map = JSON.parse(read(`${bundle}.map`).toString('utf8'));
  const base = resolve(dirname(bundle), map.sourceRoot ?? '');
  return map.sources.map((source) => relative(root, resolve(base, source)).split('\\').join('/'));
}

/** Runs an ES module snippet in a fresh plain Node (no DOM) in `cwd`; returns its stdout. */
function runNode(cwd, source) {
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', source], { cwd, encoding: 'utf8' });
  expect(
    result.status === 0,
    `node exited ${result.status}: ${result.stderr.trim().split('\n').slice(0, 6).join('\n')}`,
  );
  return result.stdout.trim();
}

const { check, finish } = createCounter('build checks:');

await check(
  'script tag: dist/my-orders.js and each lazy part in dist/parts/ are classic scripts (no import/export)',
  () => {
    for (const file of [script, ...parts]) {
      new Script(read(file).toString('utf8'), { filename: relative(dist, file) }); // module syntax would throw here
    }
    const extra = readdirSync(dist).filter((name) => /^my-orders.*\.js$/.test(name) && !name.startsWith(pkg.name));
    expect(extra.length === 0, `unexpected script files: ${extra.join(', ')}`);
    return `${parts.length} part(s)`;
  },
);

await check(
  'script tag: every part the script names exists and its sha256 is in the script; no part is left unnamed',
  () => {
    // Paths and hashes are read apart: the minifier may inline the loader where it is called once.
    const code = read(script).toString('utf8');
    const named = [...new Set([...code.matchAll(/(["'`])\.\/([\w./-]+\.js)\1/g)].map((match) => match[2]))];
    const pinned = new Set([...code.matchAll(/(["'`])(sha256-[\w+/=]+)\1/g)].map((match) => match[2]));
    for (const file of named) {
      expect(file.startsWith(`${PARTS_DIR}/`), `the script loads ${file}, outside ${PARTS_DIR}/`);
      const actual = partIntegrityOf(read(join(dist, file)));
      expect(pinned.has(actual), `${file} hashes to ${actual}, which the script does not pin`);
    }
    expect(pinned.size === named.length, `${pinned.size} hashes for ${named.length} parts`);
    const unnamed = parts
      .map((file) => relative(dist, file).split('\\').join('/'))
      .filter((file) => !named.includes(file));
    expect(unnamed.length === 0, `parts the script never loads: ${unnamed.join(', ')}`);
    return named.join(', ') || 'no parts';
  },
);

await check('script tag: in a page it defines <my-orders> and window.MyOrders, and adds no other global', async () => {
  const code = read(script).toString('utf8');
  const window = new Window({ url: 'https://store.example/account/orders' });
  try {
    const before = new Set(Object.getOwnPropertyNames(window));
    window.eval(code);
    window.eval(code); // a store that includes the script twice must not break
    const added = Object.getOwnPropertyNames(window).filter((key) => !before.has(key));
    expect(added.join() === 'MyOrders', `globals added: ${added.join(', ') || 'none'}`);
    expect(typeof window.MyOrders.mount === 'function', `MyOrders.mount is ${typeof window.MyOrders.mount}`);
    expect(
      window.MyOrders.version === pkg.version,
      `MyOrders.version is ${window.MyOrders.version}, package ${pkg.version}`,
    );
    expect(typeof window.customElements.get('my-orders') === 'function', '<my-orders> is not defined');
  } finally {
    await window.happyDOM.close();
  }
});

await check('script tag: its source maps (script and parts) list src/ and nothing from msw, mocks/ or tests/', () => {
  const counts = [];
  for (const file of [script, ...parts]) {
    const sources = sourcesOf(file);
    const foreign = sources.filter((source) => /(^|\/)node_modules\/(msw|@mswjs)\/|^(mocks|tests|demo)\//.test(source));
    expect(
      foreign.length === 0,
      `${relative(dist, file)} bundles from outside the widget: ${foreign.slice(0, 5).join(', ')}`,
    );
    expect(
      sources.some((source) => source.startsWith('src/')),
      `no src/ file in ${relative(dist, file)}: ${sources.slice(0, 5).join(', ')}`,
    );
    counts.push(sources.length);
  }
  return `${counts.join(' + ')} sources`;
});

await check(
  'script tag: no source module is in both the script and a part (one instance of each module’s state)',
  () => {
    const inScript = new Set(sourcesOf(script));
    for (const part of parts) {
      const twice = sourcesOf(part).filter((source) => inScript.has(source));
      expect(twice.length === 0, `in my-orders.js and ${relative(dist, part)}: ${twice.slice(0, 5).join(', ')}`);
    }
  },
);

await check('script tag: dist/ holds no mockServiceWorker.js (publicDir off)', () => {
  expect(existsSync(dist), 'dist/ is missing');
  const found = readdirSync(dist, { recursive: true }).filter((name) => String(name).includes('mockServiceWorker'));
  expect(found.length === 0, `found ${found.join(', ')}`);
});

await check(`release: dist/${versionedScriptName(pkg.version)} and its map are the same bytes as my-orders.js`, () => {
  const versioned = join(dist, versionedScriptName(pkg.version));
  expect(read(versioned).equals(read(script)), 'the versioned script differs from my-orders.js');
  expect(read(`${versioned}.map`).equals(read(`${script}.map`)), 'the versioned map differs from my-orders.js.map');
});

await check('release: dist/my-orders.sri.txt is the sha384 of the script', () => {
  const recorded = read(join(dist, 'my-orders.sri.txt')).toString('utf8').trim();
  const actual = integrityOf(read(script));
  expect(recorded === actual, `recorded ${recorded}, file hashes to ${actual}`);
  return actual;
});

await catalogChecks({ root, dist, script, parts, check });

await mangleChecks({ root, dist, script, parts, check });

await check('size: each part with its own gate in size-budget.json (partMaxBytes) fits it, gzip -9', () => {
  // The script and the parts' sum are gated by the browser stage (tests/e2e/size-gate.ts).
  const { partMaxBytes = {} } = JSON.parse(readFileSync(join(root, 'size-budget.json'), 'utf8'));
  const sizes = Object.entries(partMaxBytes).map(([name, gate]) => {
    const files = parts.filter((file) => relative(join(dist, PARTS_DIR), file).startsWith(`${name}-`));
    expect(files.length === 1, `size-budget.json gates the part ${name}, found ${files.length} file(s) for it`);
    const bytes = gzipSize(read(files[0]));
    expect(bytes <= gate, `${name}: ${bytes} B gzip -9, over its ${gate} B gate by ${bytes - gate} B`);
    return `${name} ${bytes} of ${gate} B`;
  });
  return sizes.join(', ') || 'no part has its own gate';
});

await check('ES module: dist/index.js, copied alone, imports in plain Node without touching globals', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'my-orders-ssr-'));
  try {
    cpSync(join(dist, 'index.js'), join(scratch, 'index.js'));
    if (existsSync(join(dist, 'chunks'))) cpSync(join(dist, 'chunks'), join(scratch, 'chunks'), { recursive: true });
    const out = runNode(
      scratch,
      `const before = new Set(Reflect.ownKeys(globalThis));
       const module = await import('./index.js');
       // Node's own fetch (undici) registers its dispatcher lazily; that is not ours.
       const added = Reflect.ownKeys(globalThis).filter((key) => !before.has(key) && !String(key).startsWith('Symbol(undici')).map(String);
       console.log(JSON.stringify({ exports: Object.keys(module).sort(), types: Object.fromEntries(Object.entries(module).map(([k, v]) => [k, typeof v])), added }));`,
    );
    const { exports, types, added } = JSON.parse(out);
    expect(added.length === 0, `importing added globals: ${added.join(', ')}`);
    for (const name of ['mount', 'defineMyOrdersElement']) {
      expect(
        types[name] === 'function',
        `export ${name} is ${types[name] ?? 'missing'} (exports: ${exports.join(', ')})`,
      );
    }
    return `exports ${exports.join(', ')}`;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
});

await check('ES module: Preact is bundled into dist/index.js or its chunks, not imported', () => {
  const chunkDir = join(dist, 'chunks');
  const files = [
    join(dist, 'index.js'),
    ...(existsSync(chunkDir)
      ? readdirSync(chunkDir)
          .filter((name) => name.endsWith('.js'))
          .map((name) => join(chunkDir, name))
      : []),
  ];
  expect(
    files.some((file) => sourcesOf(file).some((source) => source.startsWith('node_modules/preact/'))),
    'no node_modules/preact source in index.js or chunks/',
  );
  const bare = files.filter((file) =>
    /\bfrom\s*["'`]preact|\bimport\s*\(?\s*["'`]preact/.test(read(file).toString('utf8')),
  );
  expect(bare.length === 0, `imports preact: ${bare.map((file) => relative(dist, file)).join(', ')}`);
});

await check('declarations: dist/index.d.ts and every file it reaches never mention preact', () => {
  const { files, packages } = declarationClosure(join(dist, 'index.d.ts'));
  const leaking = [...files].filter(([, text]) => /preact/i.test(text)).map(([file]) => relative(root, file));
  expect(leaking.length === 0, `preact in ${leaking.join(', ')}`);
  expect(packages.length === 0, `the public types import packages: ${packages.join(', ')}`);
  return `${files.size} files`;
});

await check('test kit: dist/mocks.js keeps msw external and imports in Node', () => {
  const bundled = sourcesOf(join(dist, 'mocks.js')).filter((source) => /node_modules\/(msw|@mswjs)\//.test(source));
  expect(bundled.length === 0, `msw bundled: ${bundled.slice(0, 3).join(', ')}`);
  const out = runNode(
    dist,
    `const kit = await import('./mocks.js'); console.log(typeof kit.createMockBackend, kit.createMockBackend().handlers.length);`,
  );
  const [kind, handlers] = out.split(' ');
  expect(kind === 'function' && Number(handlers) > 0, `createMockBackend: ${out}`);
  const { packages } = declarationClosure(join(dist, 'mocks.d.ts'));
  expect(
    packages.every((name) => name === 'msw'),
    `mocks.d.ts imports ${packages.join(', ')}`,
  );
});

await check('package.json: main, module, types and every export point at built files', () => {
  const targets = [pkg.main, pkg.module, pkg.types];
  const collect = (value) =>
    typeof value === 'string' ? targets.push(value) : Object.values(value ?? {}).forEach(collect);
  collect(pkg.exports);
  const missing = targets.filter((target) => typeof target !== 'string' || !existsSync(join(root, target)));
  expect(missing.length === 0, `missing: ${missing.join(', ')}`);
  expect(Array.isArray(pkg.sideEffects) && pkg.sideEffects.length > 0, 'sideEffects is not declared');
  expect(pkg.peerDependencies?.msw && pkg.peerDependenciesMeta?.msw?.optional === true, 'msw is not an optional peer');
  return `${targets.length} targets`;
});

await linkerChecks({ root, check });

if (existsSync(script)) {
  const gzip = gzipSize(readFileSync(script));
  const partsGzip = parts.reduce((sum, file) => sum + gzipSize(readFileSync(file)), 0);
  console.log(
    `  dist/my-orders.js: ${kB(readFileSync(script).length)} minified, ${kB(gzip)} gzip -9; its ${parts.length} part(s) ${kB(partsGzip)} gzip -9 (npm run size for the breakdown)`,
  );
}
finish(join(root, 'test-results', 'build-counts.json'));
