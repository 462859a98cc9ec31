import { Badge, Group } from '@mantine/core';

interface ThemeListProps {
  themes: readonly string[];
  label: string;
}

export function ThemeList({ themes, label }: ThemeListProps) {
  if (themes.length === 0) return null;
  return (
    <Group component="ul" gap={6} m={0} p={0} aria-label={label} style={{ listStyle: 'none' }}>
      {themes.map((theme) => (
        <li key={theme}>
          <Badge variant="default" tt="none" radius="sm">
            {theme}
          </Badge>
        </li>
      ))}
    </Group>
  );
}
