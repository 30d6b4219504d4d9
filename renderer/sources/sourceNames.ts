import type { Result } from '../../shared/api/errors';
import { api } from '../api/client';

type Listener = () => void;

/**
 * The names of registry sources by id, fetched in batches for the tags the editor shows (a tag's
 * JSON holds only the id). A name the registry no longer has is remembered as null. Cleared when this
 * window changes the registry (a rename or a merge), so the next look-up reads it afresh; read again
 * when the window comes back into view, for a change made in another window.
 */
class SourceNames {
  private readonly names = new Map<string, string | null>();
  private readonly pending = new Set<string>();
  private readonly listeners = new Set<Listener>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private version = 0;

  /** Changes whenever a name arrives or the cache is cleared (for useSyncExternalStore). */
  getVersion = (): number => this.version;

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The name, null when the source is gone, or undefined while it is still being looked up. */
  get(id: string): string | null | undefined {
    if (!this.names.has(id)) this.request(id);
    return this.names.get(id);
  }

  /** Remembers a name the app already has (a source just created or picked). */
  remember(id: string, name: string): void {
    this.names.set(id, name);
    this.emit();
  }

  /**
   * Asks the registry now for one source's name, null when it is gone (another window deleted it, or
   * merged it into another, since a list showed it), and remembers the answer for its tags.
   */
  async lookUpNow(id: string): Promise<Result<string | null>> {
    const result = await api('sources.list', { ids: [id], limit: 1 });
    if (!result.ok) return result;
    const name = result.value[0]?.name ?? null;
    this.names.set(id, name);
    this.emit();
    return { ok: true, value: name };
  }

  clear(): void {
    this.names.clear();
    this.emit();
  }

  /**
   * Reads every name it holds again, keeping the old ones until the new arrive (no tag loses its
   * title meanwhile): another window may have renamed or merged a source since they were read.
   */
  refresh(): void {
    for (const id of this.names.keys()) this.request(id);
  }

  private request(id: string): void {
    if (this.pending.has(id)) return;
    this.pending.add(id);
    this.timer ??= setTimeout(() => void this.load(), 0);
  }

  private async load(): Promise<void> {
    const ids = [...this.pending].slice(0, 500);
    this.timer = null;
    const result = await api('sources.list', { ids, limit: 1_000 });
    for (const id of ids) this.pending.delete(id);
    if (!result.ok) return;
    const found = new Map(result.value.map((source) => [source.id, source.name]));
    for (const id of ids) this.names.set(id, found.get(id) ?? null);
    if (this.pending.size > 0) this.timer = setTimeout(() => void this.load(), 0);
    this.emit();
  }

  private emit(): void {
    this.version += 1;
    for (const listener of this.listeners) listener();
  }
}

export const sourceNames = new SourceNames();
