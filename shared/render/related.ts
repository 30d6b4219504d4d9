import { element, join, NEWLINE, text, EMPTY, type Html } from './html';
import type { ExportLabels } from './labels';

/** A related link as published: the title to print and the address it goes to (already checked). */
export interface PublishedRelatedLink {
  title: string;
  href: string;
}

/**
 * The "Baca juga: <title>" line, where the editor placed it between paragraphs. The title runs in its
 * own direction (dir="auto"): after the Latin label the line runs left to right, and an Arabic title's
 * question mark would otherwise stand at its start.
 */
export function renderRelatedLine(link: PublishedRelatedLink, labels: ExportLabels): Html {
  return element(
    'p',
    { class: 'related' },
    element('span', { class: 'read-also' }, text(labels.readAlso)),
    text(' '),
    element('a', { href: link.href, dir: 'auto' }, text(link.title)),
  );
}

/** After the body (EXPORT.md's structure): every related link of the article, each once. */
export function renderRelatedSection(links: readonly PublishedRelatedLink[], labels: ExportLabels): Html {
  const seen = new Set<string>();
  const unique = links.filter((link) => !seen.has(link.href) && (seen.add(link.href), true));
  if (unique.length === 0) return EMPTY;
  return element(
    'section',
    { class: 'related-links' },
    NEWLINE,
    element('h2', {}, text(labels.readAlso)),
    NEWLINE,
    element(
      'ul',
      {},
      join(unique.map((link) => element('li', {}, element('a', { href: link.href }, text(link.title))))),
    ),
    NEWLINE,
  );
}
