import { Button, Tabs } from '@mantine/core';
import type { ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import { slotTime } from '../utils/space-tags';
import { SlotSpaces } from './SlotSpaces';
import { WallGrid } from './WallGrid';

const WHOLE_DAY = 'whole-day';

type WallBySlotProps = ComponentProps<typeof WallGrid> & {
  /** The slot shown first: the one on now, else the next. */
  openingSlotId: string | null;
};

/**
 * The wall a slot at a time (tabs, the slot on now first shown; its spaces side by side), so a day of
 * a dozen spaces fits the screen without scrolling sideways; the whole day as one table is the last tab.
 * A day of one slot is that table.
 */
export function WallBySlot({ openingSlotId, ...grid }: WallBySlotProps) {
  const { t, i18n } = useTranslation('open-space');
  const { wall, timeZone, currentSlotId, renderSession, onRemoveSpace, onRemoveSlot } = grid;
  if (wall.slots.length < 2 || wall.spaces.length === 0) return <WallGrid {...grid} />;
  return (
    <Tabs defaultValue={openingSlotId ?? wall.slots[0].id} keepMounted={false} variant="outline">
      <Tabs.List
        aria-label={t('openSpace.wall.slotsLabel')}
        // The slot switcher stays in view while the spaces scroll under it; on a phone it scrolls sideways in itself.
        style={{ position: 'sticky', top: 0, zIndex: 2, background: 'var(--mantine-color-body)', flexWrap: 'nowrap', overflowX: 'auto' }}
        data-testid="slot-switcher"
      >
        {wall.slots.map((slot) => (
          <Tabs.Tab
            value={slot.id}
            key={slot.id}
            fz="sm"
            px="sm"
            style={{ whiteSpace: 'nowrap' }}
            data-testid={slot.id === currentSlotId ? 'slot-on-now' : undefined}
          >
            {slotTime(slot, timeZone, i18n.language)}
            {slot.id === currentSlotId && ` · ${t('openSpace.wall.onNow')}`}
          </Tabs.Tab>
        ))}
        <Tabs.Tab value={WHOLE_DAY} fz="sm" px="sm" style={{ whiteSpace: 'nowrap' }}>
          {t('openSpace.wall.wholeDay')}
        </Tabs.Tab>
      </Tabs.List>
      {wall.slots.map((slot) => (
        <Tabs.Panel value={slot.id} key={slot.id} pt="sm">
          <SlotSpaces wall={wall} slotId={slot.id} renderSession={renderSession} onRemoveSpace={onRemoveSpace} />
          {onRemoveSlot && (
            <Button mt="sm" size="compact-xs" variant="default" onClick={() => onRemoveSlot(slot, slotTime(slot, timeZone, i18n.language))}>
              {t('openSpace.grid.removeThisSlot')}
            </Button>
          )}
        </Tabs.Panel>
      ))}
      <Tabs.Panel value={WHOLE_DAY} pt="sm">
        <WallGrid {...grid} />
      </Tabs.Panel>
    </Tabs>
  );
}
