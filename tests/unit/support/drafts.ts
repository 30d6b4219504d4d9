import { $getRoot, $isTextNode, type ElementNode, type LexicalEditor } from 'lexical';
import type { CallApi } from '../../../shared/api/contract';
import { ArticleDraft } from '../../../renderer/articles/ArticleDraft';
import { edit } from './articles';
import { paragraphs } from './documents';
import { openTestServices, type TestServices } from './services';

let opened: TestServices | null = null;

/** The real services, opened for one test: `closeServices` (after each test) closes them. */
export async function openServices(): Promise<TestServices> {
  opened = await openTestServices();
  return opened;
}

export function closeServices(): void {
  opened?.close();
  opened = null;
}

/** An article saved through the real services with `lines` as its body. */
export async function storedArticle(lines: string[]) {
  const s = await openServices();
  const created = await s.ok('articles.create', {});
  await s.ok('articles.save', edit(created, { headline: 'Banjir', body: paragraphs(...lines) }));
  return { s, article: await s.ok('articles.get', { id: created.id }) };
}

/** A draft of that article over the real services, with every articles.save input kept to see what it sent. */
export async function draftOf(lines: string[]) {
  const { s, article } = await storedArticle(lines);
  const sent: Array<Record<string, unknown>> = [];
  const call = ((method, input) => {
    if (method === 'articles.save') sent.push(input as Record<string, unknown>);
    return s.call(method, input);
  }) as CallApi;
  return { s, article, sent, draft: new ArticleDraft(article, call) };
}

/** Appends `words` to the text of the body's block number `block`, as typing there would. */
export function typeInto(editor: LexicalEditor, block: number, words: string): void {
  editor.update(
    () => {
      const node = $getRoot().getChildAtIndex<ElementNode>(block)!.getFirstDescendant()!;
      if ($isTextNode(node)) node.setTextContent(`${node.getTextContent()} ${words}`);
    },
    { discrete: true },
  );
}

/** A 500-paragraph body. */
export const LINES = Array.from({ length: 500 }, (_, i) => `Paragraf ${i + 1} tentang banjir.`);
