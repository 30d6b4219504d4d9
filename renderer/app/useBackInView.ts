import { useEffect } from 'react';

/**
 * Runs `onBack` when this window or tab comes back into use (it gets the focus, or its page shows
 * again): another window may have changed what it shows meanwhile, so it reads it again.
 */
export function useBackInView(onBack: () => void): void {
  useEffect(() => {
    const onVisible = () => {
      if (document.visibilityState === 'visible') onBack();
    };
    window.addEventListener('focus', onVisible);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      window.removeEventListener('focus', onVisible);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [onBack]);
}
