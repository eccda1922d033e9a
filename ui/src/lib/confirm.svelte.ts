// Asking before a destructive action: `await confirmAction(...)` shows the
// one ConfirmDialog of the app and resolves true (confirmed) or false.
import type { MessageKey } from './i18n/index.svelte';

export interface ConfirmRequest {
  title: MessageKey;
  body: MessageKey;
  ok: MessageKey;
  values: Record<string, string>;
  resolve: (confirmed: boolean) => void;
}

export const confirmation = $state<{ request: ConfirmRequest | null }>({ request: null });

export function confirmAction(
  title: MessageKey,
  body: MessageKey,
  ok: MessageKey,
  values: Record<string, string> = {},
): Promise<boolean> {
  confirmation.request?.resolve(false);
  return new Promise((resolve) => {
    confirmation.request = { title, body, ok, values, resolve };
  });
}

export function answer(confirmed: boolean): void {
  const request = confirmation.request;
  confirmation.request = null;
  request?.resolve(confirmed);
}
