import { directoryExportUrl } from './directory-export';
import { parseDirectoryParams } from './directory-params';
import { readDirectoryView, withDirectoryView } from './directory-view';
import { filenameFromDisposition } from './download-file';

const exportParams = (url: string) => new URL(url, 'https://weave.test').searchParams;

describe('directoryExportUrl', () => {
  it('exports everything, by name, when nothing is chosen', () => {
    expect(directoryExportUrl(parseDirectoryParams(new URLSearchParams()), 'en-GB')).toBe('/api/networks/export.csv?sort=NAME&lang=en');
  });

  it('carries the search, filters and sort under the names the export endpoint takes', () => {
    const state = parseDirectoryParams(
      new URLSearchParams(
        'q=food bank&kind=COALITION&kind=NETWORK&region=WALES&theme=food&sector=FUNDER&scope=LOCAL&stage=ACTIVE&sort=NEWEST',
      ),
    );
    const params = exportParams(directoryExportUrl(state, 'cy'));
    expect(params.get('search')).toBe('food bank');
    expect(params.getAll('kinds')).toEqual(['COALITION', 'NETWORK']);
    expect(params.getAll('regions')).toEqual(['WALES']);
    expect(params.getAll('themes')).toEqual(['food']);
    expect(params.getAll('sectors')).toEqual(['FUNDER']);
    expect(params.getAll('scopes')).toEqual(['LOCAL']);
    expect(params.getAll('lifecycleStages')).toEqual(['ACTIVE']);
    expect(params.get('sort')).toBe('NEWEST');
    expect(params.get('lang')).toBe('cy');
    expect(params.has('q') || params.has('kind')).toBe(false);
  });

  it('sorts by relevance when there is a search and no chosen sort, as the list does', () => {
    expect(exportParams(directoryExportUrl(parseDirectoryParams(new URLSearchParams('q=food')), 'en')).get('sort')).toBe('RELEVANCE');
  });
});

describe('directory view', () => {
  it('is the list unless the URL asks for the map', () => {
    expect(readDirectoryView(new URLSearchParams())).toBe('list');
    expect(readDirectoryView(new URLSearchParams('view=map'))).toBe('map');
    expect(readDirectoryView(new URLSearchParams('view=globe'))).toBe('list');
  });

  it('only writes the map into the URL, keeping everything else', () => {
    expect(withDirectoryView(new URLSearchParams('q=food'), 'map').toString()).toBe('q=food&view=map');
    expect(withDirectoryView(new URLSearchParams('q=food&view=map'), 'list').toString()).toBe('q=food');
  });
});

describe('filenameFromDisposition', () => {
  it('takes the name the server suggests, or falls back', () => {
    expect(filenameFromDisposition('attachment; filename="weave-networks-2025-01-02.csv"', 'x.csv')).toBe('weave-networks-2025-01-02.csv');
    expect(filenameFromDisposition('attachment', 'x.csv')).toBe('x.csv');
    expect(filenameFromDisposition(null, 'x.csv')).toBe('x.csv');
  });
});
