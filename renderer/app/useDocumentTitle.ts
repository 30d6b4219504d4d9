import { useEffect } from 'react';

/**
 * The window's title — what a browser tab, the taskbar and a screen reader switching windows say:
 * what is shown, then the app's name. Null leaves it to a view further in (the article names itself).
 */
export function useDocumentTitle(shown: string | null, app: string): void {
  useEffect(() => {
    if (shown === null) return;
    const words = shown.replace(/\s+/gu, ' ').trim();
    document.title = words ? `${words} – ${app}` : app;
  }, [shown, app]);
}
