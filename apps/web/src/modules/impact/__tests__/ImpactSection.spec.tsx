import { screen, within } from '@testing-library/react';
import { renderUi } from '../../../test/render-app';
import { ImpactSection } from '../components/ImpactSection';
import { anImpact, networkImpactMock } from './impact-fixtures';

describe('ImpactSection (on a profile)', () => {
  it('shows only the published measures’ totals, even to a facilitator who sees more, with "fewer than 5" for a small figure', async () => {
    const impact = anImpact({ published: ['NEW_TIES'] });
    impact.total.figures[2] = { ...impact.total.figures[2], suppressed: true, value: null };
    renderUi(<ImpactSection slug="cynon-valley" isCoalition={false} />, [networkImpactMock(impact)]);
    const section = await screen.findByRole('region', { name: 'Relational impact' });
    expect(await within(section).findByText('New ties: 21')).toBeInTheDocument();
    expect(within(section).getByText('Across sectors: Fewer than 5 people — not shown to protect privacy')).toBeInTheDocument();
    expect(within(section).queryByText(/Feedback/)).not.toBeInTheDocument();
    expect(within(section).getByRole('link', { name: /choose what to publish/ })).toHaveAttribute('href', '/networks/cynon-valley/impact');
  });

  it('says when nothing is published', async () => {
    renderUi(<ImpactSection slug="cynon-valley" isCoalition={false} />, [
      networkImpactMock(anImpact({ published: [], shown: [], fullView: false, mayPublish: false })),
    ]);
    expect(await screen.findByText('Cynon Valley Network has not published figures about its relational impact yet.')).toBeInTheDocument();
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });
});
