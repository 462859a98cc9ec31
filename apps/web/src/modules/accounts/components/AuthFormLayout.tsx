import { Container, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

interface AuthFormLayoutProps {
  title: string;
  footer: ReactNode;
  children: ReactNode;
}

/** Shared frame for the sign-in and sign-up pages. */
export function AuthFormLayout({ title, footer, children }: AuthFormLayoutProps) {
  return (
    <Container size="xs" py="xl">
      <Stack gap="lg">
        <Title order={1}>{title}</Title>
        <Paper withBorder p="lg" radius="md">
          {children}
        </Paper>
        <Text>{footer}</Text>
      </Stack>
    </Container>
  );
}
