import { useApolloClient } from '@apollo/client/react';
import { Anchor, Box, Button, Code, List, Progress, Stack, Text, Title } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormAlert } from '../../../../ui/FormAlert';
import { wordReason } from '../../../../ui/graphql-errors';
import { saveBlob } from '../../utils/download-file';
import { buildExampleCsv, IMPORT_COLUMNS, MAX_IMPORT_BYTES } from '../../utils/import-csv';
import {
  ImportRequestError,
  previewImport,
  runImport,
  type ImportPreview,
  type ImportProgress,
  type ImportRowError,
} from '../../utils/network-import-api';
import { BadRowsTable, ImportPreviewTables } from './ImportPreviewTables';
import type { ManagedNetwork } from './manage-network.types';

/** The server's words when it gave some; our own for failures people cannot act on. */
function importErrorMessage(t: TFunction<'networks'>, error: unknown): string {
  if (!(error instanceof ImportRequestError)) return t('errors.network');
  const worded = wordReason(error, t);
  if (worded) return worded;
  switch (error.code) {
    case 'PAYLOAD_TOO_LARGE':
      return t('networks.manage.import.tooLarge');
    case 'TOO_MANY_REQUESTS':
      return t('errors.tooManyRequests');
    case 'INTERNAL_SERVER_ERROR':
    case undefined:
      return t('errors.unexpected');
    default:
      return error.message || t('errors.unexpected');
  }
}

function ImportInstructions() {
  const { t } = useTranslation('networks');
  const example = buildExampleCsv();
  return (
    <Stack gap="xs">
      <Title order={3} fz="h4">
        {t('networks.manage.import.columnsTitle')}
      </Title>
      <Text size="sm">{t('networks.manage.import.columnsIntro')}</Text>
      <List size="sm" spacing={4}>
        {IMPORT_COLUMNS.map((column) => (
          <List.Item key={column}>{t(`networks.manage.import.columns.${column}`)}</List.Item>
        ))}
      </List>
      <Box component="figure" m={0}>
        <Text component="figcaption" size="sm" fw={500} mb={4}>
          {t('networks.manage.import.exampleLabel')}
        </Text>
        <Code block>{example}</Code>
      </Box>
      <Button
        variant="outline"
        size="xs"
        style={{ alignSelf: 'flex-start' }}
        onClick={() => saveBlob(new Blob([example], { type: 'text/csv' }), 'weave-import-example.csv')}
      >
        {t('networks.manage.import.downloadExample')}
      </Button>
    </Stack>
  );
}

/** Adds many member networks from a CSV file: check it, see what is wrong, then import with progress. */
export function ImportSection({ network }: { network: ManagedNetwork }) {
  const { t } = useTranslation('networks');
  const client = useApolloClient();
  const fileInput = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File>();
  const [preview, setPreview] = useState<ImportPreview>();
  const [rowErrors, setRowErrors] = useState<ImportRowError[]>([]);
  const [message, setMessage] = useState<string>();
  const [busy, setBusy] = useState<'checking' | 'importing'>();
  const [progress, setProgress] = useState<ImportProgress>();
  const [imported, setImported] = useState<number>();

  const reset = () => {
    setPreview(undefined);
    setRowErrors([]);
    setMessage(undefined);
    setProgress(undefined);
    setImported(undefined);
  };

  const check = async (event: React.FormEvent) => {
    event.preventDefault();
    reset();
    if (!file) {
      setMessage(t('networks.manage.import.chooseFile'));
      fileInput.current?.focus();
      return;
    }
    if (file.size > MAX_IMPORT_BYTES) {
      setMessage(t('networks.manage.import.tooLarge'));
      return;
    }
    setBusy('checking');
    try {
      setPreview(await previewImport(network.id, file));
      // Take keyboard and screen-reader users straight to what the check found.
      requestAnimationFrame(() => document.getElementById('import-preview-heading')?.focus());
    } catch (error) {
      setMessage(importErrorMessage(t, error));
    } finally {
      setBusy(undefined);
    }
  };

  const startImport = async () => {
    if (!file) return;
    setMessage(undefined);
    setBusy('importing');
    setProgress({ done: 0, total: preview?.valid ?? 0 });
    try {
      const count = await runImport(network.id, file, setProgress);
      setProgress({ done: count, total: count });
      setImported(count);
      setPreview(undefined);
      setFile(undefined);
      if (fileInput.current) fileInput.current.value = '';
      await client.refetchQueries({ include: ['NetworkManage'] });
    } catch (error) {
      setProgress(undefined);
      setMessage(importErrorMessage(t, error));
      if (error instanceof ImportRequestError) setRowErrors(error.rowErrors);
    } finally {
      setBusy(undefined);
    }
  };

  const blocked = !preview || preview.errors.length > 0 || preview.valid === 0;
  const percent = progress && progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : 0;

  return (
    <Stack gap="lg" component="section" aria-labelledby="import-heading" data-testid="import-section">
      <div>
        <Title order={2} id="import-heading" fz="h3">
          {t('networks.manage.import.title')}
        </Title>
        <Text size="sm">{t('networks.manage.import.intro', { name: network.name })}</Text>
      </div>
      <ImportInstructions />
      <form onSubmit={(event) => void check(event)} noValidate>
        <Stack gap="sm">
          <FormAlert message={message} />
          <div>
            <Text component="label" htmlFor="import-file" size="sm" fw={500} display="block">
              {t('networks.manage.import.fileLabel')}
            </Text>
            <Text id="import-file-hint" size="sm" c="dimmed" mb={4}>
              {t('networks.manage.import.fileHint')}
            </Text>
            <input
              ref={fileInput}
              id="import-file"
              name="file"
              type="file"
              accept=".csv,text/csv"
              aria-describedby="import-file-hint"
              onChange={(event) => {
                setFile(event.currentTarget.files?.[0]);
                reset();
              }}
            />
          </div>
          <Button type="submit" loading={busy === 'checking'} disabled={busy === 'importing'} style={{ alignSelf: 'flex-start' }}>
            {t('networks.manage.import.check')}
          </Button>
        </Stack>
      </form>
      {rowErrors.length > 0 && <BadRowsTable rows={rowErrors} />}
      {preview && (
        <Stack gap="sm">
          <ImportPreviewTables preview={preview} />
          {preview.errors.length > 0 && (
            <Text id="import-fix-first" size="sm" fw={500}>
              {t('networks.manage.import.fixFirst')}
            </Text>
          )}
          <Button
            onClick={() => void startImport()}
            disabled={blocked}
            loading={busy === 'importing'}
            aria-describedby={preview.errors.length > 0 ? 'import-fix-first' : undefined}
            style={{ alignSelf: 'flex-start' }}
          >
            {t('networks.manage.import.submit', { count: preview.valid })}
          </Button>
        </Stack>
      )}
      {progress && (
        <Stack gap={4}>
          <Progress value={percent} aria-label={t('networks.manage.import.progressLabel')} size="lg" />
          <Text size="sm" data-testid="import-progress">
            {t('networks.manage.import.progress', { done: progress.done, total: progress.total })}
          </Text>
        </Stack>
      )}
      {imported !== undefined && (
        <Stack gap="xs">
          <FormAlert tone="success" message={t('networks.manage.import.imported', { count: imported, name: network.name })} />
          <Anchor component={Link} to={{ search: '?section=ties' }} underline="always">
            {t('networks.manage.import.seeMembers')}
          </Anchor>
        </Stack>
      )}
    </Stack>
  );
}
