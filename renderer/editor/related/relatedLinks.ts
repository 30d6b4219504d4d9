import { createCommand, type LexicalNode, type NodeKey } from 'lexical';
import type { OpenUndoStep } from '../bodyHistory';
import {
  $createRelatedLinkNode,
  type RelatedLinkFields,
  type RelatedLinkNode,
} from '../../../shared/editor/RelatedLinkNode';
import { normalizeTypedUrl, webAddress } from '../../../shared/text/urls';
import { $insertBlocks, $selectedBlock } from '../blocks';

/**
 * Opens the related-link picker: `null` to insert a new link after the selection's block (toolbar
 * "Insert related link"), `{ change }` to change that link. From the insert menu, `onCancel` runs if
 * the picker closes with nothing chosen (the menu puts its "/…" back), and the link chosen joins
 * `step`, the menu's undo step that took the "/…" away.
 */
export const OPEN_RELATED_LINK_PICKER_COMMAND = createCommand<{
  change?: NodeKey;
  onCancel?: () => void;
  step?: OpenUndoStep;
} | null>('OPEN_RELATED_LINK_PICKER_COMMAND');

/** Inserts a related link as its own block after `after` (the selection's block by default). */
export function $insertRelatedLink(
  fields: RelatedLinkFields,
  after: LexicalNode | null = $selectedBlock(),
): RelatedLinkNode {
  return $insertBlocks([$createRelatedLinkNode(fields)], after)[0]!;
}

/** A typed web address made into one a related link may carry (http or https, normalised), or null. */
export const relatedAddress = (typed: string): string | null => webAddress(normalizeTypedUrl(typed));

/** What the link shows under its title in the editor: the site it goes to, or that it is an article. */
export function relatedHost(url: string): string | null {
  return URL.canParse(url) ? new URL(url).host : null;
}
