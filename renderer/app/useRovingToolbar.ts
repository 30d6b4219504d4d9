import type { RefObject } from 'react';
import { useRovingFocus } from './useRovingFocus';

/**
 * A toolbar as the ARIA pattern has it: one Tab stop, ←/→ (round from either end), Home and End move
 * between its buttons — so Tab goes past fourteen formatting buttons in one step instead of fourteen.
 */
export function useRovingToolbar(toolbar: RefObject<HTMLElement | null>) {
  return useRovingFocus(toolbar, { items: 'button', orientation: 'horizontal', wrap: true });
}
