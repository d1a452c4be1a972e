/**
 * Where the catalogs went in dist/: each one but English a part of the script of its own (and a
 * chunk of the ES module), holding every key; English only in the script and the order view.
 * Catalog sources are read as text (Node 20 cannot import .ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { PARTS_DIR } from '../../scripts/build/release.mjs';
import { expect } from './check-counter.mjs';

export async function catalogChecks({ root, dist, script, parts, check }) {
  const read = (file) => {
    expect(existsSync(file), `${relative(root, file)} is missing (did npm run build fail?)`);
    return readFileSync(file);
  };
  const catalogDir = join(root, 'src', 'i18n', 'locales');
  // English is en.ts plus the files a lazy part carries (en-order.ts); the rest are locales.
  const isEnglish = (name) => /^en[.-]/.test(name);
  const catalogFiles = readdirSync(catalogDir).filter((name) => name.endsWith('.ts'));
  const LOADED_LOCALES = catalogFiles.filter((name) => !isEnglish(name)).map((name) => name.replace(/\.ts$/, ''));

  /** The keys and every quoted text of catalog sources, read as text (Node 20 cannot import .ts). */
  function catalogSource(...files) {
    const text = files.map((file) => readFileSync(join(catalogDir, file), 'utf8')).join('\n');
    const keys = [...text.matchAll(/^\s*'([\w.-]+)':/gm)].map((match) => match[1]);
    const texts = [...text.matchAll(/:\s*'([^'\\\n]+)'/g)].map((match) => match[1]);
    return { keys, texts };
  }

  const englishSource = () => catalogSource(...catalogFiles.filter(isEnglish));

  /**
   * Texts only `locale`'s catalog has (not English's nor another locale's: Portuguese and Spanish
   * share words), long enough to be unmistakable: finding any of them in a file means the
   * catalog is in it.
   */
  function ownTexts(locale) {
    const others = LOADED_LOCALES.filter((other) => other !== locale).map((other) => `${other}.ts`);
    const shared = new Set([...englishSource().texts, ...catalogSource(...others).texts]);
    return catalogSource(`${locale}.ts`).texts.filter((text) => text.length >= 16 && !shared.has(text));
  }

  /** The part that holds `locale`'s catalog (`parts/pt-BR-<hash>.js`); fails unless exactly one does. */
  function localePart(locale) {
    const pattern = new RegExp(`^${locale.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')}-[\\w-]+\\.js$`);
    const found = parts.filter((file) => pattern.test(basename(file)));
    expect(found.length === 1, `${found.length} parts named for ${locale} in ${PARTS_DIR}/`);
    return found[0];
  }

  await check(
    'script tag: each catalog but English is a part of its own with every key; the entry and the other parts carry English only',
    () => {
      const englishKeys = englishSource().keys;
      expect(englishKeys.length > 100, `only ${englishKeys.length} English keys found`);
      const own = LOADED_LOCALES.map((locale) => localePart(locale));
      for (const locale of LOADED_LOCALES) {
        const texts = ownTexts(locale);
        expect(texts.length > 50, `only ${texts.length} texts of ${locale} to look for`);
        const home = localePart(locale);
        for (const file of [script, ...parts].filter((other) => other !== home)) {
          const code = read(file).toString('utf8');
          const inlined = texts.filter((text) => code.includes(text));
          expect(
            inlined.length === 0,
            `${locale} text inside ${relative(dist, file)}: ${inlined.slice(0, 3).join(' | ')}`,
          );
        }
        const code = read(home).toString('utf8');
        const absent = texts.filter((text) => !code.includes(text));
        expect(absent.length === 0, `missing from ${relative(dist, home)}: ${absent.slice(0, 3).join(' | ')}`);
        const missing = englishKeys.filter(
          (key) => !['"', "'", '`'].some((quote) => code.includes(`${quote}${key}${quote}`)),
        );
        expect(
          missing.length === 0,
          `${relative(dist, home)} lacks ${missing.length} keys: ${missing.slice(0, 5).join(', ')}`,
        );
      }
      return own.map((file) => relative(dist, file)).join(', ');
    },
  );

  await check('ES module: each catalog but English is split out of dist/index.js into a chunk of its own', () => {
    const code = read(join(dist, 'index.js')).toString('utf8');
    const chunkDir = join(dist, 'chunks');
    const chunks = existsSync(chunkDir) ? readdirSync(chunkDir).filter((name) => name.endsWith('.js')) : [];
    for (const locale of LOADED_LOCALES) {
      const texts = ownTexts(locale);
      expect(!texts.some((text) => code.includes(text)), `${locale} text inside index.js`);
      const holders = chunks.filter((name) =>
        texts.every((text) => readFileSync(join(chunkDir, name), 'utf8').includes(text)),
      );
      expect(holders.length === 1, `${locale}: ${holders.length} chunks hold its catalog (${chunks.join(', ')})`);
    }
  });
}
