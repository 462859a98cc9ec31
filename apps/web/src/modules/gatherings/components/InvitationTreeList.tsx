import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { buildInvitationTree, type InvitationBranch, type InvitationNode } from '../utils/invitation-tree';

function Branch({ branch }: { branch: InvitationBranch<InvitationNode> }) {
  const { t } = useTranslation('gatherings');
  const issued = branch.networkName
    ? t('gatherings.invitations.nodeFor', { name: branch.issuedByName, network: branch.networkName })
    : t('gatherings.invitations.node', { name: branch.issuedByName });
  return (
    <List.Item>
      <Text span>
        {issued} — {t('gatherings.invitations.registered', { count: branch.registrations })},{' '}
        {t('gatherings.invitations.inBranch', { count: branch.branchRegistrations })}
      </Text>
      {branch.children.length > 0 && (
        <List withPadding listStyleType="disc" spacing={4} mt={4}>
          {branch.children.map((child) => (
            <Branch key={child.id} branch={child} />
          ))}
        </List>
      )}
    </List.Item>
  );
}

/**
 * The cascade as nested lists: indentation is the picture, and the same list
 * is what a screen reader hears ("list, 2 items, level 2").
 */
export function InvitationTreeList({ nodes }: { nodes: readonly InvitationNode[] }) {
  const { t } = useTranslation('gatherings');
  const tree = buildInvitationTree(nodes);
  if (tree.length === 0) return <Text data-testid="invitation-tree-empty">{t('gatherings.invitations.empty')}</Text>;
  return (
    <List listStyleType="disc" spacing={4} data-testid="invitation-tree" aria-label={t('gatherings.invitations.treeLabel')}>
      {tree.map((branch) => (
        <Branch key={branch.id} branch={branch} />
      ))}
    </List>
  );
}
