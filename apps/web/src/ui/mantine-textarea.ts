// Mantine's Textarea on its own, for LazyTextarea to import when a form first shows one.
export { Textarea } from '@mantine/core';
