import type { StoredDocument, StoredNode } from '../../../shared/editor/document';

export const text = (value: string, format = 0): StoredNode => ({
  type: 'text',
  version: 1,
  text: value,
  format,
  detail: 0,
  mode: 'normal',
  style: '',
});

const block = (type: string, children: StoredNode[], extra: Record<string, unknown> = {}): StoredNode => ({
  type,
  version: 1,
  format: '',
  indent: 0,
  direction: 'ltr',
  children,
  ...extra,
});

export const paragraph = (...children: StoredNode[]): StoredNode =>
  block('paragraph', children, { textFormat: 0, textStyle: '' });
export const heading = (tag: 'h2' | 'h3', ...children: StoredNode[]): StoredNode =>
  block('heading', children, { tag });
export const quote = (...children: StoredNode[]): StoredNode => block('quote', children);
export const list = (listType: 'bullet' | 'number', ...items: StoredNode[]): StoredNode =>
  block('list', items, { listType, start: 1, tag: listType === 'bullet' ? 'ul' : 'ol' });
export const listItem = (...children: StoredNode[]): StoredNode => block('listitem', children, { value: 1 });
export const link = (url: string, ...children: StoredNode[]): StoredNode =>
  block('link', children, { url, rel: null, target: null, title: null });
export const linebreak = (): StoredNode => ({ type: 'linebreak', version: 1 });

export const documentOf = (...children: StoredNode[]): StoredDocument => ({
  root: { type: 'root', version: 1, format: '', indent: 0, direction: 'ltr', children },
});

/** A body of plain paragraphs, one per line of text. */
export const paragraphs = (...lines: string[]): StoredDocument =>
  documentOf(...lines.map((line) => paragraph(text(line))));

/** A span attributed to a registry source (the body's `source` mark). */
export const sourceMark = (sourceId: string, ...children: StoredNode[]): StoredNode =>
  block('source', children, { sourceId });

/** A photo block as the body stores it; what is not given is a complete caption, credit and alt text. */
export const photoBlock = (
  photoId: string,
  fields: { caption?: string; credit?: string; altText?: string } = {},
): StoredNode => ({
  type: 'photo',
  version: 1,
  photoId,
  caption: fields.caption ?? 'PELABUHAN: Kapal bersandar di pelabuhan Vladivostok, Rabu (13/9/2023).',
  credit: fields.credit ?? 'VLADIMIR SMIRNOV/AFP/VIA TRIBUNNEWS',
  altText: fields.altText ?? 'Kapal-kapal di dermaga',
});
