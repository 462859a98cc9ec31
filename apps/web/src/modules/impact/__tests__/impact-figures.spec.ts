import { chartData, figureRows, formatFigure, measuresShown } from '../utils/impact-figures';
import { anImpact } from './impact-fixtures';

describe('impact figures', () => {
  it('lays a measure out as a row per figure across the periods and the total, in the API’s order', () => {
    const rows = figureRows(anImpact(), 'NEW_TIES');
    expect(rows.map((row) => row.key)).toEqual(['NEW_TIES', 'NEW_TIES_ACROSS_NETWORKS', 'NEW_TIES_ACROSS_SECTORS']);
    expect(rows[2].cells.map((cell) => (cell?.suppressed ? 'hidden' : cell?.value))).toEqual(['hidden', 5, 8]);
  });

  it('keeps a feedback figure per scale apart, with empty period cells for figures of the whole answer only', () => {
    const rows = figureRows(anImpact(), 'FEEDBACK');
    expect(rows.map((row) => row.key)).toContain('SCALE_AFTER:TRUST');
    expect(rows.find((row) => row.key === 'SCALE_AFTER:NETWORKING')?.cells).toEqual([null, null, expect.objectContaining({ value: 3.9 })]);
  });

  it('leaves a suppressed figure out of a chart (null, never 0)', () => {
    const overTime = chartData(anImpact(), 'NEW_TIES', (item) => ('label' in item ? item.label : 'x'));
    expect(overTime.data[0]).toEqual({ category: '2026-Q3', NEW_TIES: 12, NEW_TIES_ACROSS_NETWORKS: 7, NEW_TIES_ACROSS_SECTORS: null });
    const beforeAfter = chartData(anImpact(), 'FEEDBACK', (item) => ('scale' in item ? String(item.scale) : ''));
    expect(beforeAfter.data).toEqual([
      { category: 'NETWORKING', before: 2.4, after: 3.9 },
      { category: 'TRUST', before: null, after: null },
    ]);
  });

  it('shows the measures in a fixed order, and writes shares, means and changes for people', () => {
    expect(measuresShown(anImpact({ shown: ['FEEDBACK', 'NEW_TIES'] }))).toEqual(['NEW_TIES', 'FEEDBACK']);
    expect(formatFigure('FEEDBACK_RESPONSE_RATE', 0.62, 'en')).toBe('62%');
    expect(formatFigure('SCALE_CHANGE', 1.5, 'cy')).toBe('+1.5');
    expect(formatFigure('NEW_TIES', 1200, 'en')).toBe('1,200');
  });
});
