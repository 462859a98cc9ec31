import { Button, Fieldset, Paper, Radio, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface ScaleFieldProps {
  /** The statement or question, as the fieldset's legend. */
  legend: string;
  name: string;
  value: string;
  onChange: (value: string) => void;
  disabled?: boolean;
}

const POINTS = ['1', '2', '3', '4', '5'] as const;

/**
 * A 1–5 scale as a group of radio buttons in a fieldset: every point labelled in words, large targets
 * (one per line on a phone, a row on a wide screen), arrow keys move between points, and a way to
 * take an answer back (any question may be left out).
 */
export function ScaleField({ legend, name, value, onChange, disabled }: ScaleFieldProps) {
  const { t } = useTranslation('feedback');
  const hintId = `${name}-hint`;
  return (
    <Fieldset
      legend={legend}
      variant="unstyled"
      aria-describedby={hintId}
      styles={{ legend: { fontWeight: 700, fontSize: 'var(--mantine-font-size-lg)', marginBottom: 4 } }}
    >
      <Text id={hintId} size="sm" c="dimmed" mb="xs">
        {t('feedback.scaleHint')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 5 }} spacing="xs">
        {POINTS.map((point) => (
          <Paper key={point} withBorder radius="md" px="sm" bg={value === point ? 'var(--mantine-primary-color-light)' : undefined}>
            <Radio
              name={name}
              value={point}
              label={t(`feedback.points.${point}`)}
              checked={value === point}
              onChange={() => onChange(point)}
              disabled={disabled}
              size="md"
              styles={{
                body: { alignItems: 'center', minHeight: 48 },
                labelWrapper: { flex: 1 },
                label: { cursor: 'pointer', paddingBlock: 12 },
              }}
            />
          </Paper>
        ))}
      </SimpleGrid>
      {value !== '' && !disabled && (
        <Button variant="subtle" size="compact-sm" mt={4} onClick={() => onChange('')}>
          {t('feedback.clear')}
        </Button>
      )}
    </Fieldset>
  );
}
