// i18next behind a small reactive wrapper: `t()` reads a rune, so every
// template that calls it re-renders when the language changes. Keys are typed
// from fr.json: a missing key is a compile error, and the parity test keeps
// en.json in step.
import i18next from 'i18next';
import type { Language } from '../generated/Language';
import en from './en.json';
import fr from './fr.json';

type Paths<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Paths<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

export type MessageKey = Paths<typeof fr>;

const instance = i18next.createInstance();
void instance.init({
  resources: { fr: { translation: fr }, en: { translation: en } },
  lng: 'fr',
  fallbackLng: false,
  initAsync: false,
  returnNull: false,
  // Svelte escapes text itself; no {@html} anywhere.
  interpolation: { escapeValue: false },
});

let current = $state<Language>('fr');

type Translate = (key: string, options?: Record<string, unknown>) => string;
const translate = instance.t.bind(instance) as unknown as Translate;

// Screens call t() thousands of times (a hundred editorial items, each with
// its labels; a calendar month, each day and card with its own): a text is
// worked out once per language and values. Filled-in texts are many (a label
// per day, per card), so that cache starts afresh when it grows large.
let cache = new Map<string, string>();
const FILLED_MAX = 20_000;
let filled = 0;

/** The UI text for `key` in the current language, with {{placeholders}} filled. */
export function t(key: MessageKey, values?: Record<string, string | number>): string {
  void current; // the reactive dependency
  const id = values ? `${key}\u0000${JSON.stringify(values)}` : key;
  let text = cache.get(id);
  if (text === undefined) {
    text = values ? translate(key, values) : translate(key);
    if (values && ++filled > FILLED_MAX) {
      cache = new Map();
      filled = 1;
    }
    cache.set(id, text);
  }
  return text;
}

export const i18n = {
  get language(): Language {
    return current;
  },
  async use(language: Language): Promise<void> {
    await instance.changeLanguage(language);
    cache = new Map();
    filled = 0;
    current = language;
    document.documentElement.lang = language;
  },
};

/** The OS language as a UI language, for when the backend cannot tell. */
export function guessLanguage(): Language {
  return navigator.language.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}
