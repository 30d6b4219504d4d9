import { say, type Wording } from '../api/wording';
import { documentPlainText, type StoredNode } from '../editor/document';
import { KNOWN_NODE_TYPES } from '../editor/nodes';
import { addressWithoutCredentials, hasCredentials, isSafeUrl, linkAddress } from '../text/urls';
import { EMPTY, element, join, NEWLINE, text, type Html } from './html';

/** A problem found while rendering: the exporter turns these into preflight errors or warnings. */
export interface RenderIssue {
  level: 'error' | 'warning';
  code: string;
  message: string;
  wording?: Wording;
}

export interface BodyContext {
  issues: RenderIssue[];
  /** Block nodes other issues add (photo, related link…) are rendered by the package writer. */
  renderBlock?: (node: StoredNode, context: BodyContext) => Html | null;
  /** Inline markup put before the first paragraph's text (the dateline). */
  leadIn?: Html;
  /** Whether an h2 came before on this page: an h3 may not follow the h1 directly (valid outline). */
  sawSectionHeading?: boolean;
  /** A registry source's name by id, for the title of an attributed span; absent in a bare preview. */
  sourceName?: (id: string) => string | undefined;
}

type Render = (node: StoredNode, context: BodyContext) => Html;

const FORMAT = { bold: 1, italic: 2, strikethrough: 4, underline: 8 } as const;

const str = (value: unknown): string => (typeof value === 'string' ? value : '');
const children = (node: StoredNode): StoredNode[] => node.children ?? [];

function renderText(node: StoredNode): Html {
  const format = typeof node.format === 'number' ? node.format : 0;
  let html = text(str(node.text));
  if (format & FORMAT.strikethrough) html = element('s', {}, html);
  if (format & FORMAT.underline) html = element('u', {}, html);
  if (format & FORMAT.italic) html = element('em', {}, html);
  if (format & FORMAT.bold) html = element('strong', {}, html);
  return html;
}

function renderInline(nodes: StoredNode[], context: BodyContext): Html {
  return join(nodes.map((node) => renderNode(node, context)));
}

const INLINE: Record<string, Render> = {
  text: renderText,
  linebreak: () => element('br'),
  tab: () => text('\t'),
  link: (node, context) => {
    const url = str(node.url);
    const inner = renderInline(children(node), context);
    const href = linkAddress(url);
    if (href !== null) return element('a', { href }, inner);
    if (hasCredentials(url)) {
      context.issues.push({
        level: 'warning',
        code: 'LINK_CREDENTIALS',
        ...say('export.credentialsLink', { url: addressWithoutCredentials(url).slice(0, 60) }),
      });
      return inner;
    }
    context.issues.push({
      level: 'warning',
      code: 'UNSAFE_LINK',
      ...(url.trim()
        ? say(isSafeUrl(url.trim()) ? 'export.badLink' : 'export.unsafeLink', { url: url.slice(0, 60) })
        : say('export.emptyLink', {
            words: documentPlainText({ root: { type: 'root', children: children(node) } }).slice(0, 60),
          })),
    });
    return inner;
  },
};
INLINE.autolink = INLINE.link!;
// An attributed span keeps its words and says whose they are: the name as a title, the id as data.
INLINE.source = (node, context) => {
  const id = str(node.sourceId);
  const name = context.sourceName?.(id);
  if (context.sourceName && name === undefined) {
    context.issues.push({
      level: 'warning',
      code: 'UNKNOWN_SOURCE',
      ...say('export.unknownSource'),
    });
  }
  return element(
    'span',
    { class: 'attributed', 'data-source': id || undefined, title: name },
    renderInline(children(node), context),
  );
};

/**
 * The items of a list. The editor keeps a nested list in an item of its own that holds only that
 * list; the page puts it inside the item before it, where it belongs in HTML (`<li>text<ul>…</ul></li>`).
 */
