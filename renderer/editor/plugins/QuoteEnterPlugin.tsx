import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $createQuoteNode, $isQuoteNode } from '@lexical/rich-text';
import { $findMatchingParent } from '@lexical/utils';
import {
  $createParagraphNode,
  $getSelection,
  $isParagraphNode,
  $isRangeSelection,
  $isTextNode,
  COMMAND_PRIORITY_LOW,
  INSERT_PARAGRAPH_COMMAND,
} from 'lexical';
import { atBlockStart } from '../blocks';

/**
 * Enter in a quote keeps the quotation a quote. Lexical's own Enter made the words after the caret a
 * plain paragraph: at the quote's start that left an empty quote above and the speaker's words out of
 * it; in the middle, the second half lost its quote. Now Enter at the start opens an empty line above
 * (as in a heading or a paragraph), in the middle splits it into two quotes, and at the end opens a
 * paragraph after it, as before.
 */
export function QuoteEnterPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerCommand(
        INSERT_PARAGRAPH_COMMAND,
        () => {
          const selection = $getSelection();
          if (!$isRangeSelection(selection)) return false;
          const quote = $findMatchingParent(selection.anchor.getNode(), $isQuoteNode);
          if (!$isQuoteNode(quote) || quote.isEmpty()) return false;
          if ($findMatchingParent(selection.focus.getNode(), $isQuoteNode) !== quote) return false;
          if (selection.isCollapsed() && atBlockStart(selection.anchor, quote)) {
            quote.insertBefore($createParagraphNode());
            return true;
          }
          const rest = selection.insertParagraph();
          // The words after the caret are still the quotation, set as the quote was (its direction,
          // alignment, indent), without the space that stood after the sentence before.
          if ($isParagraphNode(rest) && !rest.isEmpty()) {
            const more = $createQuoteNode()
              .setFormat(quote.getFormatType())
              .setIndent(quote.getIndent())
              .setDirection(quote.getDirection());
            rest.replace(more, true);
            const first = more.getFirstChild();
            if ($isTextNode(first)) first.setTextContent(first.getTextContent().trimStart());
            more.selectStart();
          }
          return true;
        },
        COMMAND_PRIORITY_LOW,
      ),
    [editor],
  );
  return null;
}
