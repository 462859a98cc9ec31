import type { Textarea as MantineTextarea } from '@mantine/core';
import { lazy, Suspense, type ComponentProps } from 'react';

// Mantine's Textarea (with its autosize and input parts) is fetched when a page first shows one, so a
// page that shows one below its first screen does not wait for it.
const Textarea = lazy(() => import('./mantine-textarea').then((module) => ({ default: module.Textarea })));

type LazyTextareaProps = ComponentProps<typeof MantineTextarea>;

/**
 * Mantine's Textarea, fetched on first show. Until then, an empty space of its size (label and `rows`
 * lines at the default size), so nothing below it moves when it arrives.
 */
export function LazyTextarea(props: LazyTextareaProps) {
  const lines = props.rows ?? 1;
  const fallback = <div aria-hidden="true" style={{ minHeight: `calc(var(--mantine-font-size-sm) * 1.55 * ${lines + 1} + 1rem)` }} />;
  return (
    <Suspense fallback={fallback}>
      <Textarea {...props} />
    </Suspense>
  );
}
