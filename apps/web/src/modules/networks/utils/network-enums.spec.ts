import { createI18n } from '../../../i18n/i18n';
import { allMessages } from '../../../test/messages';
import {
  LIFECYCLE_STAGES,
  NETWORK_KINDS,
  SCOPES,
  SECTORS,
  SORTS,
  VISIBILITIES,
  isSector,
  kindHint,
  kindLabel,
  scopeLabel,
  sectorLabel,
  sortLabel,
  stageLabel,
  visibilityHint,
  visibilityLabel,
} from './network-enums';

describe.each(['en', 'cy'])('enum labels in %s', (lng) => {
  const t = createI18n({ lng, preloaded: allMessages }).getFixedT(lng, 'networks');
  const labels = [
    ...NETWORK_KINDS.flatMap((kind) => [kindLabel(t, kind), kindHint(t, kind)]),
    ...SECTORS.map((sector) => sectorLabel(t, sector)),
    ...SCOPES.map((scope) => scopeLabel(t, scope)),
    ...LIFECYCLE_STAGES.map((stage) => stageLabel(t, stage)),
    ...VISIBILITIES.flatMap((visibility) => [visibilityLabel(t, visibility), visibilityHint(t, visibility)]),
    ...SORTS.map((sort) => sortLabel(t, sort)),
  ];

  it('gives every enum value a human label, never the key or the enum name', () => {
    for (const label of labels) {
      expect(label).not.toMatch(/^networks\./);
      expect(label).not.toMatch(/^[A-Z_]+$/);
    }
  });

  it('labels sectors distinctly', () => {
    expect(new Set(SECTORS.map((sector) => sectorLabel(t, sector))).size).toBe(SECTORS.length);
  });
});

describe('enum labels', () => {
  it('reads plainly in English', () => {
    const t = createI18n({ lng: 'en', preloaded: allMessages }).getFixedT('en', 'networks');
    expect(sectorLabel(t, 'VOLUNTARY_SECTOR')).toBe('Voluntary sector');
    expect(kindLabel(t, 'COALITION')).toBe('Coalition');
  });

  it('recognises the API enum names it is sent', () => {
    expect(isSector('VOLUNTARY_SECTOR')).toBe(true);
    expect(isSector('voluntary')).toBe(false);
  });
});
