import { describe, expect, it } from 'vitest';
import { resolveLocale } from '../../support/translator.ts';

describe('choosing the locale', () => {
  it.each([
    ['pt', 'pt-BR'],
    ['pt-PT', 'pt-BR'],
    ['PT-br', 'pt-BR'],
    ['es', 'es'],
    ['es-MX', 'es'],
    ['en-GB', 'en'],
    ['fr-FR', 'en'],
    ['', 'en'],
  ])('the option %s gives %s', (option, locale) => {
    expect(resolveLocale(option, 'es')).toBe(option === '' ? 'es' : locale);
  });

  it("follows the page's lang when no option is given", () => {
    expect(resolveLocale(undefined, 'pt-BR')).toBe('pt-BR');
    expect(resolveLocale(null, 'es-AR')).toBe('es');
    expect(resolveLocale(undefined, 'de')).toBe('en');
    expect(resolveLocale(undefined, undefined)).toBe('en');
  });

  it('lets an explicit option win over the page', () => {
    expect(resolveLocale('en', 'pt-BR')).toBe('en');
  });
});
