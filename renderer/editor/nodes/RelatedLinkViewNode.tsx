import type { JSX } from 'react';
import { RELATED_LINK_TYPE, RelatedLinkNode } from '../../../shared/editor/RelatedLinkNode';
import { RelatedLinkView } from './RelatedLinkView';

/** The editor's related link: the headless node with a React view, same type (see editorNodes.ts). */
export class RelatedLinkViewNode extends RelatedLinkNode {
  override $config() {
    return this.config(RELATED_LINK_TYPE, { extends: RelatedLinkNode });
  }

  override decorate(): JSX.Element {
    return <RelatedLinkView nodeKey={this.getKey()} link={this.getRelated()} />;
  }
}
