/** The profile as a lazily loaded screen; saving opens the roadmap built from it. */
import type { ScreenProps } from '../screens';
import { ProfileScreen } from './ProfileScreen';

export default function ProfileEntry({ planner, navigate }: ScreenProps) {
  return <ProfileScreen planner={planner} onSaved={() => navigate('roadmap')} />;
}
