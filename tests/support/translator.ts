/**
 * Every catalog at hand at once, synchronously: for tests and tools that compare the widget's
 * words in several languages. The widget itself never imports this file: it loads the
 * shopper's catalog on demand (catalogs.ts) and translates with translate.ts.
 */

import { en } from '../../src/i18n/locales/en.ts';
import { enOrder } from '../../src/i18n/locales/en-order.ts';
import es from '../../src/i18n/locales/es.ts';
import ptBR from '../../src/i18n/locales/pt-BR.ts';
import {
  type Locale,
  type Message,
  type MessageKey,
  type Messages,
  type Translator,
  translatorFor,
} from '../../src/i18n/translate.ts';

export type {
  Locale,
  Message,
  MessageKey,
  MessageParams,
  Messages,
  Translate,
  Translator,
} from '../../src/i18n/translate.ts';
export { resolveLocale, translatorFor } from '../../src/i18n/translate.ts';

const catalogs: Record<Locale, Messages> = { en: { ...en, ...enOrder }, 'pt-BR': ptBR, es };

export function createTranslator(locale: Locale, overrides: Partial<Record<MessageKey, Message>> = {}): Translator {
  return translatorFor(locale, catalogs[locale], overrides);
}
