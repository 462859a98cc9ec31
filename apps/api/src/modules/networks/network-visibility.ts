import type { Viewer } from '../../common/access/request-context.js';

/**
 * The SQL condition for "this viewer can see network `alias`": public ones, and
 * members-only ones where the viewer holds a current role. Platform admins see
 * all. Everything that lists, counts or loads networks goes through this.
 */
export function visibleNetworkCondition(alias: string, viewer: Viewer | null): { sql: string; params: Record<string, unknown> } {
  if (viewer?.isPlatformAdmin) return { sql: 'TRUE', params: {} };
  if (!viewer) return { sql: `${alias}.visibility = 'public'`, params: {} };
  return {
    sql: `(${alias}.visibility = 'public' OR EXISTS (SELECT 1 FROM role_assignments vr WHERE vr.scope_type = 'network' AND vr.scope_id = ${alias}.id AND vr.person_id = :visibilityViewerId AND vr.ended_at IS NULL))`,
    params: { visibilityViewerId: viewer.personId },
  };
}