function renderListItems(items: StoredNode[], context: BodyContext): Html {
  const rendered: Html[][] = [];
  for (const item of items) {
    const inner = children(item);
    const onlyLists = inner.length > 0 && inner.every((child) => child.type === 'list');
    const html = renderInline(inner, context);
    const previous = rendered.at(-1);
    if (onlyLists && previous) previous.push(html);
    else rendered.push([html]);
  }
  return join(rendered.map((parts) => element('li', {}, ...parts)));
}

const LINE_BLOCKS = new Set(['paragraph', 'heading', 'quote', 'list', 'listitem']);

/**
 * A quote's words as lines: its own inline content, and the lines of any block a paste left inside it
 * (paragraphs, a list, another quote) — one paragraph of lines, so the page is valid HTML.
 */
function quoteLines(node: StoredNode): StoredNode[][] {
  const lines: StoredNode[][] = [];
  let line: StoredNode[] = [];
  for (const child of children(node)) {
    if (!LINE_BLOCKS.has(child.type)) {
      line.push(child);
      continue;
    }
    if (line.length > 0) lines.push(line);
    line = [];
    lines.push(...quoteLines(child));
  }
  if (line.length > 0) lines.push(line);
  return lines;
}

const BLOCKS: Record<string, Render> = {
  paragraph: (node, context) => {
    const inner = renderInline(children(node), context);
    if (inner.markup.trim() === '') return EMPTY;
    const leadIn = context.leadIn;
    context.leadIn = undefined;
    return element('p', {}, leadIn ?? EMPTY, inner);
  },
  heading: (node, context) => {
    const minor = node.tag === 'h3' || node.tag === 'h4' || node.tag === 'h5' || node.tag === 'h6';
    const tag = minor && context.sawSectionHeading ? 'h3' : 'h2';
    context.sawSectionHeading = true;
    return element(tag, {}, renderInline(children(node), context));
  },
  quote: (node, context) =>
    element(
      'blockquote',
      {},
      element(
        'p',
        {},
        join(
          quoteLines(node).map((line) => renderInline(line, context)),
          element('br'),
        ),
      ),
    ),
  list: (node, context) => {
    const tag = node.listType === 'number' ? 'ol' : 'ul';
    // A whole number only: HTML's start is an integer ("2.5" or "1e+30" is no valid page).
    const start =
      tag === 'ol' && Number.isSafeInteger(node.start) && node.start !== 1
        ? (node.start as number)
        : undefined;
    // Its own direction, as in the editor: an Arabic list's numbers stand on the right, in a
    // left-to-right publication too (the paragraphs' CSS, unicode-bidi: plaintext, moves no marker).
    // On the list alone: dir="auto" skips the text of descendants with a dir of their own.
    return element(tag, { start, dir: 'auto' }, renderListItems(children(node), context));
  },
};

/** Renders one node of the stored body; a type the exporter does not know is an error, never skipped silently. */
export function renderNode(node: StoredNode, context: BodyContext): Html {
  const inline = INLINE[node.type];
  if (inline) return inline(node, context);
  const block = BLOCKS[node.type];
  if (block) return block(node, context);
  const custom = context.renderBlock?.(node, context);
  if (custom) return custom;
  // A known block where it cannot stand (a page break inside a list, a list item outside one).
  if (KNOWN_NODE_TYPES.has(node.type)) {
    context.issues.push({
      level: 'error',
      code: 'MISPLACED_NODE',
      ...say('export.misplacedNode', { type: node.type }),
    });
    return EMPTY;
  }
  context.issues.push({
    level: 'error',
    code: 'UNKNOWN_NODE',
    ...say('export.unknownNode', { type: node.type }),
  });
  return EMPTY;
}

/** Top-level blocks of one page (or of the whole article), one per line. */
export function renderBlocks(blocks: StoredNode[], context: BodyContext): Html {
  const rendered = blocks.map((block) => renderNode(block, context)).filter((html) => html.markup !== '');
  return join(rendered, NEWLINE);
}
