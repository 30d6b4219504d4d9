import type { Source } from '../../shared/api/source';

/** Who a source is, in one line: its kind, then role and organisation when known. */
export function sourceSummary(source: Source, kindLabel: string): string {
  return [kindLabel, source.role, source.organisation].filter(Boolean).join(' · ');
}
