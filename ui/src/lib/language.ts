// Changing the interface language: persisted by the backend (which also
// relabels the native menu), applied to the screen at once.
import { api } from './api';
import type { Language } from './generated/Language';
import { i18n } from './i18n/index.svelte';
import { notifyError } from './notices.svelte';

export async function chooseLanguage(language: Language): Promise<void> {
  await i18n.use(language);
  try {
    await api.setLanguage(language);
  } catch (error) {
    notifyError(error);
  }
}
