/** The roadmap as a lazily loaded screen. */
import type { ScreenProps } from '../screens';
import { RoadmapScreen } from './RoadmapScreen';

export default function RoadmapEntry({ planner, navigate }: ScreenProps) {
  return <RoadmapScreen planner={planner} onEditProfile={() => navigate('profile')} />;
}
