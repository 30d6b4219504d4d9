import type { JSX } from 'react';
import { PHOTO_TYPE, PhotoNode } from '../../../shared/editor/PhotoNode';
import { PhotoComponent } from './PhotoComponent';

/**
 * The editor's photo block: the headless node with a React view. It keeps the type 'photo' and is
 * registered in the headless node's place (see editorNodes.ts), so stored JSON is unchanged.
 */
export class PhotoViewNode extends PhotoNode {
  override $config() {
    return this.config(PHOTO_TYPE, { extends: PhotoNode });
  }

  override decorate(): JSX.Element {
    return <PhotoComponent nodeKey={this.getKey()} photo={this.getPhoto()} />;
  }
}
