import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/api';
import type { ApiResponse } from '../../api/routes';

export type TTeam = ApiResponse<'GET /api/team'>;
export type TTeamMember = TTeam['items'][number];

/** ORG-3: the people below the user with today's figures. */
export function useTeam() {
  return useQuery({ queryKey: ['team'], queryFn: () => api.get('/api/team') });
}
