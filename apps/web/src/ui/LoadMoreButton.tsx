import { Button } from '@mantine/core';
import { useState } from 'react';

/** "Show more" under a cursor list: busy while the next page loads (the cache appends it; a failure leaves the list as it was). */
export function LoadMoreButton({ onLoad, children }: { onLoad: () => Promise<unknown>; children: React.ReactNode }) {
  const [busy, setBusy] = useState(false);
  return (
    <Button
      mt="sm"
      variant="default"
      loading={busy}
      onClick={async () => {
        setBusy(true);
        await onLoad().catch(() => undefined);
        setBusy(false);
      }}
    >
      {children}
    </Button>
  );
}
