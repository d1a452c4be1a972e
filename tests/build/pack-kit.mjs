#!/usr/bin/env node
// The package as a store gets it: `npm pack`, install the tarball (with msw) into a scratch
// project in a temp dir, and use `my-orders` and `my-orders/mocks` from there, at run time
// and in TypeScript. Needs `npm run build` first. Counts go to test-results/pack-counts.json.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCounter, expect } from './check-counter.mjs';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const msw = `msw@${JSON.parse(readFileSync(join(root, 'node_modules', 'msw', 'package.json'), 'utf8')).version}`;
const scratch = mkdtempSync(join(tmpdir(), 'my-orders-pack-'));
const store = join(scratch, 'store');

function run(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  const output = `${result.stdout}\n${result.stderr}`.trim();
  expect(
    result.status === 0,
    `${[command, ...args].join(' ')} exited ${result.status}:\n${output.split('\n').slice(-12).join('\n')}`,
  );
  return result.stdout;
}

// What a store's test writes: the mock backend from the package, msw from the store's own install.
const STORE_TEST = `
import { setupServer } from 'msw/node';
import { createMockBackend, SESSION_COOKIE } from 'my-orders/mocks';
import { mount } from 'my-orders';

const backend = createMockBackend();
const server = setupServer(...backend.handlers);
server.listen({ onUnhandledRequest: 'error' });
try {
  const url = 'https://store.example/api/oms/user/orders?page=1&per_page=5';
  const cookie = SESSION_COOKIE + '=' + backend.shoppers.main.sessionToken;
  const signedIn = await fetch(url, { headers: { cookie } });
  const body = await signedIn.json();
  const signedOut = await fetch(url);
  console.log(JSON.stringify({
    status: signedIn.status, rows: body.list?.length, total: body.paging?.total,
    signedOut: signedOut.status, mount: typeof mount,
  }));
} finally {
  server.close();
}
`;

const STORE_TYPES = `
import { mount } from 'my-orders';
import { createMockBackend, type MockBackend } from 'my-orders/mocks';

type Options = NonNullable<Parameters<typeof mount>[1]>;
const options: Options = { locale: 'pt-BR', pageSize: 10 };
const backend: MockBackend = createMockBackend({ seed: 7 });
export const start = (host: HTMLElement) => mount(host, options);
export const token: string = backend.shoppers.main.sessionToken;
`;

const STORE_TSCONFIG = {
  compilerOptions: {
    target: 'ES2022',
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    lib: ['ES2022', 'DOM'],
    strict: true,
    noEmit: true,
    skipLibCheck: false,
    types: [],
  },
  files: ['store-types.ts'],
};

const { check, skip, finish } = createCounter('package checks:');
let tarball = null;
let installed = false;
try {
  await check('npm pack: the tarball holds dist/, README, CHANGELOG and no sources', () => {
    const [packed] = JSON.parse(
      run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', scratch], root),
    );
    tarball = join(scratch, packed.filename);
    const files = packed.files.map((file) => file.path);
    const wanted = [
      'package.json',
      'README.md',
      'CHANGELOG.md',
      'dist/my-orders.js',
      `dist/my-orders-${pkg.version}.js`,
      'dist/my-orders.sri.txt',
      'dist/index.js',
      'dist/index.d.ts',
      'dist/mocks.js',
      'dist/mocks.d.ts',
    ];
    const absent = wanted.filter((file) => !files.includes(file));
    expect(absent.length === 0, `missing from the tarball: ${absent.join(', ')}`);
    const stray = files.filter((file) => /^(src|mocks|tests|demo|public|scripts)\/|mockServiceWorker/.test(file));
    expect(stray.length === 0, `should not ship: ${stray.slice(0, 5).join(', ')}`);
    return `${files.length} files, ${(packed.size / 1024).toFixed(0)} KiB packed`;
  });

  if (tarball) {
    installed = await check(`store project: npm install <tarball> ${msw}`, () => {
      mkdirSync(store);
      writeFileSync(
        join(store, 'package.json'),
        `${JSON.stringify({ name: 'store', private: true, type: 'module' })}\n`,
      );
      // --prefer-offline: the npm cache on a CI machine already holds msw from the project's own install.
      run('npm', ['install', tarball, msw, '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts'], store);
    });
  }

  if (installed) {
    await check(
      'store project: my-orders/mocks serves a signed-in order list through msw/node; mount is a function',
      () => {
        writeFileSync(join(store, 'store-test.mjs'), STORE_TEST);
        const result = JSON.parse(run(process.execPath, ['store-test.mjs'], store));
        expect(result.status === 200, `list answered ${result.status}`);
        expect(
          result.rows === 5 && result.total > 5,
          `expected 5 rows of more than 5 orders, got ${result.rows} of ${result.total}`,
        );
        expect(result.signedOut === 401, `without the session cookie the list answered ${result.signedOut}`);
        expect(result.mount === 'function', `mount is ${result.mount}`);
        return `${result.rows} of ${result.total} orders`;
      },
    );

    await check('store project: TypeScript (NodeNext, strict, no skipLibCheck) type-checks both entries', () => {
      writeFileSync(join(store, 'store-types.ts'), STORE_TYPES);
      writeFileSync(join(store, 'tsconfig.json'), `${JSON.stringify(STORE_TSCONFIG)}\n`);
      run(join(root, 'node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.json'], store);
    });
  } else {
    skip('store project: using the installed package', 'the install did not happen');
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
  finish(join(root, 'test-results', 'pack-counts.json'));
}
