import { describe, expect, it } from 'vitest';
import { EXPORT_LABELS } from '../../../../shared/render/labels';
import { infoSources, renderSourcesSection } from '../../../../shared/render/sources';

const RLO = '\u202e';
const PDF = '\u202c';

describe('the Sources section', () => {
  it('ends a right-to-left override in a source’s role before the organisation and the roles that follow it', () => {
    const html = renderSourcesSection(
      {
        sources: [
          {
            id: 's1',
            name: `Ahmad ${RLO}Yani`,
            kind: 'person',
            role: `Kepala ${RLO}Humas`,
            organisation: 'Polda Sumut',
            url: '',
            roles: ['quoted'],
            printedChangedAt: '2025-09-13T07:30:00.000Z',
          },
        ],
        quotedFrom: '',
      },
      EXPORT_LABELS.id,
      'id',
      [],
    ).markup;
    expect(html).toContain(
      `<li><span class="source-name">Ahmad ${RLO}Yani${PDF}</span>, Kepala ${RLO}Humas${PDF}, Polda Sumut<span class="source-role"> (dikutip)</span></li>`,
    );
  });

  it('links a source whose address was stored without a scheme to the server, never as a relative link', () => {
    const source = (url: string) => ({
      id: url,
      name: `Sumber ${url}`,
      kind: 'outlet' as const,
      role: '',
      organisation: '',
      url,
      roles: ['cited' as const],
      printedChangedAt: '2025-09-13T07:30:00.000Z',
    });
    const attribution = {
      sources: [source('antaranews.com'), source('www.kompas.id/berita'), source('redaksi@kompas.id')],
      quotedFrom: '',
    };
    const html = renderSourcesSection(attribution, EXPORT_LABELS.id, 'id', []).markup;
    expect(html).toContain('href="https://antaranews.com/"');
    expect(html).toContain('href="https://www.kompas.id/berita"');
    expect(html).toContain('href="mailto:redaksi@kompas.id"');
    expect(infoSources(attribution).map((entry) => entry.uri)).toEqual([
      'https://antaranews.com/',
      'https://www.kompas.id/berita',
      undefined,
    ]);
  });
});
