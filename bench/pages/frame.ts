/** Shared by the baseline pages: what the harness calls on `window.benchPage`. */
export interface BenchPage {
  /** The editable element the keystroke probe watches. */
  root(): HTMLElement;
  /** Builds a fresh editor from the document's JSON text; resolves with ms until it accepts input. */
  open(): Promise<number>;
  /** JSON.stringify of the editor's current state, in ms (B3's baseline). */
  stringify(): number;
}

declare global {
  interface Window {
    benchPage?: BenchPage;
  }
}

/** Resolves after the next frame has been rendered (rAF, then a task queued from it). */
export const afterFrame = (): Promise<number> =>
  new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(0);
    }),
  );

/** The document JSON the harness serves, as text, named by the page's `?doc=` parameter. */
export async function fetchDocument(kind: 'lexical' | 'pm'): Promise<string> {
  const name = new URLSearchParams(location.search).get('doc') ?? 'large';
  const response = await fetch(`docs/${name}.${kind}.json`);
  return response.text();
}

export function freshMount(): HTMLElement {
  const column = document.getElementById('column')!;
  column.replaceChildren();
  const mount = document.createElement('div');
  mount.className = 'bench-editor';
  column.append(mount);
  return mount;
}
