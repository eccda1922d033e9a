// The app's one autosaver and the state the save-status indicator shows.
import { Autosaver, type SaveState } from './autosave';
import { notifyError } from './notices.svelte';

export const saveStatus = $state<{ state: SaveState; failed: string[] }>({ state: 'saved', failed: [] });

export const saver = new Autosaver({
  onChange(state, failed) {
    saveStatus.state = state;
    saveStatus.failed = [...failed];
  },
  onError(_key, error) {
    notifyError(error, 'errors.saveFailed');
  },
});

/**
 * What a field calls: `edit` at each keystroke (debounced save), `flush` when
 * it loses focus (saves what is waiting, if anything), `commit` when a
 * discrete control changed (select, checkbox, date: saves now).
 */
export interface SaveHook {
  edit(): void;
  flush(): void;
  commit(): void;
}
