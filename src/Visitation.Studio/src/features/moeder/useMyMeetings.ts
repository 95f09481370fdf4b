import { useQuery } from '@tanstack/react-query';
import { useAuth } from '../../auth/AuthProvider';
import { moederApi, moederKeys } from './moederApi';

/** The signed-in user's forums, meetings and approvals; only a municipality's users sit in forums, so no one else asks. */
export function useMyMeetings() {
  const { state } = useAuth();
  const inMunicipality = state.status === 'signedIn' && state.user.kommuneCode !== null;
  return useQuery({ queryKey: moederKeys.mine(), queryFn: moederApi.mine, enabled: inMunicipality });
}
