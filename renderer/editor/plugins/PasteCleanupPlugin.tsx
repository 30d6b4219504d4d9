import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $createHeadingNode, HeadingNode, QuoteNode } from '@lexical/rich-text';
import { AutoLinkNode, LinkNode } from '@lexical/link';
import { mergeRegister } from '@lexical/utils';
import { ParagraphNode, TextNode, type ElementNode } from 'lexical';
import { HEADING_TAGS, SUPPORTED_TEXT_FORMATS } from '../../../shared/editor/nodes';
import { isSafeUrl } from '../../../shared/text/urls';

const clearBlockFormatting = (node: ElementNode): void => {
  if (node.getFormatType() !== '') node.setFormat('');
  if (node.getIndent() !== 0) node.setIndent(0);
};

const unwrapUnsafeLink = (link: LinkNode): void => {
  if (isSafeUrl(link.getURL())) return;
  for (const child of link.getChildren()) link.insertBefore(child);
  link.remove();
};

/**
 * Keeps the body to what Redaksi supports, however content arrives (Word, Google Docs, a web page,
 * another editor): inline styles, colours, code/sub/superscript and alignment are dropped, headings
 * other than h2/h3 are mapped onto them, and links with unsafe schemes become plain text.
 * Transforms run on every change, so undo and typing are covered as well as paste.
 */
export function PasteCleanupPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      mergeRegister(
        editor.registerNodeTransform(TextNode, (node) => {
          const format = node.getFormat();
          if ((format & ~SUPPORTED_TEXT_FORMATS) !== 0) node.setFormat(format & SUPPORTED_TEXT_FORMATS);
          if (node.getStyle() !== '') node.setStyle('');
        }),
        editor.registerNodeTransform(ParagraphNode, clearBlockFormatting),
        editor.registerNodeTransform(QuoteNode, clearBlockFormatting),
        editor.registerNodeTransform(HeadingNode, (node) => {
          clearBlockFormatting(node);
          const tag = node.getTag();
          if ((HEADING_TAGS as readonly string[]).includes(tag)) return;
          const replacement = $createHeadingNode(tag === 'h1' ? 'h2' : 'h3');
          replacement.append(...node.getChildren());
          node.replace(replacement);
        }),
        editor.registerNodeTransform(LinkNode, unwrapUnsafeLink),
        editor.registerNodeTransform(AutoLinkNode, unwrapUnsafeLink),
      ),
    [editor],
  );
  return null;
}
