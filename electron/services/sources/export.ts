import type { Database } from 'better-sqlite3';
import type { UiLanguage } from '../../../shared/api/settings';
import type { Source } from '../../../shared/api/source';
import type { ExportAttribution, ExportSource } from '../../../shared/render/sources';
import { articleSourcing } from './article-sources';

/**
 * An article's sources as its package shows them: each source once, with every role it has in this
 * article (tagged, added by hand, credited on a photo), and the "Dikutip dari …" line — the editor's
 * own when set, else the one generated from the syndicated sources.
 */
export function exportAttribution(db: Database, articleId: string, language: UiLanguage): ExportAttribution {
  const sourcing = articleSourcing(db, articleId, language);
  const printedChangedAt = db.prepare('SELECT printed_changed_at FROM sources WHERE id = ?').pluck();
  const byId = new Map<string, ExportSource>();
  const add = (source: Source, role: ExportSource['roles'][number]) => {
    const { id, name, kind, role: title, organisation, url } = source;
    const entry = byId.get(id) ?? {
      id,
      name,
      kind,
      role: title,
      organisation,
      url,
      roles: [],
      printedChangedAt: printedChangedAt.get(id) as string,
    };
    if (!entry.roles.includes(role)) entry.roles.push(role);
    byId.set(id, entry);
  };
  for (const { source, role } of sourcing.entries) add(source, role);
  for (const credit of sourcing.photoCredits) if (credit.source) add(credit.source, 'photo');
  return {
    sources: [...byId.values()],
    quotedFrom: sourcing.quotedFrom || sourcing.quotedFromGenerated,
  };
}
