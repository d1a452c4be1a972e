/**
 * The script tag's catalog loader: it imports `locales/<locale>.js` beside the script's own
 * URL (the versioned file beside the versioned script), and refuses what is not a catalog.
 * Real files on disk, imported through `file:` URLs as a browser imports `https:` ones.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogsBesideScript } from '../../src/embed/script-catalogs.ts';

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'my-orders-locales-'));
  mkdirSync(join(dir, 'locales'));
  writeFileSync(join(dir, 'locales', 'pt-BR.js'), 'export default { "list.heading": "Seus pedidos (latest)" };\n');
  writeFileSync(join(dir, 'locales', 'pt-BR-1.2.3.js'), 'export default { "list.heading": "Seus pedidos (1.2.3)" };\n');
  writeFileSync(join(dir, 'locales', 'es.js'), 'export default "not a catalog";\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const scriptAt = (name: string) => pathToFileURL(join(dir, name)).href;

describe('catalogs beside the script', () => {
  it('the plain script loads locales/<locale>.js; the versioned one its versioned twin', async () => {
    const plain = await catalogsBesideScript(`${scriptAt('my-orders.js')}?v=7`, '1.2.3')('pt-BR');
    const versioned = await catalogsBesideScript(scriptAt('my-orders-1.2.3.js'), '1.2.3')('pt-BR');
    expect(plain['list.heading']).toBe('Seus pedidos (latest)');
    expect(versioned['list.heading']).toBe('Seus pedidos (1.2.3)');
  });

  it('rejects a file that holds no catalog, a missing file, and an unknown script URL', async () => {
    await expect(catalogsBesideScript(scriptAt('my-orders.js'), '1.2.3')('es')).rejects.toThrow(/holds no catalog/);
    await expect(catalogsBesideScript(scriptAt('my-orders-9.9.9.js'), '9.9.9')('pt-BR')).rejects.toThrow();
    await expect(catalogsBesideScript('', '1.2.3')('pt-BR')).rejects.toThrow(/own URL is unknown/);
  });
});
