// Telling the UI's language from what it shows: the <html lang> attribute and
// UI words outside user content (cards and fields are left out: the sample
// strategy itself is French whatever the UI language).
import { assert } from './assert.mjs';

// Words the UI shows in its chrome (library header, buttons, step names).
const words = (list) => new RegExp(`(?<!\\p{L})(${list.join('|')})(?!\\p{L})`, 'u');
const WORDS = {
  fr: words(['Bibliothèque', 'Rechercher', 'Nouvelle stratégie', 'Créer', 'Ouvrir', 'Renommer', 'Dupliquer',
    'Archiver', 'Supprimer', 'Archivées', 'Enregistré', 'Équipe', 'Objectifs', 'Écoute', 'Canaux', 'Langue']),
  en: words(['Library', 'Search', 'New strategy', 'Create', 'Open', 'Rename', 'Duplicate',
    'Archive', 'Delete', 'Archived', 'Saved', 'Team', 'Objectives', 'Listening', 'Channels', 'Language']),
};

/** Waits until the UI shows `lang` ('fr' | 'en'): html lang matches and a UI word of that language is visible. */
export async function expectUiLanguage(app, lang, { timeout = 10000 } = {}) {
  let last;
  await app.browser.waitUntil(async () => {
    last = await app.uiText();
    const langOk = last.lang.toLowerCase().startsWith(lang);
    const wordOk = WORDS[lang].test(last.text);
    return langOk && wordOk;
  }, { timeout, interval: 100 }).catch(() => {
    const other = lang === 'fr' ? 'en' : 'fr';
    throw new Error(`UI is not in ${lang}: <html lang="${last?.lang}">, `
      + `${lang} UI words ${WORDS[lang].test(last?.text || '') ? 'found' : 'missing'}, `
      + `${other} UI words ${WORDS[other].test(last?.text || '') ? 'found' : 'missing'}; `
      + `UI text starts ${JSON.stringify((last?.text || '').replace(/\s+/g, ' ').trim().slice(0, 200))}`);
  });
  assert(true, 'language');
}
