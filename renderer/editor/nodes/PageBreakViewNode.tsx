import type { JSX } from 'react';
import { PAGE_BREAK_TYPE, PageBreakNode } from '../../../shared/editor/PageBreakNode';
import { PageBreakView } from './PageBreakView';

/**
 * The editor's page break: the headless node with a React view. It keeps the type 'page-break' and is
 * registered in the headless node's place (see editorNodes.ts), so stored JSON is unchanged.
 */
export class PageBreakViewNode extends PageBreakNode {
  override $config() {
    return this.config(PAGE_BREAK_TYPE, { extends: PageBreakNode });
  }

  override decorate(): JSX.Element {
    return <PageBreakView nodeKey={this.getKey()} />;
  }
}
