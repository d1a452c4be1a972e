/**
 * Words for one locale: picks our locale from the options and the page, and translates keys
 * from a catalog, with English for any key the catalog or the store's overrides lack. Only
 * English is imported here, and only the list's words: the order view brings its own
 * (addEnglish), the other catalogs are loaded when needed (catalogs.ts).
 */
import { en, type MessageKey, type Messages } from './locales/en.ts';

export type Locale = 'en' | 'pt-BR' | 'es';
export type { MessageKey, Messages };

/** A message is plain text with `{name}` slots, or plural forms chosen by `count`. */
export type Message = string | { one?: string; other: string; zero?: string };

/** A locale's messages as loaded: English arrives in two parts (the order view's words later). */
export type Catalog = Partial<Record<MessageKey, Message>>;

/** English for every key loaded so far: the fallback for any key a catalog lacks. */
const english: Catalog = { ...en };

/** Adds English words that came with a part of the widget loaded later (the order view). */
export function addEnglish(messages: Catalog): void {
  Object.assign(english, messages);
}

/** The English catalog: every English word loaded so far. */
export function englishCatalog(): Catalog {
  return english;
}

export type MessageParams = Record<string, string | number>;

export type Translate = (key: MessageKey, params?: MessageParams) => string;

export interface Translator {
  readonly locale: Locale;
  readonly t: Translate;
}

/**
 * Picks one of our locales from an explicit option, else the page's `lang`:
 * `pt` and `pt-*` become pt-BR, `es-*` es, anything else en.
 */
export function resolveLocale(requested: string | null | undefined, pageLang?: string | null): Locale {
  for (const candidate of [requested, pageLang]) {
    const tag = candidate?.trim().toLowerCase();
    if (!tag) continue;
    if (tag === 'pt' || tag.startsWith('pt-')) return 'pt-BR';
    if (tag === 'es' || tag.startsWith('es-')) return 'es';
    // An explicit but unsupported locale still decides: English, not the page's language.
    return 'en';
  }
  return 'en';
}

/** A translator over `catalog` (the locale's messages, already loaded). */
export function translatorFor(
  locale: Locale,
  catalog: Catalog,
  overrides: Partial<Record<MessageKey, Message>> = {},
): Translator {
  const plurals = new Intl.PluralRules(locale);
  const t: Translate = (key, params) => {
    const message: Message = overrides[key] ?? catalog[key] ?? english[key] ?? key;
    let text: string;
    if (typeof message === 'string') {
      text = message;
    } else {
      const count = Number(params?.count ?? 0);
      const form = count === 0 && message.zero !== undefined ? 'zero' : plurals.select(count);
      text = (form === 'zero' ? message.zero : form === 'one' ? message.one : undefined) ?? message.other;
    }
    return params
      ? text.replace(/\{(\w+)\}/g, (slot, name: string) => (name in params ? String(params[name]) : slot))
      : text;
  };
  return { locale, t };
}
