import type { Klass, LexicalNode } from 'lexical';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { ListItemNode, ListNode } from '@lexical/list';
import { AutoLinkNode, LinkNode } from '@lexical/link';
import { PageBreakNode } from './PageBreakNode';
import { PhotoNode } from './PhotoNode';
import { RelatedLinkNode } from './RelatedLinkNode';
import { SourceMarkNode } from './SourceMarkNode';

/**
 * The one registry of node classes an article body may contain. The renderer's editor, the
 * stored-document validator and (later) the exporter all derive from this list, so a node added
 * here (photo, page-break, related-link, source) is known everywhere at once.
 */
export const BODY_NODES: ReadonlyArray<Klass<LexicalNode>> = [
  HeadingNode,
  QuoteNode,
  ListNode,
  ListItemNode,
  LinkNode,
  AutoLinkNode,
  PageBreakNode,
  PhotoNode,
  RelatedLinkNode,
  SourceMarkNode,
];

/** Node types Lexical itself always registers. */
const CORE_NODE_TYPES = ['root', 'paragraph', 'text', 'linebreak', 'tab'] as const;

export const KNOWN_NODE_TYPES: ReadonlySet<string> = new Set<string>([
  ...CORE_NODE_TYPES,
  ...BODY_NODES.map((node) => node.getType()),
]);

/** Heading levels the editor offers; others pasted in are turned into these. */
export const HEADING_TAGS = ['h2', 'h3'] as const;

/** Text formats kept in the body (Lexical's bit flags); everything else is dropped on paste. */
export const TEXT_FORMAT = { bold: 1, italic: 2, strikethrough: 4, underline: 8 } as const;
export const SUPPORTED_TEXT_FORMATS =
  TEXT_FORMAT.bold | TEXT_FORMAT.italic | TEXT_FORMAT.strikethrough | TEXT_FORMAT.underline;
