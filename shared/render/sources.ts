import { say } from '../api/wording';
import type { UiLanguage } from '../api/settings';
import type { SourceKind, SourceRole } from '../api/source';
import { hasCredentials, linkAddress, sourceAddress, webAddress } from '../text/urls';
import type { RenderIssue } from './body';
import { balancedBidi, EMPTY, element, join, NEWLINE, text, type Html } from './html';
import type { ExportLabels } from './labels';

/** One source as the package names it. */
export interface ExportSource {
  id: string;
  name: string;
  kind: SourceKind;
  /** Role or title and organisation, as typed in the registry. */
  role: string;
  organisation: string;
  url: string;
  /** What it did for this article, in the order first listed. */
  roles: SourceRole[];
  /**
   * The last change to what the package prints of the registry entry (a renamed source, not its
   * notes): the package's modified time may follow it.
   */
  printedChangedAt: string;
}

/** An article's sources for its package: the list, and the "Dikutip dari …" line (maybe empty). */
export interface ExportAttribution {
  sources: ExportSource[];
  quotedFrom: string;
}

export const NO_ATTRIBUTION: ExportAttribution = { sources: [], quotedFrom: '' };

const ROLE_WORDS: Record<UiLanguage, Record<SourceRole, string>> = {
  id: { quoted: 'dikutip', cited: 'dirujuk', photo: 'foto', syndicated: 'sindikasi' },
  en: { quoted: 'quoted', cited: 'cited', photo: 'photo', syndicated: 'syndicated' },
};

/** The sources' names by id, for the title on each attributed span of the body. */
export function sourceNames(attribution: ExportAttribution): Map<string, string> {
  return new Map(attribution.sources.map((source) => [source.id, source.name]));
}

function renderSource(source: ExportSource, language: UiLanguage, issues: RenderIssue[]): Html {
  // Stored before addresses were completed as they are saved: "antaranews.com" was a relative link.
  const url = sourceAddress(source.url);
  let name = element('span', { class: 'source-name' }, text(source.name));
  const href = url ? linkAddress(url) : null;
  if (href !== null) name = element('a', { href, class: 'source-name' }, text(source.name));
  else if (url) {
    const credentials = hasCredentials(url);
    issues.push({
      level: 'warning',
      code: credentials ? 'LINK_CREDENTIALS' : 'UNSAFE_LINK',
      ...say(credentials ? 'export.credentialsSourceLink' : 'export.unsafeSourceLink', {
        name: source.name.slice(0, 60),
      }),
    });
  }
  const about = [source.role, source.organisation]
    .map((part) => part.trim())
    .filter(Boolean)
    .map(balancedBidi)
    .join(', ');
  const roles = source.roles.map((role) => ROLE_WORDS[language][role]).join(', ');
  return element(
    'li',
    {},
    name,
    about ? text(`, ${about}`) : EMPTY,
    roles ? element('span', { class: 'source-role' }, text(` (${roles})`)) : EMPTY,
  );
}

/**
 * The article's `Sumber:` / `Sources:` section: the "Dikutip dari …" line, then each source with
 * what it did and its web address when it is a safe one. Nothing when the article names no source.
 */
export function renderSourcesSection(
  attribution: ExportAttribution,
  labels: ExportLabels,
  language: UiLanguage,
  issues: RenderIssue[],
): Html {
  const { sources, quotedFrom } = attribution;
  if (sources.length === 0 && !quotedFrom.trim()) return EMPTY;
  return element(
    'section',
    { class: 'sources' },
    NEWLINE,
    element('h2', {}, text(labels.sources)),
    NEWLINE,
    quotedFrom.trim()
      ? join([element('p', { class: 'quoted-from' }, text(quotedFrom.trim())), NEWLINE])
      : EMPTY,
    sources.length > 0
      ? join([
          element('ul', {}, join(sources.map((source) => renderSource(source, language, issues)))),
          NEWLINE,
        ])
      : EMPTY,
  );
}

/** ninjs `infoSources`: each source with its role (the publisher is added by the ninjs writer). */
export function infoSources(
  attribution: ExportAttribution,
): Array<{ name: string; role: string; uri?: string }> {
  return attribution.sources.flatMap((source) => {
    const uri = webAddress(sourceAddress(source.url));
    return source.roles.map((role) => ({ name: source.name, role, ...(uri ? { uri } : {}) }));
  });
}
